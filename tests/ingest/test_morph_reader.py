"""pymorphy's dictionaries are read by the C extension of dawg2 (pyproject.toml), not the
pure-Python reader pymorphy falls back to: the same files and answers, a seventh of the
analysis cheaper (issue 13). A venv built without it still reads right, only slower; this
test says so instead of letting the speed drop unnoticed."""

from __future__ import annotations

import pymorphy3.dawg

from app.ingest.morph_parses import analyzer


def test_pymorphy_reads_its_dictionaries_with_the_c_extension() -> None:
    assert pymorphy3.dawg.DAWG.__module__ == "dawg"


def test_the_c_reader_answers_as_the_dictionary_says() -> None:
    lemmas = {p.normal_form for p in analyzer().parse("переговорах")}
    assert "переговоры" in lemmas

"""A noun of time in the instrumental («вечером», «днём», «летом») tells when, not the part
played by whoever «выступил» (instrumental.of_time, [role] in speech.toml); and where a named
speaker spoke («выступил в университете») is no speaker (sent_to.spoken_in). On sentences of
our own. Each row: text, then (type, sorted actor ids) for each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("Вечером Лавров выступил перед студентами МГИМО.", [("statement", ["sergey-lavrov"])]),
    ("Днём Лавров выступил на открытии выставки.", [("statement", ["sergey-lavrov"])]),
    ("Утром Блинкен выступил в Стэнфордском университете.", [("statement", ["antony-blinken"])]),
    # A part played is still no speech.
    ("Посредником в споре выступила Турция.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_time_instrumental(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

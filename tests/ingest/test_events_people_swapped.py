"""People exchanged with no prisoner word are a prisoner exchange (people_swapped.py): what is
exchanged, right after the word, is animate; views, notes, a handshake or the students of an
exchange programme are not. On sentences of our own. Each row: text, the exchange's actor ids
(None: no exchange)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2019, 8, 16)

CASES: list[tuple[str, list[str] | None]] = [
    # Agents exchanged, in the instrumental after the verb.
    ("Россия и США обменялись шпионами в аэропорту Хельсинки.", ["russia", "usa"]),
    # The noun of exchange with people under it.
    (
        "Россия и США в пятницу провели обмен людьми, осуждёнными за разведку.",
        ["russia", "usa"],
    ),
    # «обменять» with its accusative object, a figure and an adjective between.
    (
        "В четверг Россия и США обменяли трёх американских граждан на двух россиян.",
        ["russia", "usa"],
    ),
    # Citizens exchanged.
    ("Россия и США обменялись гражданами, задержанными в обеих странах.", ["russia", "usa"]),
    # Views, notes, experience: no people swapped.
    ("Россия и США обменялись нотами о продлении договора.", None),
    ("Россия и США обменялись опытом борьбы с пожарами.", None),
    # Students of an exchange programme are no prisoners.
    ("Россия и США возобновили обмен студентами и школьниками.", None),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_people_swapped(pipeline: Pipeline, text: str, want: list[str] | None) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [sorted(e.actors) for e in facts.events if e.type == "exchange"]
    assert got == ([] if want is None else [want])

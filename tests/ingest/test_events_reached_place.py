"""«добрался до Кремля»: a place one got to under «до» is where a happening is, not a party
(destination.py), on sentences of our own. Each row: text, then the sorted actor ids of the
first meeting, visit or talks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

KINDS = frozenset({"meeting", "visit", "talks"})

CASES: list[tuple[str, list[str]]] = [
    # Got as far as the Kremlin, then met: the Kremlin is where, not who.
    (
        "Госсекретарь Джон Керри добрался до Кремля только к вечеру и на встрече с "
        "Владимиром Путиным заговорил о Сирии.",
        ["john-kerry", "vladimir-putin"],
    ),
    # The same with another seat of power: a place reached, no party.
    (
        "Министр Сергей Лавров доехал до Белого дома и провел встречу с Дональдом Трампом.",
        ["donald-trump", "sergey-lavrov"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_place_reached_is_no_party(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2013, 5, 8)))
    got = [sorted(e.actors) for e in facts.events if e.type in KINDS]
    assert got[:1] == [expected]

"""Who hosts a happening is its venue, not a party (host_venue.py, tree.py), on sentences of
our own. Each row: text, then (type, sorted actor ids) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A capital or a state receiving the happening named by its noun hosts it.
    (
        "Женева примет встречу Путина и Трампа 20 июля.",
        [("meeting", ["donald-trump", "vladimir-putin"])],
    ),
    (
        "Встречу Путина и Трампа 20 июля примет Женева.",
        [("meeting", ["donald-trump", "vladimir-putin"])],
    ),
    ("Финляндия примет саммит России и США 20 июля.", [("meeting", ["russia", "usa"])]),
    # Credentials accepted are the accepting head of state's too.
    (
        "Президент Перу Мартин Вискарра во вторник принял верительные грамоты у посла России.",
        [("appointment", ["martin-vizcarra"])],
    ),
    # A host receiving people meets them.
    ("Путин в среду принял в Кремле Болтона.", [("meeting", ["bolton", "vladimir-putin"])]),
    ("Россия в июле примет делегацию США.", [("meeting", ["russia", "usa"])]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_host_venue_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2018, 6, 28)))
    assert [(e.type, sorted(e.actors)) for e in facts.events] == expected

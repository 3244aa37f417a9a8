"""A trigger noun inside a participial phrase set off by commas is dated by that phrase's
participle, whatever verb the parse hung the noun on (participle_phrase.py). On sentences
of our own. Each row: text, the statement events as (start date, actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2020, 10, 21)  # a Wednesday

CASES: list[tuple[str, list[tuple[D | None, list[str]]]]] = [
    # The statement the position was set out in, on Tuesday: not the publication day.
    (
        "Позиция, изложенная во вторник в заявлении МИД Индии, остается в силе.",
        [(D(2020, 10, 20), ["mid-indii"])],
    ),
    # The phrase's own date, with no verb in the main clause (a short adjective heads it).
    (
        "Аргументы, приведенные в понедельник в заявлении МИД Индии, по-прежнему актуальны.",
        [(D(2020, 10, 19), ["mid-indii"])],
    ),
    (
        "Требования, изложенные в пятницу в заявлении МИД Индии, остаются в силе.",
        [(D(2020, 10, 16), ["mid-indii"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_participle_phrase_dates(
    pipeline: Pipeline, text: str, want: list[tuple[D | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article("Новости дня\n\nДели. " + text, PUBLISHED))
    got = [(e.date.value.start, sorted(e.actors)) for e in facts.events if e.type == "statement"]
    assert got == want

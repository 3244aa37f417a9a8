"""A plan told in the past is a plan, and a first plan told as changed is postponed
(original_plan.py; sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2011, 10, 20)


def rows(text: str, pipeline: Pipeline) -> list[tuple[str, str, str | None]]:
    events = pipeline.process(raw_article(text, PUB)).events
    return sorted(
        (e.type, e.status, e.date.value.start.isoformat() if e.date.value.start else None)
        for e in events
    )


CASES = [
    # A first plan, with its adverb: postponed on the day it was due.
    (
        "Изначально члены российско-японской комиссии планировали собраться в Иркутске "
        "22–23 сентября.",
        [("meeting", "postponed", "2011-09-22")],
    ),
    (
        "Первоначально делегации России и Японии планировали провести переговоры в Вене 5 октября.",
        [("talks", "postponed", "2011-10-05")],
    ),
    # The same plan with no adverb: a plan whose fate the sentence does not tell.
    (
        "Члены российско-японской комиссии планировали собраться в Иркутске 22–23 сентября.",
        [("meeting", "planned", "2011-09-22")],
    ),
    # A plan in the present is planned as before, with or without the adverb.
    (
        "Члены российско-японской комиссии планируют собраться в Иркутске 22–23 ноября.",
        [("meeting", "planned", "2011-11-22")],
    ),
    # A meeting that was held stays held.
    (
        "Члены российско-японской комиссии собрались в Иркутске 22 сентября.",
        [("meeting", "happened", "2011-09-22")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_original_plan(pipeline: Pipeline, text: str, expected: list) -> None:
    assert rows(text, pipeline) == expected

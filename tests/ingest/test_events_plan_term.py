"""A plan's term of a few days («намеченное на 14–15 ноября») dates the happening called off
or put off even when those days passed weeks before the report: a few days are no period
a present report describes (events/when.py stale_for_present). Every sentence is our own."""

from __future__ import annotations

from datetime import date as D

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import event_rows, raw_article

PUBLISHED = D(2021, 6, 30)

CASES: list[tuple[str, str, D, D]] = [
    (
        "Заседание российско-китайской комиссии, намеченное на 8–9 июня в Пекине, "
        "было отложено по просьбе китайской стороны.",
        "meeting",
        D(2021, 6, 8),
        D(2021, 6, 9),
    ),
    (
        "Встреча министров России и Китая, которая должна была пройти 3–4 июня, отменена.",
        "meeting",
        D(2021, 6, 3),
        D(2021, 6, 4),
    ),
]


@pytest.mark.parametrize(("text", "typ", "start", "end"), CASES)
def test_a_plans_term_dates_the_happening(
    pipeline: Pipeline, text: str, typ: str, start: D, end: D
) -> None:
    rows = event_rows(pipeline.process(raw_article(text, PUBLISHED)).events)
    assert [(r[0], r[2], r[3]) for r in rows if r[0] == typ] == [(typ, start, end)]

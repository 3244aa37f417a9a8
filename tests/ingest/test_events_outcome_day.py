"""An outcome done at a dated happening is of that happening's day (outcome_day.py), on
sentences of our own: (type, start, end, precision) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUB = D(2024, 6, 5)
Row = tuple[str, D | None, D | None, str]

CASES: list[tuple[str, list[Row]]] = [
    # At the close or in the course of the dated talks: that day.
    (
        "По итогам переговоров 16 мая Сергей Лавров и Ван И подписали меморандум.",
        [("agreement", D(2024, 5, 16), D(2024, 5, 16), "day")],
    ),
    (
        "Эксперт напомнил, что в ходе саммита в Пекине 16 мая Владимир Путин и Си Цзиньпин "
        "подписали совместное заявление.",
        [("agreement", D(2024, 5, 16), D(2024, 5, 16), "day")],
    ),
    # «После»: another day may lie between — before publication, as told.
    (
        "После переговоров 16 мая Сергей Лавров и Ван И подписали меморандум.",
        [("agreement", None, PUB, "before")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outcome_day_table(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert [r for r in got if r[0] == "agreement"] == expected

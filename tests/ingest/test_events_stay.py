"""A visit dated by its day of arrival and a stay the same sentence tells (events/stay.py):
«прибыл в Ханой, где пробудет три дня», «... с визитом, который продлится до пятницы» make
the visit the range from arrival to the stay's last day. Every sentence is written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

# (text, publication, (start, end, precision) of the visit)
STAYS: list[tuple[str, D, tuple[D, D, str]]] = [
    # a clause on the place of arrival, hung by «где», with a count of days
    (
        "Министр обороны Индонезии во вторник прибыл в Ханой, где пробудет три дня.",
        D(2025, 3, 11),  # a Tuesday
        (D(2025, 3, 11), D(2025, 3, 13), "range"),
    ),
    # the same clause with a day the stay ends on
    (
        "Глава МИД Египта в четверг прибудет в Минск, где пробудет до субботы.",
        D(2025, 3, 11),
        (D(2025, 3, 13), D(2025, 3, 15), "range"),
    ),
    # a relative clause of lasting on the visit's noun, ending on a weekday: the first
    # such day after the arrival
    (
        "Президент Чили в понедельник прилетел в Пекин с визитом, который продлится до четверга.",
        D(2025, 3, 11),
        (D(2025, 3, 10), D(2025, 3, 13), "range"),
    ),
    # an end day the date reader reads («до 16 марта»)
    (
        "Премьер Малайзии 12 марта прибыл в Тегеран, где пробудет до 16 марта.",
        D(2025, 3, 13),
        (D(2025, 3, 12), D(2025, 3, 16), "range"),
    ),
    # a stay of too many days is no visit's: the day stays
    (
        "Премьер Малайзии 12 марта прибыл в Тегеран, где пробудет тридцать дней.",
        D(2025, 3, 13),
        (D(2025, 3, 12), D(2025, 3, 12), "day"),
    ),
    # «где» with another happening, no stay: the day of arrival
    (
        "Министр обороны Индонезии во вторник прибыл в Ханой, где провёл переговоры.",
        D(2025, 3, 11),
        (D(2025, 3, 11), D(2025, 3, 11), "day"),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), STAYS, ids=[f"{i:02d}" for i in range(len(STAYS))]
)
def test_a_visit_runs_over_its_stay(
    pipeline: Pipeline, text: str, published: D, expected: tuple[D, D, str]
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.date.value.start, e.date.value.end, e.date.value.precision)
        for e in facts.events
        if e.type == "visit"
    ]
    assert got == [expected]

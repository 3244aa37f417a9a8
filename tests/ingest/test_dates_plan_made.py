"""A plan word dates the day it is set for only through «на» (issue 11): «был назначен указом 21
августа», «переговоры наметили 3 марта» tell the day the appointment or the plan was made, in
the past; «был назначен на 21 августа» is a due date (the nearest such day). Every sentence is
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end))
CASES: list[tuple[str, D, str, tuple[D, D]]] = [
    # the appointment made: past, the year before a spring publication
    (
        "Посол Сидоров был назначен указом президента 14 августа.",
        D(2019, 3, 2),
        "14 августа",
        (D(2018, 8, 14), D(2018, 8, 14)),
    ),
    (
        "14 августа Сидоров был назначен постпредом при ОБСЕ.",
        D(2019, 3, 2),
        "14 августа",
        (D(2018, 8, 14), D(2018, 8, 14)),
    ),
    (
        "Стороны наметили консультации 20 июля, сообщил дипломат.",
        D(2019, 3, 2),
        "20 июля",
        (D(2018, 7, 20), D(2018, 7, 20)),
    ),
    # set for a day: a due date, the nearest such day
    (
        "Заседание было назначено на 14 августа.",
        D(2019, 3, 2),
        "14 августа",
        (D(2019, 8, 14), D(2019, 8, 14)),
    ),
    (
        "Стороны наметили консультации на 20 июля.",
        D(2019, 3, 2),
        "20 июля",
        (D(2019, 7, 20), D(2019, 7, 20)),
    ),
    # a short participle alone is a state still ahead
    (
        "В среду у министра запланированы переговоры с коллегой.",
        D(2019, 3, 4),
        "В среду",
        (D(2019, 3, 6), D(2019, 3, 6)),
    ),
    (
        "Переговоры будут назначены 14 августа.",
        D(2019, 3, 2),
        "14 августа",
        (D(2019, 8, 14), D(2019, 8, 14)),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expr", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_plan_made_without_na_is_past(
    text: str, published: D, expr: str, expected: tuple[D, D]
) -> None:
    got = [(m.value.start, m.value.end) for m in extract_dates(text, published) if expr in m.text]
    assert got == [expected]

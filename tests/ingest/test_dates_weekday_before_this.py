"""A weekday after «Перед этим», «До этого» opening a sentence is a step back from the day the
story is on: the last such weekday before that day, not the one nearest publication.
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, day)
CASES: list[tuple[str, D, str, D]] = [
    (
        "Делегация в минувший четверг прибыла в Казань. Перед этим, в понедельник, она "
        "провела переговоры в Москве.",
        D(2018, 4, 17),  # a Tuesday
        "в понедельник",
        D(2018, 4, 9),
    ),
    (
        "Посол в среду, 6 марта, вручил верительные грамоты. До этого, в пятницу, он "
        "встретился с заместителем министра.",
        D(2019, 3, 11),  # a Monday
        "в пятницу",
        D(2019, 3, 1),
    ),
    # no step back: the weekday nearest publication, as before
    (
        "Делегация в минувший четверг прибыла в Казань. В понедельник она провела "
        "переговоры в Москве.",
        D(2018, 4, 17),
        "В понедельник",
        D(2018, 4, 16),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "day"), CASES)
def test_weekday_before_this(text: str, pub: D, expr: str, day: D) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got[expr] == (day, day), got

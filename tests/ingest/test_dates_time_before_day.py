"""A time of day set right before the day it is the time of («Вечером во вторник», «Поздно
вечером в пятницу»): the day named, not the day told before it, as «в среду вечером» is.
A time of day alone still goes on with the day told before it. Every sentence is written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, the day each time of day's sentence is on)
CASES: list[tuple[str, D, list[D]]] = [
    (
        "Совещание открылось в понедельник. Вечером во вторник министр принял делегацию.",
        D(2022, 3, 10),  # a Thursday
        [D(2022, 3, 7), D(2022, 3, 8)],
    ),
    (
        "Переговоры начались 4 октября. Утром в среду стороны подписали протокол.",
        D(2017, 10, 6),  # a Friday
        [D(2017, 10, 4), D(2017, 10, 4)],
    ),
    # a time of day alone: the day told before it
    (
        "Переговоры прошли 12 мая. Вечером министр улетел в Москву.",
        D(2018, 5, 14),
        [D(2018, 5, 12), D(2018, 5, 12)],
    ),
]


@pytest.mark.parametrize(("text", "pub", "days"), CASES)
def test_time_before_day(text: str, pub: D, days: list[D]) -> None:
    got = [m.value.start for m in extract_dates(text, pub)]
    assert got == days, [(m.text, m.value.start) for m in extract_dates(text, pub)]

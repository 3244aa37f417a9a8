"""«Накануне» told again after a story day that «накануне» itself named (counted from
publication) is that same eve, not the day before it (dates/stated_day.told_by_same_word);
after a day named in other words it still steps back from it. Every sentence is written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2022, 3, 16)  # a Wednesday

# (text, the last mention's day)
CASES: list[tuple[str, D | None]] = [
    # the eve named twice: one day
    (
        "Накануне вечером послы провели в Женеве закрытую встречу.\n\n"
        "Министерство накануне выступило с заявлением, в котором осудило запуск.",
        D(2022, 3, 15),
    ),
    (
        "Накануне делегации обменялись нотами. Посольство накануне опубликовало ответ.",
        D(2022, 3, 15),
    ),
    # the story's day named by its weekday: «накануне» right after it is the day before
    (
        "Во вторник послы провели закрытую встречу. Накануне министры обменялись нотами.",
        D(2022, 3, 14),
    ),
    # and after a date written out
    (
        "15 марта послы провели закрытую встречу. Накануне министры обменялись нотами.",
        D(2022, 3, 14),
    ),
]


@pytest.mark.parametrize(("text", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_eve_told_again(text: str, day: D | None) -> None:
    got = extract_dates(text, P)
    assert got[-1].text.lower() == "накануне"
    assert got[-1].value.start == day

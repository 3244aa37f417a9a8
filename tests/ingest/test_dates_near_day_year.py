"""A yearless day in an undated text with no year stated before it takes the year of the
first later day written out in full, when that day is on it or up to three weeks after
(dates/near_day_year.py). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, the yearless day's text, its day; None: the year stays unknown)
CASES: list[tuple[str, str, D | None]] = [
    # a later span of days three weeks on
    (
        "Лидеры коротко пообщаются в Риме 11 ноября. Полноценная встреча пройдёт на "
        "саммите 30 ноября — 1 декабря 2018 года.",
        "11 ноября",
        D(2018, 11, 11),
    ),
    # a day in full before the yearless one is background: nothing settled
    (
        "Брифинг 20 сен. Представитель МИД напомнила о переговорах 17 сентября 2018 года.",
        "20 сен.",
        None,
    ),
    # more than three weeks on: nothing settled
    (
        "Делегация прибудет 2 марта. Форум пройдёт 28-30 марта 2017 года.",
        "2 марта",
        None,
    ),
    # across New Year: the nearer year
    (
        "Послы встретились 28 декабря. Следующий раунд назначен на 15 января 2020 года.",
        "28 декабря",
        D(2019, 12, 28),
    ),
    # a later day in full far off in the calendar: nothing settled
    (
        "Делегации встретятся 11 ноября. Прошлые консультации прошли 3 мая 2017 года.",
        "11 ноября",
        None,
    ),
    # only the first later day in full is read
    (
        "Делегации встретятся 11 ноября. Прошлые консультации прошли 3 мая 2017 года, "
        "а договор подписан 5 ноября 2015 года.",
        "11 ноября",
        None,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "day"), CASES)
def test_near_day_gives_the_year(text: str, phrase: str, day: D | None) -> None:
    got = [m.value for m in extract_dates(text, None) if m.text == phrase]
    assert got, f"«{phrase}» not read"
    assert (got[0].start, got[0].end) == (day, day)

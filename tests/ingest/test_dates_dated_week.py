"""An undated article that tells a day with its weekday («в воскресенье, 17 декабря 2017
года») dates its bare weekdays after it by that week: the nearest such day (dated_week.py).
A day written out without its weekday ends that week; a weekday the day does not fall on
dates nothing. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, expression, day or None); no publication date
CASES: list[tuple[str, str, D | None]] = [
    # the next day
    (
        "Лидеры в воскресенье вечером, 17 декабря 2017 года, поговорили по телефону. "
        "В понедельник президент рассказал о звонке.",
        "В понедельник",
        D(2017, 12, 18),
    ),
    # the weekday inside the date («во вторник, 16 октября»), then a day before it
    (
        "Переговоры прошли во вторник, 16 октября 2018 года. В понедельник министр прилетел.",
        "В понедельник",
        D(2018, 10, 15),
    ),
    # three days on is still the nearest
    (
        "Во вторник, 16 октября 2018 года, министр прилетел в Рим. В пятницу он вернулся.",
        "В пятницу",
        D(2018, 10, 19),
    ),
    # a day without its weekday ends the week
    (
        "В воскресенье, 17 декабря 2017 года, лидеры поговорили. 3 марта 2018 года прошла "
        "встреча. В понедельник министр выступил.",
        "В понедельник",
        None,
    ),
    # a weekday the day does not fall on (17 December 2017 is a Sunday): no week
    (
        "В субботу, 17 декабря 2017 года, лидеры поговорили. В понедельник министр выступил.",
        "В понедельник",
        None,
    ),
    # a day with no weekday at all: nothing to count from
    (
        "17 декабря 2017 года лидеры поговорили по телефону. В понедельник министр выступил.",
        "В понедельник",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expr", "want"), CASES)
def test_weekday_in_the_week_told(text: str, expr: str, want: D | None) -> None:
    got = {m.text: m.value.start for m in extract_dates(text, None)}
    assert got.get(expr) == want, got


def test_a_dated_article_counts_from_its_publication() -> None:
    text = "В воскресенье, 17 декабря 2017 года, лидеры поговорили. В понедельник министр выступил."
    got = {m.text: m.value.start for m in extract_dates(text, D(2017, 12, 27))}
    assert got["В понедельник"] == D(2017, 12, 25)

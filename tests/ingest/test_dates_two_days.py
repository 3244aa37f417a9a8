"""«3 и 7 марта»: two days apart sharing one month are two days, not a span, and so is each
day listed before them («6, 11 и 15 мая»); «21 и 22 мая»
(the next day) stays a span (pairs.py _first_of_two, written.py _day); «перенесли с 12 на 18
марта» names the day moved from and the day moved to (_moved_from), the nearest such days.
Every sentence is our own.

Rows: (text, publication date, [(text, start, end, precision, how, planned)]).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

CASES: list[tuple[str, str, list[DateRow]]] = [
    (
        "Делегации встречались 4 и 9 апреля в Женеве.",
        "2021-05-02",
        [
            ("4", "2021-04-04", "2021-04-04", "day", "year-from-publication", False),
            ("9 апреля", "2021-04-09", "2021-04-09", "day", "year-from-publication", False),
        ],
    ),
    (
        "Раунды консультаций прошли 2 и 16 октября 2019 года.",
        "2020-01-10",
        [
            ("2", "2019-10-02", "2019-10-02", "day", "explicit", False),
            ("16 октября 2019 года", "2019-10-16", "2019-10-16", "day", "explicit", False),
        ],
    ),
    # more days listed before the pair: each its own day of the pair's month and year
    (
        "Стороны созванивались 6, 11 и 15 мая.",
        "2021-05-20",
        [
            ("6", "2021-05-06", "2021-05-06", "day", "year-from-publication", False),
            ("11", "2021-05-11", "2021-05-11", "day", "year-from-publication", False),
            ("15 мая", "2021-05-15", "2021-05-15", "day", "year-from-publication", False),
        ],
    ),
    (
        "Раунды прошли 1, 8, 15 и 22 февраля 2018 года.",
        "2019-01-10",
        [
            ("1", "2018-02-01", "2018-02-01", "day", "explicit", False),
            ("8", "2018-02-08", "2018-02-08", "day", "explicit", False),
            ("15", "2018-02-15", "2018-02-15", "day", "explicit", False),
            ("22 февраля 2018 года", "2018-02-22", "2018-02-22", "day", "explicit", False),
        ],
    ),
    # hours are no days
    ("Автобусы уходят в 9, 10 и 12 часов.", "2021-05-20", []),
    # the next day: one happening over two days
    (
        "Саммит проходил 12 и 13 июня в Бишкеке.",
        "2021-07-01",
        [("12 и 13 июня", "2021-06-12", "2021-06-13", "range", "year-from-publication", False)],
    ),
    # a day put off to another: both days, the nearest such (a plan moved, not a span)
    (
        "Минобороны сообщило о переносе консультаций с 14 на 21 апреля.",
        "2021-04-09",
        [
            ("14", "2021-04-14", "2021-04-14", "day", "year-from-publication", True),
            ("на 21 апреля", "2021-04-21", "2021-04-21", "day", "year-from-publication", True),
        ],
    ),
    (
        "Визит перенесли с 30 марта на 6 апреля.",
        "2021-04-09",
        [
            ("30 марта", "2021-03-30", "2021-03-30", "day", "year-from-publication", False),
            ("на 6 апреля", "2021-04-06", "2021-04-06", "day", "year-from-publication", False),
        ],
    ),
    # a dash is a span whatever its length
    (
        "Форум пройдёт 5–9 сентября.",
        "2021-07-01",
        [("5–9 сентября", "2021-09-05", "2021-09-09", "range", "year-from-publication", True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_two_days_apart(text: str, published: str, expected: list[DateRow]) -> None:
    mentions = extract_dates(text, date.fromisoformat(published))
    assert date_rows(mentions) == expected

"""An undated article's story day (extract.py, resolve.py): the year a weekday settled is a
stated year for the day-months after it, and a bare weekday naming the stated day's own
weekday is that day (another weekday the nearest such day to it); a day told again further
on with its year takes that year (told_again.py); a date after «от» is a document's or
meeting's, already past, whatever the clause looks to. A weekday whose day the stated year's
calendar denies leaves the year unknown. Every sentence is our own.

Rows: (expression, start, precision, how).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.era import era_of

Row = tuple[str, str | None, str, str]

LEAD = "Президент США Джо Байден в среду, 16 июня, провёл переговоры в Женеве."

UNDATED: list[tuple[str, list[Row]]] = [
    (
        LEAD + " Утром в среду он встретился с президентом Швейцарии. "
        "В город он прибыл 15 июня.",
        [
            ("в среду, 16 июня", "2021-06-16", "day", "year-from-weekday"),
            ("в среду", "2021-06-16", "day", "from-stated-date"),
            ("15 июня", "2021-06-15", "day", "year-from-context"),
        ],
    ),
    # another weekday is the nearest such day to the day told with its weekday (the week
    # the text tells: dated_week.py)
    (
        LEAD + " В пятницу он вернулся в Вашингтон.",
        [
            ("в среду, 16 июня", "2021-06-16", "day", "year-from-weekday"),
            ("В пятницу", "2021-06-18", "day", "from-stated-date"),
        ],
    ),
    # a weekday with nothing told with its weekday: nothing to count from
    (
        "Президент США Джо Байден 16 июня 2021 года провёл переговоры в Женеве. "
        "В пятницу он вернулся в Вашингтон.",
        [
            ("16 июня 2021 года", "2021-06-16", "day", "explicit"),
            ("В пятницу", None, "unknown", "unanchored"),
        ],
    ),
    # a background year whose calendar denies the weekday (16 May 2016 was a Monday, nor
    # was it a Thursday in 2015 or 2017):
    # the year stays unknown rather than a day that was no Thursday
    (
        "Отношения испортились в 2016 году. Об этом в четверг, 16 мая, заявил посол.",
        [
            ("в 2016 году", "2016-01-01", "year", "explicit"),
            ("в четверг, 16 мая", None, "unknown", "year-unknown"),
        ],
    ),
    # the stated year agrees with the weekday: it stands
    (
        "Отношения испортились в 2013 году. Об этом в четверг, 16 мая, заявил посол.",
        [
            ("в 2013 году", "2013-01-01", "year", "explicit"),
            ("в четверг, 16 мая", "2013-05-16", "day", "year-from-context"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "rows"), UNDATED)
def test_weekday_story(text: str, rows: list[Row]) -> None:
    got = [
        (m.text, m.value.start.isoformat() if m.value.start else None, m.value.precision, v.how)
        for m in extract_dates(text, None, era=era_of(text))
        if (v := m.value)
    ]
    assert got == rows


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # the clause looks ahead; the agreement's date is behind
        ("Стороны выполнят договорённость от 12 мая до конца года.", "2025-05-20", "2025-05-12"),
        ("Согласно протоколу от 3 марта, делегации встретятся снова.", "2025-03-10", "2025-03-03"),
    ],
)
def test_from_a_document_date(text: str, published: str, start: str) -> None:
    m = extract_dates(text, date.fromisoformat(published))[0]
    assert (m.value.start, m.tense) == (date.fromisoformat(start), "past")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the same day told again further on with its year
        (
            "Министры встретятся 14 ноября. Встречу 14 ноября 2011 года готовят эксперты.",
            [
                ("14 ноября", "2011-11-14", "day", "year-from-context"),
                ("14 ноября 2011 года", "2011-11-14", "day", "explicit"),
            ],
        ),
        # another day of that month is not told again: its year stays unknown
        (
            "Министры встретятся 14 ноября. Эксперты собирались 2 ноября 2011 года.",
            [
                ("14 ноября", None, "unknown", "year-unknown"),
                ("2 ноября 2011 года", "2011-11-02", "day", "explicit"),
            ],
        ),
        # a later span of days of that month, written out in full, that holds the day
        (
            "Делегация прибудет 9 марта. Форум пройдёт 8-10 марта 2017 года в Сочи.",
            [
                ("9 марта", "2017-03-09", "day", "year-from-context"),
                ("8-10 марта 2017 года", "2017-03-08", "range", "explicit"),
            ],
        ),
        # a span that does not hold the day, or one of another month, settles nothing
        (
            "Делегация прибудет 12 марта. Форум пройдёт 8-10 марта 2017 года в Сочи.",
            [
                ("12 марта", None, "unknown", "year-unknown"),
                ("8-10 марта 2017 года", "2017-03-08", "range", "explicit"),
            ],
        ),
        (
            "Делегация прибудет 9 марта. Форум пройдёт 8-10 апреля 2017 года в Сочи.",
            [
                ("9 марта", None, "unknown", "year-unknown"),
                ("8-10 апреля 2017 года", "2017-04-08", "range", "explicit"),
            ],
        ),
    ],
)
def test_day_told_again(text: str, rows: list[Row]) -> None:
    got = [
        (m.text, m.value.start.isoformat() if m.value.start else None, m.value.precision, v.how)
        for m in extract_dates(text, None)
        if (v := m.value)
    ]
    assert got == rows


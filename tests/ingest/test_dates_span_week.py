"""A few days told with their weekdays («в среду и четверг, 23–24 октября 2019 года») are one
expression, a span of days the weekdays check; in an undated article they show the week its
bare weekdays are in (dated_week.py), and a weekday so dated is the story's day «накануне»
counts from. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, expression, (start, end) or None); no publication date
CASES: list[tuple[str, str, tuple[D, D] | None]] = [
    # two weekdays beside two days: one span
    (
        "Форум работал в Казани во вторник и среду, 14–15 мая 2019 года.",
        "во вторник и среду, 14–15 мая 2019 года",
        (D(2019, 5, 14), D(2019, 5, 15)),
    ),
    # «и в четверг»: the preposition said again
    (
        "Переговоры шли в среду и в четверг, 6–7 февраля 2014 года, в Женеве.",
        "в среду и в четверг, 6–7 февраля 2014 года",
        (D(2014, 2, 6), D(2014, 2, 7)),
    ),
    # a bare weekday after it: that day of the span
    (
        "Форум работал в Казани во вторник и среду, 14–15 мая 2019 года. В среду министры "
        "подписали меморандум.",
        "В среду",
        (D(2019, 5, 15), D(2019, 5, 15)),
    ),
    # ... and «накануне» is the eve of that day
    (
        "Форум работал в Казани во вторник и среду, 14–15 мая 2019 года. В среду министры "
        "подписали меморандум, а накануне глава МИД встретился с послом.",
        "накануне",
        (D(2019, 5, 14), D(2019, 5, 14)),
    ),
    # one weekday opening a longer span: the weekdays of the span
    (
        "В понедельник, 9–13 сентября 2013 года, делегация провела в Вене консультации. "
        "В пятницу стороны подписали протокол.",
        "В пятницу",
        (D(2013, 9, 13), D(2013, 9, 13)),
    ),
    # a weekday the first day does not fall on (14 May 2019 is a Tuesday): no week
    (
        "Форум работал в Казани в среду и четверг, 14–15 мая 2019 года. В четверг министры "
        "подписали меморандум.",
        "В четверг",
        None,
    ),
    # a span of days without weekdays: nothing to count from
    (
        "Форум работал в Казани 14–15 мая 2019 года. В среду министры подписали меморандум.",
        "В среду",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expr", "want"), CASES)
def test_weekdays_beside_a_span_of_days(
    text: str, expr: str, want: tuple[D, D] | None
) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, None)}
    if want is None:
        assert got.get(expr, (None, None)) == (None, None), got
    else:
        assert got.get(expr) == want, got


def test_a_weekday_past_the_span_is_of_its_week() -> None:
    # «в пятницу» after a Tuesday–Wednesday span: the Friday of that week
    text = (
        "Форум работал в Казани во вторник и среду, 14–15 мая 2019 года. В пятницу министр "
        "вернулся в Москву."
    )
    got = {m.text: m.value.start for m in extract_dates(text, None)}
    assert got["В пятницу"] == D(2019, 5, 17), got


def test_a_dated_article_keeps_its_own_week() -> None:
    text = (
        "Форум работал в Казани во вторник и среду, 14–15 мая 2019 года. В среду министры "
        "подписали меморандум."
    )
    got = {m.text: m.value.start for m in extract_dates(text, D(2019, 5, 24))}
    assert got["В среду"] == D(2019, 5, 22)

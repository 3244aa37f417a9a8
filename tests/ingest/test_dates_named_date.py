"""A date named after a dash as the date or term of a happening («новые даты — 6–7 июля»,
«Дата визита — 5 мая») is the day the happening is set for: the nearest such day, whatever
the tense of a verb of reporting after it. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end))
CASES: list[tuple[str, D, str, tuple[D | None, D | None]]] = [
    (
        "Встречу перенесли, новые даты — 14–15 сентября, сообщил во вторник источник.",
        D(2018, 8, 28),
        "14–15 сентября",
        (D(2018, 9, 14), D(2018, 9, 15)),
    ),
    (
        "Место переговоров — Женева, дата — 3 апреля, рассказал дипломат.",
        D(2016, 3, 22),
        "3 апреля",
        (D(2016, 4, 3), D(2016, 4, 3)),
    ),
    (
        "Новые сроки - 20 октября, уточнили в министерстве.",
        D(2020, 9, 30),
        "20 октября",
        (D(2020, 10, 20), D(2020, 10, 20)),
    ),
    # no dash: the verb decides, as before
    (
        "Министр сообщил дату визита 3 апреля.",
        D(2016, 3, 22),
        "3 апреля",
        (D(2015, 4, 3), D(2015, 4, 3)),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_named_date(text: str, pub: D, expr: str, want: tuple[D | None, D | None]) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got[expr] == want, got

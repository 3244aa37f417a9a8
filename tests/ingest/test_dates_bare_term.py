"""A term with no word for which year, month or week (issue 11): «до конца года», «до конца
месяца» is due by the end of the one the news is told in, like «до конца этого года»;
without «до» («в конце года») nothing is read. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2024, 2, 21)  # a Wednesday

# (text, [(text, start, end, precision)])
CASES: list[tuple[str, list[tuple[str, D | None, D | None, str]]]] = [
    (
        "Министры обещали подписать меморандум до конца года.",
        [("до конца года", None, D(2024, 12, 31), "before")],
    ),
    (
        "Делегация приедет в Ташкент до конца месяца.",
        [("до конца месяца", None, D(2024, 2, 29), "before")],
    ),
    (
        "Ответ Минфина ожидают до конца недели.",
        [("до конца недели", None, D(2024, 2, 25), "before")],
    ),
    (
        "Стороны условились, что вплоть до конца года консультации продолжатся.",
        [("вплоть до конца года", None, D(2024, 12, 31), "before")],
    ),
    # the same with the word for which year is read as before
    (
        "Министры обещали подписать меморандум до конца текущего года.",
        [("до конца текущего года", None, D(2024, 12, 31), "before")],
    ),
    # no «до»: the end of any year the text may be about, not read
    ("В конце года министры подписали меморандум.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_bare_term(text: str, expected: list[tuple[str, D | None, D | None, str]]) -> None:
    got = [
        (d.text, d.value.start, d.value.end, d.value.precision)
        for d in extract_dates(text, PUB)
    ]
    assert got == expected

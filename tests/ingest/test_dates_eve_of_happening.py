"""«Накануне открытия заседания»: the eve of a happening the text told with its day is the
day before that day, the first of its days for its opening («открытия», «начала»), never
the eve of publication; with no day told for it, nothing is read
(dates/around_happening.eve_of). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2021, 6, 10)  # a Thursday

# (text, the phrase, the day it names or None when nothing is read)
CASES: list[tuple[str, str, D | None]] = [
    # the opening's eve: the day before the first day told for the session
    (
        "Во вторник в Казани открылось заседание межправительственной комиссии. "
        "Заседание завершилось в среду подписанием протокола. "
        "Накануне открытия заседания губернатор принял делегацию.",
        "Накануне открытия заседания",
        D(2021, 6, 7),
    ),
    # the happening's eve, no opening named: the day told for it
    (
        "Саммит прошел 3 июня в Душанбе. Накануне саммита министры встретились в отеле.",
        "Накануне саммита",
        D(2021, 6, 2),
    ),
    # a happening told with no day: nothing is read (not the eve of publication)
    (
        "Накануне открытия форума губернатор подписал соглашение с инвесторами.",
        "Накануне открытия форума",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_eve_of_happening(text: str, phrase: str, day: D | None) -> None:
    got = {m.text: m.value.start for m in extract_dates(text, P)}
    if day is None:
        assert got.get(phrase) is None and got.get("Накануне") is None
    else:
        assert got.get(phrase) == day

"""«В ночь на среду» names the night that ends on Wednesday: the happening's day is the
Tuesday (dates/night.py). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 5, 12)  # a Friday

# (text, the phrase, the day it is read as)
CASES: list[tuple[str, str, D]] = [
    ("Министры договорились в ночь на среду созвать совещание.", "на среду", D(2023, 5, 9)),
    (
        "В Осло в ночь на четверг, 11 мая, завершились переговоры двух министров.",
        "на четверг, 11 мая",
        D(2023, 5, 10),
    ),
    ("Делегация прилетела в Ханой в ночь на 3 мая.", "на 3 мая", D(2023, 5, 2)),
    ("Ночью на вторник стороны подписали протокол.", "на вторник", D(2023, 5, 8)),
    # no night: the day as named
    ("Переговоры назначены на среду, 17 мая.", "на среду, 17 мая", D(2023, 5, 17)),
    ("Министры встретились в среду в Осло.", "в среду", D(2023, 5, 10)),
    ("Встреча перенесена на 3 мая.", "на 3 мая", D(2023, 5, 3)),
    # the whole night into the day: it lasted into that day's morning
    ("Консультации длились всю ночь на 3 мая.", "на 3 мая", D(2023, 5, 3)),
]


@pytest.mark.parametrize(
    ("text", "phrase", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_night_before(text: str, phrase: str, day: D) -> None:
    got = [(m.value.start, m.value.end) for m in extract_dates(text, P) if m.text == phrase]
    assert got == [(day, day)]


def test_a_night_not_named_by_a_day() -> None:
    # «в ночь после саммита» names no day: nothing to move
    found = extract_dates("В ночь после саммита 4 мая делегация улетела.", P)
    assert all("ночь" not in m.text for m in found)
    assert D(2023, 5, 4) in [m.value.start for m in found]

"""«сегодня» inside a name (an agency, a paper: «МИА «Россия сегодня»», «СБ. Беларусь
сегодня» heading a page) is no date (dates/noise.py); «сегодня» of the text's own words is.
Every line is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

PUB = dt.date(2021, 6, 2)

# (text, the expressions read as dates, in order)
CASES: list[tuple[str, list[str]]] = [
    ("Об этом сообщает МИА «Россия сегодня».", []),
    ("Переговоры прошли вчера, передает агентство \"Армения сегодня\".", ["вчера"]),
    ("Вестник. Казахстан сегодня\nПереговоры прошли вчера.", ["вчера"]),
    ("Лавров сегодня прилетел в Москву.", ["сегодня"]),
    ("Москва сегодня ответила на санкции.", ["сегодня"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_today_inside_a_name(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract_dates(text, PUB)] == expected

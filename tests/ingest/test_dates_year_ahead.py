"""A yearless day in an undated text takes the one year told after it as the time of what
is still to come («станет ... в 2021 году») or as a term («до конца 2021 года»); a year told
of the past after it, or two years, settle nothing (dates/year_ahead.py). Every sentence is
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, the yearless day's text, its day; None: the year stays unknown)
CASES: list[tuple[str, str, D | None]] = [
    (
        "Интервью вышло 12 февраля, за три дня до визита. Поездка станет первой зарубежной "
        "поездкой премьера в 2021 году.",
        "12 февраля",
        D(2021, 2, 12),
    ),
    (
        "Переговоры 18 ноября завершились без документов. Минск рассчитывал до конца 2021 "
        "года получить гарантии поставок.",
        "18 ноября",
        D(2021, 11, 18),
    ),
    # a past year told after it is background: nothing settled
    (
        "Министры встретились 18 ноября. Прошлое соглашение подписали в 2015 году.",
        "18 ноября",
        None,
    ),
    # two years told after it: nothing settled
    (
        "Министры встретились 18 ноября. Программа рассчитана до конца 2021 года, а "
        "следующая начнётся в 2023 году.",
        "18 ноября",
        None,
    ),
]


@pytest.mark.parametrize(("text", "phrase", "day"), CASES)
def test_year_ahead(text: str, phrase: str, day: D | None) -> None:
    got = [m.value.start for m in extract_dates(text, None) if m.text == phrase]
    assert got == [day]

"""The first or last numbers of a month («в первых числах октября», «в последних числах
мая»): its first or last third, as «в начале» and «в конце» are (lexicon.MONTH_PART). Every
sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end, precision))
CASES: list[tuple[str, D | None, str, tuple[D | None, D | None, str]]] = [
    (
        "Делегация побывала в Мурманске в первых числах марта 2017 года.",
        None,
        "в первых числах марта 2017 года",
        (D(2017, 3, 1), D(2017, 3, 10), "part"),
    ),
    (
        "В последних числах августа министры обменялись письмами.",
        D(2016, 10, 4),
        "В последних числах августа",
        (D(2016, 8, 21), D(2016, 8, 31), "part"),
    ),
    (
        "Новый раунд консультаций пройдёт в первых числах декабря.",
        D(2021, 11, 2),
        "в первых числах декабря",
        (D(2021, 12, 1), D(2021, 12, 10), "part"),
    ),
    # the last third of February ends with the month
    (
        "Посол вручил верительные грамоты в последних числах февраля 2020 года.",
        None,
        "в последних числах февраля 2020 года",
        (D(2020, 2, 21), D(2020, 2, 29), "part"),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_month_numbers(
    text: str, pub: D | None, expr: str, want: tuple[D | None, D | None, str]
) -> None:
    got = {
        m.text: (m.value.start, m.value.end, m.value.precision) for m in extract_dates(text, pub)
    }
    assert got.get(expr) == want, got

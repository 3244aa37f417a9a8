"""«того же года», «этого же года» after a month or day: the year the text last wrote out
with its year, not publication's nor the latest year the text named (expr.YearRef «same»).
Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end))
CASES: list[tuple[str, D | None, str, tuple[D | None, D | None]]] = [
    (
        "Кризис начался в 2011 году. Весной 2012 года министры встретились в Женеве, а в "
        "октябре того же года подписали протокол.",
        D(2016, 11, 20),
        "в октябре того же года",
        (D(2012, 10, 1), D(2012, 10, 31)),
    ),
    # without a publication date: the year last written, though a later one came before it
    (
        "В апреле 2020 года стороны прервали контакты. В марте 2018 года посол вручил "
        "грамоты, а в июне того же года открылось консульство.",
        None,
        "в июне того же года",
        (D(2018, 6, 1), D(2018, 6, 30)),
    ),
    (
        "Договор подписали 3 февраля 2014 года, а 5 августа этого же года он вступил в силу.",
        D(2019, 1, 10),
        "5 августа этого же года",
        (D(2014, 8, 5), D(2014, 8, 5)),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_same_year(text: str, pub: D | None, expr: str, want: tuple[D | None, D | None]) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got.get(expr) == want, got

"""An undated page told at a stated time («Беседа состоялась в ноябре 2011 года»): a year
the speaker names after that time («план на 2012 год») is one he looks ahead to, not a year
his story is in, so his yearless days and months are counted from the time of telling, as
a news text's from publication (resolve._float); a carried year no later than the telling
still carries. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

HEAD = "Интервью с послом.\n\nБеседа состоялась в ноябре 2014 года.\n\n"

# (text, expression, (start, end)); no publication date
CASES: list[tuple[str, str, tuple[D | None, D | None]]] = [
    # after a year ahead: the month just before the telling, not that year's
    (
        HEAD + "Мы утвердили план на 2015 год. Делегация должна была приехать в сентябре, "
        "но поездку отложили.",
        "в сентябре",
        (D(2014, 9, 1), D(2014, 9, 30)),
    ),
    (
        HEAD + "Следующую встречу наметили на 2016 год. В августе мы подписали протокол.",
        "В августе",
        (D(2014, 8, 1), D(2014, 8, 31)),
    ),
    # a carried year no later than the telling still carries
    (
        HEAD + "С чего всё началось? С обмена нотами в марте.",
        "в марте",
        (D(2014, 3, 1), D(2014, 3, 31)),
    ),
]


@pytest.mark.parametrize(("text", "expr", "want"), CASES)
def test_told_time_over_year_ahead(text: str, expr: str, want: tuple[D | None, D | None]) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, None)}
    assert got[expr] == want, got

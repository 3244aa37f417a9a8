"""«Во вторник послом назначен Петров»: «назначен» with the office before it, a role noun
in the instrumental, tells an appointment made on that day (past), as the office after it
does; «будет назначен», «встреча назначена на вторник» and «назначена встреча с послом»
(a partner, after a preposition) stay ahead (dates/tense_signal._office_before). Every
sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2021, 6, 10)  # a Thursday

# (text, the weekday's day)
CASES: list[tuple[str, D]] = [
    ("Во вторник послом в Чили назначен Игорь Петров.", D(2021, 6, 8)),
    ("Во вторник сопредседателем группы назначена Анна Петрова.", D(2021, 6, 8)),
    ("Заместителем министра во вторник назначен Олег Смирнов.", D(2021, 6, 8)),
    # a meeting set for the day: ahead
    ("Встреча назначена на вторник.", D(2021, 6, 15)),
    ("Во вторник у него назначена встреча с послом.", D(2021, 6, 15)),
    ("Во вторник послом будет назначен Игорь Петров.", D(2021, 6, 15)),
]


@pytest.mark.parametrize(("text", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_appointed_to_post(text: str, day: D) -> None:
    got = [m for m in extract_dates(text, P) if "вторник" in m.text.lower()]
    assert got[-1].value.start == day

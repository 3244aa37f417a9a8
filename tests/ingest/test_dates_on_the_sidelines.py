"""«На полях саммита», «на полях сессии», «на полях форума»: a sentence that opens beside a
happening the text has told with its day is on that day, as «в ходе саммита» is
(around_happening.py). Every sentence is written for these tests.

Rows: (text, the words read, the day they give, or None when nothing is read there).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2017, 7, 10)

CASES: list[tuple[str, str, D | None]] = [
    (
        "Сессия совета министров открылась в Праге 7 июля. На полях сессии министр провел "
        "переговоры с коллегой из Австрии.",
        "На полях сессии",
        D(2017, 7, 7),
    ),
    (
        "Саммит группы прошел в Гамбурге 8 июля. На полях саммита президенты обсудили торговлю.",
        "На полях саммита",
        D(2017, 7, 8),
    ),
    (
        "Экономический форум открылся в Ялте 6 июля. На полях форума губернатор подписал "
        "соглашение.",
        "На полях форума",
        D(2017, 7, 6),
    ),
    # a happening told over two days: beside it all through, on no one day of it (not the
    # day told since)
    (
        "Встреча министров прошла в Лиме 5–6 июля. Накануне отъезда министр дал интервью. "
        "Днём ранее он выступил на пленарном заседании. На полях встречи министр провел "
        "переговоры с коллегой из Чили.",
        "На полях встречи",
        None,
    ),
    # a day of its own after it: the sentence's day, no anchor
    (
        "Саммит группы прошел в Гамбурге 8 июля. На полях саммита 7 июля министры встретились.",
        "На полях саммита",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_on_the_sidelines(text: str, words: str, day: D | None) -> None:
    got = [m for m in extract_dates(text, PUB) if m.text.lower() == words.lower()]
    if day is None:
        assert got == []
    else:
        assert [(m.value.start, m.value.precision) for m in got] == [(day, "day")]

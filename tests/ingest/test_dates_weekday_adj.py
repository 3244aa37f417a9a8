"""A weekday told as an adjective on a happening («пятничная встреча», «о субботних
переговорах», deictic.py): the weekday, as «в пятницу» would be, in the clause's tense; in
the present («пятничная встреча остаётся в силе») the nearest such weekday. Other nouns
(«воскресная школа») tell a habit: no date. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
WED = D(2021, 3, 10)  # a Wednesday
SUN = D(2021, 3, 14)  # a Sunday

# (text, publication, expression, day or None)
CASES: list[tuple[str, D, str, D | None]] = [
    # ahead: the coming Friday
    ("Министр надеется, что пятничная встреча пройдёт спокойно.", WED, "пятничная", D(2021, 3, 12)),
    # past: the Saturday gone
    ("Пресс-секретарь рассказал о субботних переговорах.", SUN, "субботних", D(2021, 3, 13)),
    ("Итоги воскресного саммита подвели в понедельник.", WED, "воскресного", D(2021, 3, 7)),
    # the present: the nearest such weekday, here ahead ...
    ("Посольство уточнило: пятничная встреча остаётся в силе.", WED, "пятничная", D(2021, 3, 12)),
    # ... and here gone (Monday is two days back from Wednesday, five ahead)
    ("Понедельничное заседание остаётся главной темой.", WED, "Понедельничное", D(2021, 3, 8)),
    # a habit, not a day
    ("Дети дипломатов ходят в воскресную школу при посольстве.", WED, "воскресную", None),
    ("Пятничная молитва собрала тысячи верующих.", WED, "Пятничная", None),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_weekday_adjective(text: str, pub: D, expr: str, want: D | None) -> None:
    got = {m.text: m.value.start for m in extract_dates(text, pub) if m.value.precision == "day"}
    if want is None:
        assert expr not in got, got
    else:
        assert got.get(expr) == want, got

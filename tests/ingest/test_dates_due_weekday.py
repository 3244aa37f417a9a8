"""The weekday a called-off plan was due (dates/due_weekday.py): «отменил запланированный
на понедельник визит» is the nearest such weekday to publication (the Monday just past in
Tuesday's news, the Saturday ahead in Thursday's); a plan not called off, or one that only
may be («может отменить»), keeps its weekday ahead. Every sentence is written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
TUE = D(2023, 5, 9)
THU = D(2023, 5, 11)

# (publication, text, the phrase, the day it reads as)
CASES: list[tuple[D, str, str, D]] = [
    (
        TUE,
        "Накануне министр отменил запланированный на понедельник визит в Рим.",
        "на понедельник",
        D(2023, 5, 8),
    ),
    (
        THU,
        "Президент отменил запланированную на субботу встречу с коллегой.",
        "на субботу",
        D(2023, 5, 13),
    ),
    (
        THU,
        "Намеченная на среду встреча послов была отложена.",
        "на среду",
        D(2023, 5, 10),
    ),
    (
        THU,
        "Назначенные на вторник консультации не состоялись.",
        "на вторник",
        D(2023, 5, 9),
    ),
    # not called off: a plan, ahead
    (
        TUE,
        "Пресс-секретарь сказал, что запланированная на понедельник встреча состоится.",
        "на понедельник",
        D(2023, 5, 15),
    ),
    # called off only maybe: still ahead
    (
        TUE,
        "Премьер может отменить запланированный на понедельник визит.",
        "на понедельник",
        D(2023, 5, 15),
    ),
    # the day a meeting is moved to is no due day
    (
        THU,
        "Стороны перенесли встречу на понедельник.",
        "на понедельник",
        D(2023, 5, 15),
    ),
]


@pytest.mark.parametrize(("published", "text", "phrase", "want"), CASES)
def test_due_weekday(published: D, text: str, phrase: str, want: D) -> None:
    mentions = [m for m in extract_dates(text, published) if m.text == phrase]
    assert mentions, [m.text for m in extract_dates(text, published)]
    v = mentions[0].value
    assert (v.start, v.end, v.precision) == (want, want, "day")

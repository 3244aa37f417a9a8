"""«После подписания», «По итогам встречи» against a happening told with a word of the same
root or over a few named days (dates/happening_edge.py): a deverbal noun names the
happening its verb told («скрепили подписями в среду ... После подписания» is Wednesday,
not the day told just before it); after a happening of a few named days comes its last
day, before it its first; a week counted from now or a long stretch gives no day, and
«в ходе» no edge. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.happening_edge import kin, range_edge, stem

D = dt.date
P = D(2023, 5, 12)  # a Friday

# (text, the phrase, the day it reads as; None = no date read for it)
CASES: list[tuple[str, str, D | None]] = [
    # a verb or noun of the same root names the happening, the day told before it does not
    (
        "Соглашение в среду вечером скрепили подписями два министра. Работа над ним "
        "началась во вторник в Баку. После подписания министры ответили на вопросы.",
        "После подписания",
        D(2023, 5, 10),
    ),
    (
        "Эксперты двух стран проконсультировались в понедельник в Женеве. Накануне, в "
        "воскресенье, прилетела делегация. После консультаций эксперты сделали заявление.",
        "После консультаций",
        D(2023, 5, 8),
    ),
    (
        "Послы побеседовали в четверг в Риме. Днём раньше, в среду, они прибыли туда. "
        "После беседы послы дали интервью.",
        "После беседы",
        D(2023, 5, 11),
    ),
    # after a happening of a few named days: its last day; before it: its first
    (
        "Делегации 8–10 мая работали в Казани. Заседание шло в здании правительства. "
        "По итогам встречи стороны подписали протокол.",
        "По итогам встречи",
        D(2023, 5, 10),
    ),
    (
        "Министры 9–11 мая провели в Сочи переговоры. После переговоров министры дали "
        "пресс-конференцию.",
        "После переговоров",
        D(2023, 5, 11),
    ),
    (
        "Министры 9–11 мая провели в Сочи переговоры. Перед началом переговоров министры "
        "сделали общее фото.",
        "Перед началом переговоров",
        D(2023, 5, 9),
    ),
    # a week counted from now is no happening's days
    (
        "На этой неделе президент побывал в Минске. По итогам переговоров президент "
        "заявил о новых учениях.",
        "По итогам переговоров",
        None,
    ),
]


def _read(text: str, phrase: str) -> D | None | str:
    for m in extract_dates(text, P):
        if m.text == phrase:
            v = m.value
            assert v.start == v.end, v
            return v.start
    return "absent"


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_happening_edge(text: str, phrase: str, want: D | None) -> None:
    got = _read(text, phrase)
    if want is None:
        assert got in ("absent", P), got  # no day of the week's range
    else:
        assert got == want


@pytest.mark.parametrize(
    ("noun", "other", "want"),
    [
        ("подписание", "подписать", True),
        ("подписание", "подпись", True),
        ("консультация", "проконсультироваться", True),
        ("беседа", "побеседовать", True),
        ("переговоры", "переговоры", True),
        ("обед", "победить", False),  # a stem too short to search for
        ("встреча", "министр", False),
    ],
)
def test_kin(noun: str, other: str, want: bool) -> None:
    assert kin(noun, other) is want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("После переговоров", "last"),
        ("по итогам встречи", "last"),
        ("По завершении саммита", "last"),
        ("Перед началом встречи", "first"),
        ("после начала переговоров", "first"),
        ("В ходе встречи", None),
        ("во время беседы", None),
    ],
)
def test_range_edge(phrase: str, want: str | None) -> None:
    assert range_edge(phrase) == want


def test_stem() -> None:
    assert stem("подписание") == "подпис"
    assert stem("обед") is None

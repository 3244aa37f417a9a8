"""«После беседы с президентом», «после встречи с ним»: a happening whose party is named by a
bare title or a pronoun is the one the text has told, on its day (around_happening.py); one
whose party is named («с президентом Ордуэем», «с Кулебой») or given a complement («с
министром иностранных дел») may be a new one and is left alone.
Every sentence is written for these tests.

Rows: (text, the words read, the day they give, or None when nothing is read there).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2022, 4, 9)

CASES: list[tuple[str, str, D | None]] = [
    (
        "Вице-премьер во вторник встретился в Ташкенте с президентом республики. После беседы "
        "с президентом Новак провел переговоры с министром энергетики.",
        "После беседы",
        D(2022, 4, 5),
    ),
    (
        "Министр в среду побеседовал с премьером Армении. После встречи с ним министр "
        "посетил мемориал.",
        "После встречи",
        D(2022, 4, 6),
    ),
    (
        "Глава МИД 6 апреля провел переговоры с норвежским коллегой. После переговоров с "
        "норвежским коллегой Лавров ответил на вопросы журналистов.",
        "После переговоров",
        D(2022, 4, 6),
    ),
    # no day told before: no happening told that the party could be of
    (
        "После беседы с президентом министр ответил на вопросы журналистов.",
        "После беседы",
        None,
    ),
    # a party named: a new happening, no day of the one told
    (
        "Вице-премьер во вторник встретился в Ташкенте с президентом республики. После беседы "
        "с президентом Ордуэем Новак вылетел домой.",
        "После беседы",
        None,
    ),
    (
        "Вице-премьер во вторник встретился в Ташкенте с президентом республики. После беседы "
        "с министром иностранных дел Новак вылетел домой.",
        "После беседы",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_told_party(text: str, words: str, day: D | None) -> None:
    got = [m for m in extract_dates(text, PUB) if m.text.lower() == words.lower()]
    if day is None:
        assert got == []
    else:
        assert [(m.value.start, m.value.precision) for m in got] == [(day, "day")]

"""A time of day told with a preposition («с утра», «ближе к вечеру», «к вечеру», «под
вечер») or as one o'clock («около часа дня») is a time of the day just told, as «вечером»
is (deictic.py, sequel.py); one followed by its own day («к вечеру пятницы») is not.
Every sentence is written for these tests.

Rows: (text, publication date, the words read, the day they give or None when not read).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2021, 9, 10)

CASES: list[tuple[str, D | None, str, D | None]] = [
    (
        "Делегации встретились в Минске 7 сентября. Ближе к вечеру стороны парафировали "
        "соглашение о границе.",
        PUB,
        "Ближе к вечеру",
        D(2021, 9, 7),
    ),
    (
        "Канцлер прилетела в Ригу 7 сентября. С утра она осмотрела порт, потом выступила в сейме.",
        PUB,
        "С утра",
        D(2021, 9, 7),
    ),
    (
        "Премьеры провели переговоры в Казани 8 сентября. К вечеру они подписали меморандум.",
        PUB,
        "К вечеру",
        D(2021, 9, 8),
    ),
    (
        "Министр прилетел в Баку 8 сентября. Беседа с коллегой началась около часа дня.",
        PUB,
        "около часа дня",
        D(2021, 9, 8),
    ),
    (
        "Послы прибыли в Женеву 6 сентября. Под вечер их принял генеральный секретарь.",
        PUB,
        "Под вечер",
        D(2021, 9, 6),
    ),
    # a day of its own follows: not the day just told
    (
        "Делегации встретились в Минске 7 сентября. К вечеру пятницы текст был готов.",
        PUB,
        "К вечеру",
        None,
    ),
    # «около часа» alone is how long, not when
    (
        "Делегации встретились в Минске 7 сентября. Беседа длилась около часа.",
        PUB,
        "около часа",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "words", "day"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_time_of_day_forms(text: str, published: D | None, words: str, day: D | None) -> None:
    got = [m for m in extract_dates(text, published) if m.text.lower() == words.lower()]
    if day is None:
        assert got == []
    else:
        assert [(m.value.start, m.value.precision) for m in got] == [(day, "day")]

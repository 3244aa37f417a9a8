"""Without a publication date, a day of a later year put before every verb of its clause
(«Второй форум 12 мая 2011 года в Казани прошёл ...») is the story moving on to that day,
not a plan looked ahead to: «В тот же день» and the yearless days after it count from it.
A day set after the verb that names a plan («пригласил на выставку 3 марта 2012 года») still
looks ahead and leaves the story where it was. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.story_year import before_its_verb

D = dt.date

# (undated text, the last mention's (text, start, end))
CASES: list[tuple[str, tuple[str, D | None, D | None]]] = [
    # the subject's happening dated before its verb: the story is on that day now
    (
        "Первый форум 3 октября 2010 года в Самаре запомнился спором о пошлинах. "
        "Второй форум 12 мая 2011 года в Казани прошёл спокойно. "
        "В тот же день министры подписали протокол.",
        ("В тот же день", D(2011, 5, 12), D(2011, 5, 12)),
    ),
    # a discourse word before the day, then its clause's verb
    (
        "Переговоры начались 14 февраля 2008 года в Вене. "
        "Наконец, 20 августа 2009 года делегации парафировали текст. "
        "На следующий день его одобрили правительства.",
        ("На следующий день", D(2009, 8, 21), D(2009, 8, 21)),
    ),
    # after a comma and «а»: the day opens its own clause
    (
        "Посол вручил грамоты 2 марта 2015 года. Консульство открылось весной 2016 года, "
        "а 7 июня 2016 года министры подписали меморандум. В тот же день прошёл приём.",
        ("В тот же день", D(2016, 6, 7), D(2016, 6, 7)),
    ),
    # a plan's day after the verb that sets it stays a look ahead
    (
        "Министры встретились 19 апреля 2011 года. Хозяин пригласил гостя на выставку "
        "3 марта 2012 года. В тот же день они обменялись нотами.",
        ("В тот же день", D(2011, 4, 19), D(2011, 4, 19)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_day_before_its_verb_moves_the_story(
    text: str, expected: tuple[str, D | None, D | None]
) -> None:
    got = [(d.text, d.value.start, d.value.end) for d in extract_dates(text, None)]
    assert got[-1] == expected


VERB_CASES: list[tuple[str, bool]] = [
    ("Второй форум ", True),
    ("Наконец, ", True),
    ("Консульство открылось весной 2016 года, а ", True),
    ("Хозяин пригласил гостя на выставку ", False),
    ("Визит, намеченный на ", False),
    ("Делегация решила провести встречу ", False),
]


@pytest.mark.parametrize(("before", "expected"), VERB_CASES)
def test_before_its_verb(before: str, expected: bool) -> None:
    assert before_its_verb(before) is expected

"""A background happening's day told beside another time word (issue 11): a date set off by
commas after a measure of time («За несколько дней до этого, 24 января, ...») and a date
the parser hangs across a semicolon (or back across a colon). Every sentence is written
for these tests, after the pattern of real news sentences.

Rows: (text, publication date, [(type, start, end, precision), ...]) in text order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

Row = tuple[str, D, list[tuple[str, D | None, D | None, str]]]

APPOSED: list[Row] = [
    (
        # the date repeats «за несколько дней до этого» as a day
        "За несколько дней до этого, 14 апреля, Владимир Путин в телефонном разговоре "
        "поддержал Эрдогана.",
        D(2025, 6, 10),
        [("call", D(2025, 4, 14), D(2025, 4, 14), "day")],
    ),
    (
        "Спустя неделю, 9 апреля, Владимир Путин и Реджеп Эрдоган провели телефонный разговор.",
        D(2025, 6, 10),
        [("call", D(2025, 4, 9), D(2025, 4, 9), "day")],
    ),
    (
        "За два дня до того, 20 мая, Сергей Лавров провёл переговоры с Ваном И.",
        D(2025, 6, 10),
        [("talks", D(2025, 5, 20), D(2025, 5, 20), "day")],
    ),
    (
        # hung by the parser on the visit inside the phrase: the phrase's day, the call's
        "За неделю до визита, 3 марта, министры Сергей Лавров и Хакан Фидан провели "
        "телефонный разговор.",
        D(2025, 6, 10),
        [("call", D(2025, 3, 3), D(2025, 3, 3), "day")],
    ),
    (
        # over an adverb of time too («днём ранее, в воскресенье,»)
        "Днём ранее, в воскресенье, Сергей Лавров провёл переговоры с Ваном И.",
        D(2025, 6, 10),
        [("talks", D(2025, 6, 8), D(2025, 6, 8), "day")],
    ),
]

SEMICOLON: list[Row] = [
    (
        # the parser hangs «3 марта» on «назвал» after the semicolon: it dates the talks
        "Последний раз этот вопрос обсуждали на консультациях с участием России, Турции и ООН "
        "в Стамбуле 3 марта; генсек ООН Антониу Гутерриш тогда назвал разговор "
        "«конструктивным», но договориться не удалось.",
        D(2025, 6, 10),
        [("talks", D(2025, 3, 3), D(2025, 3, 3), "day")],
    ),
]

COLON: list[Row] = [
    (
        # the parser hangs «на следующий день» back on «не стала» before the colon: it
        # dates the words told after it
        "8 мая Варшава закрыла консульство. Москва с ответом спешить не стала: уже на "
        "следующий день Сергей Лавров заявил, что закрывать ничего не будет.",
        D(2025, 6, 10),
        [("statement", D(2025, 5, 9), D(2025, 5, 9), "day")],
    ),
    (
        # dates after a colon that lists the happenings stay where they hang
        "Сергей Лавров и Ван И встречались дважды: 5 мая в Москве и 7 мая в Минске.",
        D(2025, 6, 10),
        [("meeting", D(2025, 5, 5), D(2025, 5, 5), "day")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    APPOSED + SEMICOLON + COLON,
    ids=[f"{i:02d}" for i in range(len(APPOSED) + len(SEMICOLON) + len(COLON))],
)
def test_background_day(pipeline: Pipeline, text: str, published: D, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert got == expected

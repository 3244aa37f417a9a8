"""A happening told as a habit or by a count is no one happening (repeated.py), on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)
MAY1, MAY31 = D(2024, 5, 1), D(2024, 5, 31)
LAVROV_BLINKEN = ["antony-blinken", "sergey-lavrov"]

CASES: list[tuple[str, list[Ev]]] = [
    # words of repetition on the verb
    ("Лавров и Блинкен неоднократно встречались на полях международных форумов.", []),
    ("Лавров и Блинкен не раз встречались на полях саммитов.", []),
    ("Родственники пленного несколько раз встречались с президентом Байденом.", []),
    ("Госдепартамент ранее не раз заявлял, что не видит оснований для отмены санкций.", []),
    ("Лавров и Блинкен созванивались так часто, что перестали объявлять о звонках.", []),
    ("Лавров и Блинкен нередко встречались на полях форумов.", []),
    # a topic picked out of what was discussed singles out no occasion
    ("С тех пор Лавров и Блинкен несколько раз созванивались, обсуждая в том числе Ливию.", []),
    # happenings counted, or a plural told as a series or as what a place serves
    ("Путин провел два телефонных разговора с Эрдоганом.", []),
    ("Наблюдатели сравнили тон беседы с прошлыми встречами Лаврова и Блинкена.", []),
    ("Женева давно стала привычным местом для встреч российских и американских дипломатов.", []),
    # one contact in three places or more: a series (a visit's trip may take in several)
    ("Лавров и Блинкен ранее встречались в Риме, Вене, Женеве и Осло.", []),
    (
        "Лавров и Блинкен провели переговоры в Женеве и Вене.",
        [("talks", "happened", None, PUB, "before", LAVROV_BLINKEN)],
    ),
    # one occasion singled out of the many: told (its day is another reader's matter)
    (
        "Лавров и Блинкен несколько раз говорили по телефону, последний раз — в мае.",
        [("call", "happened", None, PUB, "before", LAVROV_BLINKEN)],
    ),
    # a single happening, or dated ones, are kept
    (
        "Лавров и Блинкен в среду провели переговоры в Женеве.",
        [("talks", "happened", WED, WED, "day", LAVROV_BLINKEN)],
    ),
    (
        "Лавров и Блинкен в мае дважды встречались в Женеве.",
        [("meeting", "happened", MAY1, MAY31, "month", LAVROV_BLINKEN)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_repeated_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""Contacts told by one plural noun with counterparts joined after «с» are one contact each
(plural_contacts.py), also when someone's words report them («Песков сказал, что у Путина
запланированы встречи с X и Y»). Sentences of our own. Each row: article text and the
events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
MON = D(2024, 6, 10)
THU = D(2024, 6, 6)
PUTIN_LAVROV = ["sergey-lavrov", "vladimir-putin"]
PUTIN_SHOIGU = ["sergey-shoigu", "vladimir-putin"]

CASES: list[tuple[str, list[Ev]]] = [
    (
        "В четверг Путин провёл встречи с Сергеем Лавровым и Сергеем Шойгу.",
        [
            ("meeting", "happened", THU, THU, "day", PUTIN_LAVROV),
            ("meeting", "happened", THU, THU, "day", PUTIN_SHOIGU),
        ],
    ),
    # the same contacts inside someone's words
    (
        "Помощник президента сообщил, что в понедельник у Путина запланированы встречи с "
        "министром иностранных дел Сергеем Лавровым и министром обороны Сергеем Шойгу.",
        [
            ("meeting", "planned", MON, MON, "day", PUTIN_LAVROV),
            ("meeting", "planned", MON, MON, "day", PUTIN_SHOIGU),
        ],
    ),
    # «переговоры» has no singular: one contact of all three
    (
        "В четверг Путин провёл переговоры с Сергеем Лавровым и Сергеем Шойгу.",
        [("talks", "happened", THU, THU, "day", sorted(PUTIN_LAVROV + ["sergey-shoigu"]))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plural_contacts_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert sorted(event_rows(facts.events)) == sorted(expected)

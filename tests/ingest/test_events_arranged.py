"""Agreeing on a contact to come arranges it and concludes no agreement (arranged.py), on
sentences of our own. Each row: article text and the agreements read, as (type, status,
start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2018, 6, 27)

CASES: list[tuple[str, list[Ev]]] = [
    ("Путин и Болтон договорились о дате и месте саммита.", []),
    ("Тогда министры условились о новой встрече в Москве.", []),
    ("Лавров и Помпео договорились о визите госсекретаря в Сочи.", []),
    ("Лавров и Тиллерсон договорились об организации встречи президентов.", []),
    ("Министры условились о проведении консультаций по стратегической стабильности.", []),
    # an infinitive of a contact or a gathering: the contact is arranged
    ("Россия и США сначала договорились собраться в Анадыре 10–11 сентября.", []),
    ("Лавров и Помпео условились встретиться в Сочи.", []),
    ("Лавров и Помпео договорились созвониться после саммита.", []),
    # What is agreed on is a commitment of the parties: an agreement.
    (
        "Россия и США договорились продлить действие договора.",
        [("agreement", "happened", None, PUB, "before", ["russia", "usa"])],
    ),
    (
        "Лавров и Помпео договорились о проведении совместных учений спасателей.",
        [("agreement", "happened", None, PUB, "before", ["mike-pompeo", "sergey-lavrov"])],
    ),
    (
        "Лавров и Помпео договорились о создании экспертной группы.",
        [("agreement", "happened", None, PUB, "before", ["mike-pompeo", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_arranged_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert [e for e in event_rows(facts.events) if e[0] == "agreement"] == expected


# The contact agreed on is still to come: never told as held (arranged.agreed_on). Rows:
# text and the contacts read, as (type, status, start, end, precision, sorted actor ids).
CONTACT_CASES: list[tuple[str, list[Ev]]] = [
    ("Министры договорились о консультациях по ситуации на Ближнем Востоке.", []),
    ("Помощники условились о времени телефонного разговора президентов.", []),
    ("Лавров и Тиллерсон договорились об организации встречи президентов.", []),
    (
        "Лавров и Помпео договорились о встрече в Сочи 14 июля 2018 года.",
        [
            (
                "meeting", "planned", D(2018, 7, 14), D(2018, 7, 14), "day",
                ["mike-pompeo", "sergey-lavrov"],
            )
        ],
    ),
    # A contact held stays held: the agreeing is told within it, not about it.
    (
        "Лавров и Помпео провели переговоры и договорились о новой встрече.",
        [("talks", "happened", None, PUB, "before", ["mike-pompeo", "sergey-lavrov"])],
    ),
]

_CONTACTS = frozenset({"call", "meeting", "talks", "visit"})


@pytest.mark.parametrize(("text", "expected"), CONTACT_CASES)
def test_agreed_on_contact_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert [e for e in event_rows(facts.events) if e[0] in _CONTACTS] == expected

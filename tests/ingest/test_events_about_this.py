"""«Об этом сообщила пресс-служба X» after X's own act: X is the source of its act, no
statement of its own (app/ingest/events/about_this.py). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)


# (text, sorted event types)
CASES = [
    # The body that took the measure tells of it: the measure only.
    (
        "Совет ЕС в четверг утвердил новый пакет санкций против России. "
        "Об этом сообщила пресс-служба Совета ЕС.",
        ["sanctions"],
    ),
    # A person telling of the body's act speaks words of their own.
    (
        "Совет ЕС в четверг утвердил новый пакет санкций против России. "
        "Об этом заявил Жозеп Боррель.",
        ["sanctions", "statement"],
    ),
    # A ministry of a party's own state makes its minister's contact known.
    (
        "Сергей Лавров в четверг провёл телефонный разговор с Энтони Блинкеном. "
        "Об этом сообщили в МИД России.",
        ["call"],
    ),
    # ... on a day of its own, it is the ministry's news; a third state's ministry speaks
    # for itself.
    (
        "Сергей Лавров в четверг провёл телефонный разговор с Энтони Блинкеном. "
        "Об этом в пятницу сообщили в МИД России.",
        ["call", "statement"],
    ),
    (
        "Сергей Лавров в четверг провёл телефонный разговор с Энтони Блинкеном. "
        "Об этом сообщили в МИД Китая.",
        ["call", "statement"],
    ),
    # A contact announced as planned: the ministry of a party makes the plan known.
    (
        "Министры обороны России и Казахстана проведут в среду переговоры в Астане. "
        "Об этом сообщили в МИД России.",
        ["talks"],
    ),
    # ... a third state's ministry announcing it speaks for itself.
    (
        "Министры обороны России и Казахстана проведут в среду переговоры в Астане. "
        "Об этом сообщили в МИД Китая.",
        ["statement", "talks"],
    ),
    # Not pointing back with «об этом»: a statement as ever.
    (
        "Совет ЕС в четверг утвердил новый пакет санкций против России. "
        "Пресс-служба Совета ЕС сообщила, что пакет вступит в силу в пятницу.",
        ["sanctions", "statement"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_about_this(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert sorted(e.type for e in events) == expected

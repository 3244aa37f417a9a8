"""Receptions told with no date of their own (receptions.py), on sentences of our own.
Each row: text, then the sorted actor ids of each meeting read (none: no meeting)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.model import ActorSpan
from app.ingest.events.receptions import names_both
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[list[str]]]] = [
    # Host and guest both named, the guest first: the meeting's own telling.
    (
        "Затем премьер-министра Венгрии Виктора Орбана принял президент Владимир Путин.",
        [["viktor-orban", "vladimir-putin"]],
    ),
    (
        "Индийского премьера Нарендру Моди принял в Кремле Владимир Путин.",
        [["narendra-modi", "vladimir-putin"]],
    ),
    # The host first, as most outlets tell it.
    (
        "Президент Путин принял в Кремле премьер-министра Венгрии Виктора Орбана.",
        [["viktor-orban", "vladimir-putin"]],
    ),
    # The imperfective of receiving and greeting is a reception too.
    (
        "Накануне глава МИД Турции Мевлют Чавушоглу принимал Сергея Лаврова в Анталье.",
        [["mevlut-cavusoglu", "sergey-lavrov"]],
    ),
    (
        "Во вторник Владимир Путин встречал премьер-министра Индии Нарендру Моди в аэропорту.",
        [["narendra-modi", "vladimir-putin"]],
    ),
    # Not a person received: no meeting.
    ("Туркменистан, который принимает саммит, выступил с новой повесткой.", []),
    ("Венгрия принимает меры против инфляции.", []),
    # One party named: a retelling of a meeting told elsewhere, left to that one.
    ("Виктора Орбана принял в Кремле президент.", []),
    ("Сергея Лаврова встретили в аэропорту дипломаты посольства.", []),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_undated_reception(pipeline: Pipeline, text: str, expected: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [sorted(e.actors) for e in facts.events if e.type == "meeting"]
    assert got == expected


def _span(actor_id: str) -> ActorSpan:
    return ActorSpan(0, 1, actor_id)


@pytest.mark.parametrize(
    ("ids", "people", "expected"),
    [
        (["a", "b"], {"a", "b"}, True),
        (["a", "a"], {"a"}, False),  # one person named twice
        (["a", "s"], {"a"}, False),  # a person and a state
        ([], set(), False),
    ],
)
def test_names_both(ids: list[str], people: set[str], expected: bool) -> None:
    assert names_both([_span(i) for i in ids], people.__contains__) is expected

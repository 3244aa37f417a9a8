"""A person in the genitive under an aide's title is whose aide it is, no party to what
the aide does (tree.aide_of): «советник Трампа провёл переговоры» are the adviser's.
Sentences of our own, modelled on real news."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, str, set[str], set[str]]] = [
    # (text, type, who must be a party, who must not)
    (
        "Накануне советник Трампа провел переговоры с Николаем Патрушевым.",
        "talks", {"nikolay-patrushev"}, {"donald-trump"},
    ),
    (
        "В пятницу помощник Байдена встретился с Сергеем Лавровым в Женеве.",
        "meeting", {"sergey-lavrov"}, {"joe-biden"},
    ),
    # A body's spokesman speaks for the body.
    (
        "Официальный представитель МИД Аргентины заявил агентству, что визит готовится.",
        "statement", {"mid-argentiny"}, set(),
    ),
    # A working lunch is a meeting of the two.
    (
        "В понедельник Болтон пообедал с Сергеем Лавровым в особняке МИД.",
        "meeting", {"sergey-lavrov"}, set(),
    ),
    # The aide named beside the title stays the party.
    (
        "Помощник президента США Джон Болтон в среду встретился с Сергеем Лавровым.",
        "meeting", {"dzhon-bolton", "sergey-lavrov"}, set(),
    ),
    # A name in the title's own case is the aide himself.
    (
        "Путин в среду принял в Кремле советника Трампа по национальной безопасности "
        "Джона Болтона.",
        "meeting", {"vladimir-putin", "dzhon-bolton"}, set(),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "typ", "parties", "not_parties"), CASES)
def test_aide_of(
    pipeline: Pipeline, text: str, typ: str, parties: set[str], not_parties: set[str]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2018, 10, 24)))
    events = [e for e in facts.events if e.type == typ]
    assert len(events) == 1
    actors = set(events[0].actors)
    assert parties <= actors
    assert not actors & not_parties

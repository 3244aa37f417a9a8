"""People a sentence of its own names as taking part (representing a side, taking part,
accompanying) are parties to the contact the sentence before told (taking_part.py).
Sentences of our own; each row: text, the event type, then the person ids wanted among its
parties and those wanted out of them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2023, 3, 10)

CASES: list[tuple[str, str, list[str], list[str]]] = [
    # The sides of a summit told as a union and a state; who represented them, apart.
    (
        "Саммит Россия – Евросоюз состоялся в четверг в Брюсселе. Россию представлял Владимир "
        "Путин, Евросоюз — председатель Еврокомиссии Урсула фон дер Ляйен.",
        "meeting",
        ["ursula-von-der-leyen", "vladimir-putin"],
        [],
    ),
    # Taking part, told by a pronoun on the talks.
    (
        "Переговоры России и Китая прошли в среду в Пекине. Участвовали в них Сергей Лавров "
        "и Си Цзиньпин.",
        "talks",
        ["sergey-lavrov", "xi-jinping"],
        [],
    ),
    # Being present is not taking part.
    (
        "Переговоры России и Китая прошли в среду в Пекине. При этом присутствовал Сергей "
        "Лавров.",
        "talks",
        [],
        ["sergey-lavrov"],
    ),
    # A contact told by its people keeps them: who came besides is its entourage.
    (
        "Владимир Путин и Си Цзиньпин провели переговоры в среду в Пекине. Участвовал в них "
        "также Сергей Лавров.",
        "talks",
        ["vladimir-putin", "xi-jinping"],
        ["sergey-lavrov"],
    ),
    # Who did not take part is no party.
    (
        "Переговоры России и Китая прошли в среду в Пекине. Сергей Лавров в них не "
        "участвовал.",
        "talks",
        [],
        ["sergey-lavrov"],
    ),
    # Who tells of it, in a clause of the teller, took no part.
    (
        "Саммит Россия – Евросоюз состоялся в четверг в Брюсселе. Евросоюз представляла "
        "Урсула фон дер Ляйен, сообщил Дмитрий Песков.",
        "meeting",
        ["ursula-von-der-leyen"],
        ["dmitry-peskov"],
    ),
]


@pytest.mark.parametrize(("text", "typ", "want", "out"), CASES, ids=[c[0][-40:] for c in CASES])
def test_taking_part_adds_parties(
    pipeline: Pipeline, text: str, typ: str, want: list[str], out: list[str]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    event = next(e for e in facts.events if e.type == typ)
    assert set(want) <= set(event.actors)
    assert not set(out) & set(event.actors)

"""Persons natasha finds that the gazetteer lacks: a time adverb the tagger ran into a name
at the start of a sentence is no part of it, and a surname two people of the article share
is the one named last before it (names.py). Names of our own invention."""

from __future__ import annotations

import pytest

from app.ingest.actors import actors_of, match_actors
from app.ingest.pipeline import Pipeline


def people(pipeline: Pipeline, text: str) -> list[str]:
    analysis = pipeline.nlp.analyse(text)
    found = match_actors(analysis, pipeline.gazetteer, None)
    records = actors_of(found, analysis, pipeline.gazetteer)
    return [records[h.actor_id].name_ru for h in found if records[h.actor_id].kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «Утром», «Вечером» opening the sentence are no part of the name after them.
        ("Утром Пауэлл и министр обсудили визит.", ["Пауэлл"]),
        # Two people of one surname: the surname alone is the one named last before it.
        (
            "Министр Арне Ольсен встретился с послом. Посол Тарвик Ольсен приехал позже. "
            "Затем Ольсен ответил на вопросы.",
            ["Арне Ольсен", "Тарвик Ольсен", "Тарвик Ольсен"],
        ),
        (
            "Посол Тарвик Ольсен приехал позже. Министр Арне Ольсен встретился с ним. "
            "Ольсен ответил на вопросы.",
            ["Тарвик Ольсен", "Арне Ольсен", "Арне Ольсен"],
        ),
    ],
)
def test_names_in_context(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert people(pipeline, text) == expected

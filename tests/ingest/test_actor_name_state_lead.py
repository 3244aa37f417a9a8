"""A state an official text names just before a person written with initials («Министром
иностранных дел Республики Замбия Т.Мвале») is no part of his name (names.py): the
tagger runs the two into one person, who would be a new actor beside the same person
written in full by another outlet. A word that may be a first name too («Израиль») is kept.
Sentences of our own invention."""

from __future__ import annotations

import pytest

from app.ingest.actors import actors_of, match_actors, name_words
from app.ingest.pipeline import Pipeline


def people(pipeline: Pipeline, text: str) -> list[str]:
    analysis = pipeline.nlp.analyse(text)
    found = match_actors(analysis, pipeline.gazetteer, None)
    records = actors_of(found, analysis, pipeline.gazetteer)
    return [records[h.actor_id].name_ru for h in found if records[h.actor_id].kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 марта состоялся телефонный разговор Министра иностранных дел Российской "
            "Федерации С.В.Лаврова с Министром иностранных дел Республики Замбия Т.Мвале.",
            "Т.Мвале",
        ),
        (
            "Министр энергетики Многонационального Государства Боливия Э.Кирога Санчес "
            "прибыл в Москву.",
            "Э.Кирога Санчес",
        ),
        # No state before the initials: the name as it was.
        ("Посол Ганы К.Осеи вручил копии верительных грамот.", "К.Осеи"),
    ],
)
def test_state_before_initials(pipeline: Pipeline, text: str, expected: str) -> None:
    assert expected in people(pipeline, text)


@pytest.mark.parametrize(
    ("word", "place_only"),
    [
        ("Мозамбик", True),
        ("Боливия", True),
        ("Перу", True),
        ("Израиль", False),  # a first name too
        ("Сергей", False),
        ("Ж.Пашеку", False),
    ],
)
def test_place_only(word: str, place_only: bool) -> None:
    assert name_words.place_only(word) is place_only

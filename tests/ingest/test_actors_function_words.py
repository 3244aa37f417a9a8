"""A preposition natasha's NER takes for a person (names._function_word): «По словам Пескова»
opening a paragraph after a heading is no person «По». Texts of our own; each row: text, the
names the statement's actors bear."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2019, 5, 17)

CASES: list[tuple[str, list[str]]] = [
    (
        "О встрече с Трампом\n\nПо словам Пескова, тема визита пока обсуждалась только в общих "
        "чертах.",
        ["Дмитрий Песков"],
    ),
    (
        "О переговорах\n\nПо словам Лаврова, консультации пройдут в Женеве.",
        ["Сергей Лавров"],
    ),
]


@pytest.fixture(scope="module")
def pipe() -> Iterator[Pipeline]:
    yield Pipeline.load()


@pytest.mark.parametrize(("text", "names"), CASES)
def test_no_person_of_a_preposition(pipe: Pipeline, text: str, names: list[str]) -> None:
    facts = pipe.process(raw_article(text, PUBLISHED))
    said = [e for e in facts.events if e.type == "statement"]
    assert said
    assert sorted(facts.actors[a].name_ru for a in said[0].actors) == names

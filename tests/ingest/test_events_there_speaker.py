"""«Там уточнили, что ...» after a sentence naming one body: the body speaks, not a person
named inside its words; with two bodies or none before, no one is guessed (sentences of our
own). Each row: text, and the statements' speakers."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2021, 3, 12)

CASES: list[tuple[str, list[list[str]]]] = [
    (
        "В Госдепартаменте подтвердили факт разговора. Там уточнили, что Энтони Блинкен "
        "призвал сохранить каналы связи.",
        [["us-state-department"]],
    ),
    (
        "Российский МИД изложил свою версию беседы. Там указали, что звонок состоялся по "
        "инициативе американской стороны.",
        [["russian-mfa"]],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_there_speaker(pipeline: Pipeline, text: str, speakers: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [sorted(e.actors) for e in facts.events if e.type == "statement"]
    assert got == speakers

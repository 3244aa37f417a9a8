"""A bare «разговор» told as held is a call (held_talk.py), on sentences of our own. Each
row: article text and the events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.events.held_talk import held_talk
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2023, 3, 10)  # a Friday
LAVROV_BLINKEN = ["antony-blinken", "sergey-lavrov"]


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


HELD: list[tuple[str, bool]] = [
    ("Прошлый разговор министров состоялся в начале января.", True),
    ("Вчера состоялся разговор Лаврова и Блинкена.", True),
    ("Разговор двух министров, напомнил дипломат, прошёл в январе.", True),
    # the noun is not what took place, or no one says it did
    ("Разговор о ценах на газ его не интересует.", False),
    ("Разговор пошёл о будущем договора.", False),
    ("После того как прошёл саммит, разговор министров затянулся.", False),
    ("Разговоры министров проходили каждую неделю.", False),
    ("Разговор министров может состояться в апреле.", False),
]


@pytest.mark.parametrize(("sentence", "held"), HELD)
def test_held_talk(nlp: Nlp, sentence: str, held: bool) -> None:
    toks = nlp.analyse(sentence).tokens
    talks = [i for i, t in enumerate(toks) if lemma_of(t) == "разговор"]
    assert talks
    assert any(held_talk(toks, i) for i in talks) is held


CASES: list[tuple[str, list[Ev]]] = [
    (
        "Предыдущий разговор Лаврова и Блинкена состоялся 2 марта.",
        [("call", "happened", D(2023, 3, 2), D(2023, 3, 2), "day", LAVROV_BLINKEN)],
    ),
    (
        "Во вторник состоялся разговор Лаврова и Блинкена.",
        [("call", "happened", D(2023, 3, 7), D(2023, 3, 7), "day", LAVROV_BLINKEN)],
    ),
    ("Разговор о санкциях Лаврова больше не занимает.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_held_talk_events(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

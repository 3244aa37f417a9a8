"""A plural title shared by the names after it («министры иностранных дел Сергей Лавров и
Ханс Мюллер подписали»): the title's hit is the first person named, not the offices of
several states (documents.plural_names, _named_under). Sentences of our own, modelled on
real reports of signings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.events.documents import plural_names
from app.ingest.events.model import ActorSpan
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import first_sentence_parse, raw_article

D = dt.date


@pytest.fixture(scope="module")
def nlp() -> Iterator[Nlp]:
    yield Nlp.load()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


# (sentence, the words an actor was read on, is that a plural name of several)
PLURAL: list[tuple[str, str, bool]] = [
    # A name in apposition, in the title's case: that person.
    (
        "Министры иностранных дел Сергей Лавров и Ханс Мюллер подписали меморандум.",
        "Министры иностранных дел Сергей Лавров",
        False,
    ),
    (
        "Министрами иностранных дел Сергеем Лавровым и Хансом Мюллером подписан меморандум.",
        "Министрами иностранных дел Сергеем Лавровым",
        False,
    ),
    # No name, or a state's genitive: the offices of several states, as before.
    (
        "Министры иностранных дел обеих стран подписали меморандум.",
        "Министры иностранных дел",
        True,
    ),
    (
        "Министры иностранных дел России и Эквадора подписали меморандум.",
        "Министры иностранных дел России",
        True,
    ),
]


@pytest.mark.parametrize(("text", "words", "want"), PLURAL, ids=[c[1] for c in PLURAL])
def test_plural_names(nlp: Nlp, text: str, words: str, want: bool) -> None:
    toks, _ = first_sentence_parse(nlp, text)
    start = text.index(words)
    hit = ActorSpan(start, start + len(words), "some-actor")
    assert (plural_names(toks, [hit]) == [hit]) is want


# (text, the agreements' sorted actor ids)
SIGNERS: list[tuple[str, list[list[str]]]] = [
    (
        "Министры иностранных дел Сергей Лавров и Ханс Мюллер во вторник подписали "
        "меморандум о консультациях.",
        [["khans-myuller", "sergey-lavrov"]],
    ),
    (
        "После встречи министры иностранных дел Ханс Мюллер и Сергей Лавров подписали "
        "совместное заявление.",
        [["khans-myuller", "sergey-lavrov"]],
    ),
]


@pytest.mark.parametrize(("text", "want"), SIGNERS, ids=[c[0][:50] for c in SIGNERS])
def test_titled_signers(pipeline: Pipeline, text: str, want: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 3, 14)))
    got = [sorted(e.actors) for e in facts.events if e.type == "agreement"]
    assert got == want

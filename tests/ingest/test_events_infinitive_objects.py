"""A proposal made at a press conference (interview) tells that appearance too
(said_and_done.at_appearance), and a noun after the infinitive a parser made a second
subject is the infinitive's object (infinitive_objects.py). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.infinitive_objects import objects_of_infinitive
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PAST = {"VerbForm": "Fin", "Tense": "Past", "Number": "Sing", "Gender": "Masc"}


def _tok(i: int, text: str, lemma: str, pos: str, **feats: str) -> Token:
    return Token(start=i, end=i + 1, text=text, lemma=lemma, pos=pos, feats=dict(feats))


def _parse(animacy: str, obj: bool) -> tuple[list[Token], list[int], list[str]]:
    """«Канцлер предложил созвать [план] форум», the noun a second subject of the verb."""
    toks = [
        _tok(0, "Канцлер", "канцлер", "NOUN", Number="Sing", Gender="Masc", Animacy="Anim"),
        _tok(1, "предложил", "предложить", "VERB", **PAST),
        _tok(2, "созвать", "созвать", "VERB", VerbForm="Inf"),
        _tok(3, "план", "план", "NOUN", Animacy="Inan"),
        _tok(4, "форум", "форум", "NOUN", Number="Sing", Gender="Masc", Animacy=animacy),
    ]
    heads = [1, -1, 1, 2, 1]
    rels = ["nsubj", "root", "xcomp", "obj" if obj else "obl", "nsubj"]
    return toks, heads, rels


# (animacy of the second subject, the infinitive has an object already, moved)
CASES = [
    ("Inan", False, True),  # «созвать форум»: the forum is what is to be convened
    ("Anim", False, False),  # a person after the infinitive may well be a subject
    ("Inan", True, False),  # the infinitive has its object: leave the parse alone
]


@pytest.mark.parametrize(("animacy", "obj", "moved"), CASES)
def test_objects_of_infinitive(animacy: str, obj: bool, moved: bool) -> None:
    toks, heads, rels = _parse(animacy, obj)
    objects_of_infinitive(toks, heads, rels)
    assert (heads[4], rels[4]) == ((2, "obj") if moved else (1, "nsubj"))


SENTENCES = [
    (
        "На итоговой пресс-конференции канцлер Шольц предложил созвать к осени "
        "форум ОБСЕ, посвященный безопасности на континенте.",
        {"press-conference", "proposal"},
    ),
    (
        "В интервью газете «Асахи» министр Лавров предложил Токио вернуться к "
        "переговорам о мирном договоре.",
        {"interview", "proposal"},
    ),
]


@pytest.mark.parametrize(("text", "types"), SENTENCES)
def test_appearance_and_proposal(pipeline: Pipeline, text: str, types: set[str]) -> None:
    events = pipeline.process(raw_article(text, dt.date(2023, 3, 9))).events
    assert {e.type for e in events} == types

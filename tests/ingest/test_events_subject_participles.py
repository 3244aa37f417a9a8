"""A participle phrase the parser makes a second subject («Визит Обамы, намеченный на начало
сентября, не состоится») qualifies the subject before it (participles.subject_participles),
so a called-off happening keeps the day it was due. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.participles import subject_participles
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2013, 8, 9)


def _tok(text: str, pos: str, **feats: str) -> Token:
    return Token(0, 0, text, text, pos, dict(feats))


@pytest.mark.parametrize(
    ("gender", "moved"),
    [("Masc", True), ("Fem", False)],  # «визит, намеченная»: no agreement, no move
)
def test_subject_participle_on_its_noun(gender: str, moved: bool) -> None:
    toks = [
        _tok("Визит", "NOUN", Case="Nom", Number="Sing", Gender="Masc"),
        _tok(",", "PUNCT"),
        _tok("намеченный", "VERB", VerbForm="Part", Case="Acc", Number="Sing", Gender=gender),
        _tok(",", "PUNCT"),
        _tok("состоится", "VERB", VerbForm="Fin"),
    ]
    heads, rels = [4, 2, 4, 2, -1], ["nsubj", "punct", "nsubj", "punct", "root"]
    subject_participles(toks, heads, rels)
    assert (heads[2], rels[2]) == ((0, "acl") if moved else (4, "nsubj"))


def test_called_off_visit_keeps_its_due_day(pipeline: Pipeline) -> None:
    text = "Визит Барака Обамы в Москву, намеченный на 4 сентября, не состоится."
    events = pipeline.process(raw_article(text, PUBLISHED)).events
    got = [(e.type, e.status, e.date.value.start) for e in events]
    assert got == [("visit", "cancelled", dt.date(2013, 9, 4))]

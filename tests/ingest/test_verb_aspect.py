"""A finite verb's aspect and tense set right by the dictionary (verb_aspect.py), on
sentences of our own where the tagger takes an imperfective present («высылает») for a
perfective future: the act the words report is then the day's news, not a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from app.ingest.verb_aspect import dictionary_aspect, set_right
from tests.ingest.helpers import raw_article

WED = dt.date(2019, 3, 13)

# (dictionary readings of a form, the aspect they agree on)
READINGS: list[tuple[list[set[str]], str | None]] = [
    ([{"VERB", "impf", "tran", "sing", "3per", "pres", "indc"}], "Imp"),
    ([{"VERB", "perf", "intr", "sing", "3per", "futr", "indc"}], "Perf"),
    # «проводит», «казнит»: read both ways, the tagger decides
    (
        [
            {"VERB", "impf", "tran", "sing", "3per", "pres", "indc"},
            {"VERB", "perf", "tran", "sing", "3per", "futr", "indc"},
        ],
        None,
    ),
    # a past form tells nothing of the non-past; a noun reading is no verb's
    ([{"VERB", "perf", "masc", "sing", "past", "indc"}], None),
    ([{"NOUN", "inan", "masc", "sing", "nomn"}], None),
]


@pytest.mark.parametrize(("readings", "aspect"), READINGS)
def test_dictionary_aspect(readings: list[set[str]], aspect: str | None) -> None:
    assert dictionary_aspect(readings) == aspect


FIN = {"Mood": "Ind", "Person": "3", "VerbForm": "Fin"}

# (pos, features, dictionary aspect, aspect and tense after)
FEATURES: list[tuple[str, dict[str, str], str | None, tuple[str | None, str | None]]] = [
    ("VERB", {**FIN, "Aspect": "Perf", "Tense": "Fut"}, "Imp", ("Imp", "Pres")),
    ("VERB", {**FIN, "Aspect": "Imp", "Tense": "Pres"}, "Perf", ("Perf", "Fut")),
    ("VERB", {**FIN, "Aspect": "Perf", "Tense": "Fut"}, None, ("Perf", "Fut")),
    # the past and the infinitive keep the tagger's features
    ("VERB", {**FIN, "Aspect": "Perf", "Tense": "Past"}, "Imp", ("Perf", "Past")),
    ("VERB", {"Aspect": "Perf", "VerbForm": "Inf"}, "Imp", ("Perf", None)),
]


@pytest.mark.parametrize(("pos", "feats", "aspect", "after"), FEATURES)
def test_set_right(
    pos: str,
    feats: dict[str, str],
    aspect: str | None,
    after: tuple[str | None, str | None],
) -> None:
    got = set_right(pos, feats, aspect)
    assert (got.get("Aspect"), got.get("Tense")) == after


# (sentence, verb, its aspect and tense)
TAGGED: list[tuple[str, str, tuple[str, str]]] = [
    ("Премьер объявил, что Рим высылает шесть дипломатов.", "высылает", ("Imp", "Pres")),
    ("Канцлер объявил, что Берлин высылает двадцать дипломатов.", "высылает", ("Imp", "Pres")),
    ("Министр заявил, что Рим вышлет шесть дипломатов.", "вышлет", ("Perf", "Fut")),
]


@pytest.mark.parametrize(("text", "verb", "after"), TAGGED)
def test_tagged(text: str, verb: str, after: tuple[str, str]) -> None:
    (tok,) = [t for t in Nlp.load().analyse(text).tokens if t.text == verb]
    assert (tok.feats.get("Aspect"), tok.feats.get("Tense")) == after


# (sentence, the sanctions events: start day, status)
EXPELLED: list[tuple[str, list[tuple[dt.date | None, str]]]] = [
    # the expulsion the words report is the day's news, beside the statement
    ("Премьер в среду объявил, что Рим высылает шесть дипломатов.", [(WED, "happened")]),
    ("Канцлер в среду объявил, что Берлин высылает двадцать дипломатов.", [(WED, "happened")]),
]


@pytest.mark.parametrize(("text", "expected"), EXPELLED)
def test_reported_expulsion(
    pipeline: Pipeline, text: str, expected: list[tuple[dt.date | None, str]]
) -> None:
    facts = pipeline.process(raw_article(text, WED))
    got = [(e.date.value.start, e.status) for e in facts.events if e.type == "sanctions"]
    assert got == expected

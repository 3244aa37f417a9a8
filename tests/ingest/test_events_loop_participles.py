"""A participle phrase after a counterpart, that the parser closed in a loop with the noun
(participles.loop_participles): the participle goes back under the noun it agrees with,
and the noun back under the verb, so a meeting keeps its counterpart. An arrival told so
is a visit of its own only when it names where the party came, or a visit
(participles.arrived_for): «приехавшим на саммит» names only the gathering. Sentences of
our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.participles import loop_participles
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article


def _tok(text: str, pos: str, **feats: str) -> Token:
    return Token(0, 0, text, text, pos, dict(feats))


def _part(case: str, gender: str) -> Token:
    return _tok(
        "приехавшим", "VERB", VerbForm="Part", Voice="Act", Case=case, Number="Sing",
        Gender=gender,
    )  # fmt: skip


# «Путин встретился с президентом Кастро, приехавшим на саммит»: the loop the parser left
# (the participle a second root, the noun on it); the participle's case and gender.
@pytest.mark.parametrize(
    ("case", "gender", "mended"),
    [
        ("Ins", "Masc", True),
        ("Dat", "Masc", False),  # «президентом, приехавшим» in another case: not its noun
        ("Ins", "Fem", False),  # nor in another gender
    ],
)
def test_loop_participle_back_on_its_noun(case: str, gender: str, mended: bool) -> None:
    toks = [
        _tok("Путин", "PROPN", Case="Nom", Number="Sing", Gender="Masc"),
        _tok("встретился", "VERB", VerbForm="Fin"),
        _tok("с", "ADP"),
        _tok("президентом", "NOUN", Case="Ins", Number="Sing", Gender="Masc"),
        _tok("Кастро", "PROPN", Case="Ins", Number="Sing", Gender="Masc"),
        _tok(",", "PUNCT"),
        _part(case, gender),
        _tok("на", "ADP"),
        _tok("саммит", "NOUN", Case="Acc", Number="Sing", Gender="Masc"),
        _tok(".", "PUNCT"),
    ]
    heads = [1, -1, 3, 6, 3, 6, -1, 8, 6, 1]
    rels = ["nsubj", "root", "case", "obl", "appos", "punct", "acl", "case", "obl", "punct"]
    loop_participles(toks, heads, rels)
    if mended:
        assert (heads[3], heads[6], rels[6]) == (1, 3, "acl")
    else:
        assert (heads[3], heads[6]) == (6, -1)


# Sentences on which the parser closes that loop: the meeting has both sides.
CASES: list[tuple[str, list[str]]] = [
    (
        "В пятницу Путин встретился с турецким президентом Реджепом Эрдоганом, приехавшим "
        "на саммит в качестве гостя.",
        ["recep-tayyip-erdogan", "vladimir-putin"],
    ),
    (
        "Вечером Путин побеседовал с казахстанским президентом Нурсултаном Назарбаевым, "
        "прилетевшим на саммит в качестве почетного гостя.",
        ["nursultan-nazarbayev", "vladimir-putin"],
    ),
    (
        "В четверг Медведев встретился с китайским премьером Вэнь Цзябао, прибывшим на "
        "форум в качестве наблюдателя.",
        ["dmitry-medvedev", "wen-jiabao"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meeting_keeps_counterpart(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 8, 23)))
    meetings = [sorted(e.actors) for e in facts.events if e.type == "meeting"]
    assert meetings == [expected]


# The types of the events: an arrival naming only the gathering is no visit of its own.
ARRIVALS: list[tuple[str, list[str]]] = [
    (
        "В среду Лавров встретился с иранским министром Аббасом Аракчи, приехавшим на форум "
        "в качестве гостя.",
        ["meeting"],
    ),
    (
        "В четверг Путин встретился с премьером Японии Синдзо Абэ, прибывшим в российскую столицу.",
        ["meeting", "visit"],
    ),
    (
        "В пятницу Путин провел переговоры с президентом Ирана Эбрахимом Раиси, прилетевшим "
        "в Москву с рабочим визитом.",
        ["talks", "visit"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARRIVALS)
def test_arrival_visit_needs_where(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 8, 23)))
    assert sorted(e.type for e in facts.events) == expected

"""Sanctions (sanctions.py): the target is named, not a party; sanctions spoken of are no
event; who announces their own sanctions imposed them. Sentences of our own; each row: text,
then (type, sorted participant ids, sorted target ids) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.sanctions import other_targets
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2025, 3, 14)

CASES: list[tuple[str, list[tuple[str, list[str], list[str]]]]] = [
    # «против X»: the target.
    (
        "Минфин США 12 марта ввёл санкции против Газпромбанка.",
        [("sanctions", ["us-treasury"], ["gazprombank"])],
    ),
    # Each of a list after «против».
    (
        "Евросоюз 12 марта ввёл санкции против Сбербанка и Альфа-Банка.",
        [("sanctions", ["eu"], ["alfa-bank", "sberbank"])],
    ),
    # The object of «внести в список», however the parser links a fronted object.
    (
        "Минфин США 12 марта внёс Сбербанк в SDN-список.",
        [("sanctions", ["us-treasury"], ["sberbank"])],
    ),
    # Announcing one's own sanctions is imposing them: no statement beside them.
    (
        "Минфин США 12 марта объявил о включении Сбербанка в санкционный список.",
        [("sanctions", ["us-treasury"], ["sberbank"])],
    ),
    (
        "Великобритания 12 марта объявила о санкциях против Сбербанка.",
        [("sanctions", ["uk"], ["sberbank"])],
    ),
    # Announced with no date of their own, they are still the act (on the day of the words);
    # a possibility announced is only words.
    (
        "Евросоюз объявил о введении санкций против Сбербанка.",
        [("sanctions", ["eu"], ["sberbank"])],
    ),
    ("Великобритания объявила о высылке трёх дипломатов.", [("sanctions", ["uk"], [])]),
    (
        "Великобритания объявила о возможной высылке дипломатов.",
        [("statement", ["uk"], [])],
    ),
    # Sanctions spoken of, none imposed: only the statement.
    ("Лавров 12 марта заявил о неприемлемости санкций.", [("statement", ["sergey-lavrov"], [])]),
    # Words telling of someone else's act keep both.
    (
        "Лавров 12 марта заявил, что Евросоюз ввёл санкции против России.",
        [("statement", ["sergey-lavrov"], []), ("sanctions", ["eu"], ["russia"])],
    ),
    # A demand to cut or close a mission (worded_acts.py): whom it is made of is the target.
    (
        "Госдепартамент США 12 марта потребовал от России закрыть генконсульство в Сиэтле.",
        [("sanctions", ["us-state-department"], ["russia"])],
    ),
    (
        "МИД России 12 марта потребовал от США сократить персонал посольства.",
        [("sanctions", ["russian-mfa"], ["usa"])],
    ),
    # Only the one the demand is made of is named: no one to have imposed anything.
    ("Министерство 12 марта потребовало от США закрыть генконсульство.", []),
    # «в отношении X» (one fixed preposition to the parser) names the target as «против» does.
    (
        "Евросоюз 12 марта ввёл санкции в отношении Сбербанка.",
        [("sanctions", ["eu"], ["sberbank"])],
    ),
    # Sanctions inside a bill: whoever passes the bill imposes them, the states are targets.
    (
        "Сенат США 12 марта одобрил законопроект, вводящий санкции против Ирана и Сирии.",
        [("sanctions", ["us-senate"], ["iran", "syria"])],
    ),
    # The subject of «попасть под санкции» is their target, not who imposed them.
    (
        "Под санкции Евросоюза 12 марта попали Сбербанк и Альфа-Банк.",
        [("sanctions", ["eu"], ["alfa-bank", "sberbank"])],
    ),
    (
        "Минфин США 12 марта ввёл санкции, под них попал Газпромбанк.",
        [("sanctions", ["us-treasury"], ["gazprombank"])],
    ),
    (
        "Ответные меры стали откликом на законопроект о санкциях в отношении Ирана, который "
        "сенат США одобрил 12 марта.",
        [("sanctions", ["us-senate"], ["iran"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_sanctions(
    pipeline: Pipeline, text: str, want: list[tuple[str, list[str], list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (
            e.type,
            sorted(a for a in e.actors if e.roles.get(a) != "subject"),
            sorted(a for a in e.actors if e.roles.get(a) == "subject"),
        )
        for e in facts.events
    ]
    assert sorted(got) == sorted(want)


def test_announced_on_the_day_of_the_words(pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article("Евросоюз объявил о высылке дипломатов.", PUBLISHED))
    assert [(e.type, e.date.value.start) for e in facts.events] == [("sanctions", PUBLISHED)]


def test_the_title_names_the_target(pipeline: Pipeline) -> None:
    from app.ingest.stored_titles import title_ru

    facts = pipeline.process(raw_article(CASES[0][0], PUBLISHED))
    assert title_ru(facts.events[0], facts) == "Санкции Минфина США против „Газпромбанка“"


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ({"x"}, {"y"}, True),
        ({"x"}, {"x", "y"}, False),
        (set(), {"y"}, False),  # one report names no target: may be the same
    ],
)
def test_other_targets(a: set[str], b: set[str], apart: bool) -> None:
    assert other_targets(frozenset(a), frozenset(b)) is apart

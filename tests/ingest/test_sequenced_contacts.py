"""One verb, several separate contacts (sequenced_contacts.py), on sentences of our own.

A second «с» + person repeated after a word that orders or adds («, а также с», «и отдельно
с», «, после чего с», «, а затем и с») tells a contact of its own with the same visitor;
one «с» over joined persons stays one joint contact. Each row: text, then (type, sorted
actor ids) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # «, а также с»: a second counterpart added, each met on his own.
    (
        "В четверг Лавров встретится с министром Ван И, а также с председателем Си Цзиньпином.",
        [
            ("meeting", ["sergey-lavrov", "wang-yi"]),
            ("meeting", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # ... with a relative clause on the first counterpart between them.
    (
        "Вчера Путин провёл переговоры с Моди, чья страна председательствует в группе, а также с "
        "Си Цзиньпином.",
        [
            ("talks", ["narendra-modi", "vladimir-putin"]),
            ("talks", ["vladimir-putin", "xi-jinping"]),
        ],
    ),
    # «и отдельно с»: apart, by the word itself.
    (
        "3 июня Лавров побеседовал с Хаканом Фиданом и отдельно с Эрдоганом.",
        [
            ("meeting", ["hakan-fidan", "sergey-lavrov"]),
            ("meeting", ["recep-tayyip-erdogan", "sergey-lavrov"]),
        ],
    ),
    # «, после чего с»: one after the other.
    (
        "Во вторник Путин встретился с Эрдоганом, после чего с Моди.",
        [
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
            ("meeting", ["narendra-modi", "vladimir-putin"]),
        ],
    ),
    # «, а затем и с»: the particle «и» after the adverb.
    (
        "4 июня Лавров провёл переговоры с Ван И, а затем и с Си Цзиньпином.",
        [
            ("talks", ["sergey-lavrov", "wang-yi"]),
            ("talks", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # The subject after the verb: the visitor of both, not a first counterpart.
    (
        "Во вторник встретился Путин с Эрдоганом, а затем с Моди.",
        [
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
            ("meeting", ["narendra-modi", "vladimir-putin"]),
        ],
    ),
    (
        "В Пекине 4 июня провёл переговоры Лавров с Ван И, а также с Си Цзиньпином.",
        [
            ("talks", ["sergey-lavrov", "wang-yi"]),
            ("talks", ["sergey-lavrov", "xi-jinping"]),
        ],
    ),
    # A chain of markers: a contact with each.
    (
        "Во вторник Путин встретился с Эрдоганом, затем с Моди, а также с Си Цзиньпином.",
        [
            ("meeting", ["recep-tayyip-erdogan", "vladimir-putin"]),
            ("meeting", ["narendra-modi", "vladimir-putin"]),
            ("meeting", ["vladimir-putin", "xi-jinping"]),
        ],
    ),
    # A call with «с» said again before each person: one call with each.
    (
        "В субботу Путин созвонился с Эрдоганом, с Моди и с Си Цзиньпином.",
        [
            ("call", ["recep-tayyip-erdogan", "vladimir-putin"]),
            ("call", ["narendra-modi", "vladimir-putin"]),
            ("call", ["vladimir-putin", "xi-jinping"]),
        ],
    ),
    # ... but one «с» over them: one call of them all.
    (
        "В субботу Путин созвонился с Эрдоганом и Моди.",
        [("call", ["narendra-modi", "recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    # A meeting with «с» said again and no marker: left joint.
    (
        "В четверг Лавров встретится с Ван И и с Си Цзиньпином.",
        [("meeting", ["sergey-lavrov", "wang-yi", "xi-jinping"])],
    ),
    # One «с» over two persons: one joint meeting of all three.
    (
        "В четверг Лавров встретится с Ван И и Си Цзиньпином.",
        [("meeting", ["sergey-lavrov", "wang-yi", "xi-jinping"])],
    ),
    # «также» with no comma and coordinator before it adds to nothing in the sentence.
    (
        "Во вторник Путин встретился также с Моди.",
        [("meeting", ["narendra-modi", "vladimir-putin"])],
    ),
    # The added «с» names no person: nothing to split off.
    (
        "Во вторник Путин встретился с Моди, а также с представителями деловых кругов.",
        [("meeting", ["narendra-modi", "vladimir-putin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sequenced_contacts(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected


def test_split_contacts_share_day_status_and_sentence(pipeline: Pipeline) -> None:
    text = "7 июня Лавров встретится с министром Ван И, а также с председателем Си Цзиньпином."
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    assert len(facts.events) == 2
    first, second = facts.events
    assert first.date == second.date
    assert first.date.value.start == dt.date(2024, 6, 7)
    assert first.status == second.status == "planned"
    assert first.sentences == second.sentences
    assert first.venue == second.venue

"""A contact held on the sidelines of a gathering (sidelines.py, occasion.py), on
sentences of our own: the gathering is the setting, the organisation that met no party
to the contact. Each row: text, then (type, sorted actor ids) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # Talks on the sidelines of a summit: the talks, read before the summit that outranks
    # them as a meeting, and the summit's organisation out of them.
    (
        "Путин и Си Цзиньпин во вторник провели переговоры на полях саммита ШОС.",
        [("talks", ["vladimir-putin", "xi-jinping"])],
    ),
    (
        "Путин и Моди во вторник провели переговоры в кулуарах саммита БРИКС.",
        [("talks", ["narendra-modi", "vladimir-putin"])],
    ),
    # The gathering's noun is the only trigger: its members' organisation stays out when
    # the contact's parties are named outside the phrase.
    (
        "Лавров и Ван И во вторник перекинулись парой слов на полях встречи министров "
        "иностранных дел «Большой двадцатки».",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    # The summit told as a happening of its own keeps its organisation.
    (
        "Саммит ШОС пройдёт в Астане 3 июля.",
        [("meeting", ["sco"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sidelines(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

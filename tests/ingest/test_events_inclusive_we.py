"""«Мы с X», «они с X»: a plural pronoun with «с» names X and the person the sentence is told
by (inclusive_we.py), on sentences of our own. Each row: text, then (type, sorted actor ids)
of every agreement, meeting or talks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

KINDS = frozenset({"agreement", "meeting", "talks"})

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # Reported words: «они» is the speaker and the one named with «с».
    (
        "Канцлер Германии Олаф Шольц сообщил, что они с Си Цзиньпином договорились "
        "создать рабочую группу.",
        [("agreement", ["olaf-scholz", "xi-jinping"])],
    ),
    # Quoted words, the speaker after them (a new meeting agreed on would be undated and
    # still to come: arranged.agreed_on).
    (
        "«Мы с Си Цзиньпином провели переговоры», — сказал Олаф Шольц.",
        [("talks", ["olaf-scholz", "xi-jinping"])],
    ),
    # The speaker in the sentence before.
    (
        "Олаф Шольц выступил перед журналистами в Пекине. "
        "По его словам, они с Си Цзиньпином договорились создать рабочую группу.",
        [("agreement", ["olaf-scholz", "xi-jinping"])],
    ),
    # «с X» on a noun, not on the pronoun: nothing more is read.
    (
        "Олаф Шольц провел переговоры с Си Цзиньпином.",
        [("talks", ["olaf-scholz", "xi-jinping"])],
    ),
    # The other member read already from «он» of the clause before: no third party is
    # reached for (the host of the visit told first stays out).
    (
        "Владимир Путин не раз принимал американских гостей. Джон Керри был упорным "
        "собеседником Москвы. В конце 2015 года он снова приезжал в Кремль, а 9 сентября "
        "2016 года в Вене они с Лавровым согласовали план прекращения огня.",
        [("agreement", ["john-kerry", "sergey-lavrov"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_inclusive_we_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type in KINDS]
    assert got == expected

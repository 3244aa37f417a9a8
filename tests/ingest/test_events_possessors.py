"""A possessive pronoun on a contact noun names its agent (possessors.py, coref.py), on
sentences of our own. Each row: text, then (type, sorted actor ids) of every contact event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CONTACT = frozenset({"call", "meeting", "talks"})

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # The visitor of the sentence before owns the talks.
    (
        "Канцлер Германии Олаф Шольц прилетел в Пекин. "
        "Его переговоры с Си Цзиньпином начнутся в пятницу.",
        [("talks", ["olaf-scholz", "xi-jinping"])],
    ),
    (
        "Президент Турции Реджеп Тайип Эрдоган прибыл в Москву. "
        "Его встреча с Сергеем Лавровым продлилась два часа.",
        [("meeting", ["recep-tayyip-erdogan", "sergey-lavrov"])],
    ),
    # The possessive after a verb of planning.
    (
        "Канцлер Германии Олаф Шольц прилетел в Пекин. "
        "На четверг намечены его переговоры с председателем КНР Си Цзиньпином.",
        [("talks", ["olaf-scholz", "xi-jinping"])],
    ),
    # The pronoun after its noun.
    (
        "Канцлер Германии Олаф Шольц прилетел в Пекин. "
        "Переговоры его с Си Цзиньпином продлились три часа.",
        [("talks", ["olaf-scholz", "xi-jinping"])],
    ),
    # «её» stands for no man.
    (
        "Канцлер Германии Олаф Шольц прилетел в Пекин. "
        "Её переговоры с Си Цзиньпином начнутся в пятницу.",
        [("talks", ["xi-jinping"])],
    ),
    # Never for the counterpart the noun names itself.
    (
        "Си Цзиньпин прилетел в Москву. Его переговоры с Сергеем Лавровым прошли в среду.",
        [("talks", ["sergey-lavrov", "xi-jinping"])],
    ),
    # «их»: a group, not found this way.
    (
        "Канцлер Германии Олаф Шольц прилетел в Пекин. "
        "Их переговоры с Си Цзиньпином начнутся в пятницу.",
        [("talks", ["xi-jinping"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_possessor_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2025, 5, 21)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type in CONTACT]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        # In reported words, the speaker of the same sentence owns the visit, not a
        # person named earlier.
        (
            "Си Цзиньпин пригласил канцлера в Пекин. "
            "В мае Олаф Шольц говорил, что его визит в Китай намечен на июль.",
            ["olaf-scholz"],
        ),
        (
            "Олаф Шольц пригласил лидера Китая в Берлин. "
            "В мае Си Цзиньпин говорил, что его визит в Германию намечен на июль.",
            ["xi-jinping"],
        ),
    ],
)
def test_possessor_in_reported_words(pipeline: Pipeline, text: str, visitor: list[str]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2025, 5, 21)))
    visits = [sorted(e.actors) for e in facts.events if e.type == "visit"]
    assert visits == [visitor]

"""A pronoun subject of a verb told at a joint press conference with someone is a party of
the press conference (joint_pronoun.py), on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[list[str]]]] = [
    # «он» is the minister of the sentence before; the partner is named with «с».
    (
        "Сергей Лавров оценил итоги визита. "
        "Об этом он сказал на совместной пресс-конференции с Си Цзиньпином.",
        [["sergey-lavrov", "xi-jinping"]],
    ),
    (
        "Канцлер Германии Олаф Шольц прокомментировал переговоры. "
        "Он заявил на пресс-конференции с Си Цзиньпином, что стороны договорились.",
        [["olaf-scholz", "xi-jinping"]],
    ),
    # «она» stands for no man: the partner alone.
    (
        "Сергей Лавров оценил итоги визита. "
        "Об этом она сказала на совместной пресс-конференции с Си Цзиньпином.",
        [["xi-jinping"]],
    ),
    # A named speaker is read so already.
    (
        "На совместной пресс-конференции с Си Цзиньпином Олаф Шольц призвал к диалогу.",
        [["olaf-scholz", "xi-jinping"]],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joint_pronoun_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2025, 5, 21)))
    got = [sorted(e.actors) for e in facts.events if e.type == "press-conference"]
    assert got == expected

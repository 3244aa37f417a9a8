"""The next, the put-off or the previous sitting of a contact told before is the states'
as much as the people's who sat at this one (next_round.next_parties: each person's one
state beside him), on sentences of our own. Each row: text, then (type, status, sorted
actor ids) of each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "Сергей Лавров и Хакан Фидан провели переговоры в Москве во вторник. Следующий "
        "раунд переговоров пройдет в Анкаре.",
        [
            ("talks", "happened", ["hakan-fidan", "sergey-lavrov"]),
            ("talks", "planned", ["hakan-fidan", "russia", "sergey-lavrov", "turkey"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_next_round_states(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, e.status, sorted(e.actors)) for e in facts.events]
    assert got == expected

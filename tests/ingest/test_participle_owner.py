"""A singular participle's happening is its own noun's alone («X, находящийся в России с
визитом, и Y»: X's visit, not Y's), where a plural one agrees with every conjunct (tree.py,
_singular), on sentences of our own. Each row: text, then (type, sorted actor ids) of
each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "На выставке были министр иностранных дел Египта Самех Шукри, находящийся в "
        "России с рабочим визитом, и министр сельского хозяйства Дмитрий Патрушев.",
        [("visit", ["sameh-shoukry"])],
    ),
    # Plural: both came.
    (
        "Министр Самех Шукри и министр Сергей Лавров, прибывшие в Москву с визитом, "
        "провели встречу.",
        [("meeting", ["sameh-shoukry", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_participle_owner(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2023, 3, 12)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

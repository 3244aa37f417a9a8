"""A body that is a party of a contact it announces as planned («Росморречфлот и Береговая
охрана проведут раунд ..., сообщили в пресс-службе Росморречфлота») makes its own plan
known: the plan is the event, the body its source, no statement beside it; a body of no
part in the plan stays a speaker (events/sourcing.source_only), on sentences of our own.
Each row: text, then (type, status, sorted actor ids) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "Росморречфлот и Береговая охрана США проведут следующий раунд консультаций в апреле"
        " в Анкоридже, сообщили в пресс-службе Росморречфлота.",
        [("talks", "planned", ["okhrana-ssha", "rosmorrechflot"])],
    ),
    # The State Department has no part in talks of Lavrov and Wang Yi: its words stay.
    (
        "Лавров и Ван И проведут переговоры в мае, сообщили в Госдепартаменте.",
        [
            ("statement", "happened", ["us-state-department"]),
            ("talks", "planned", ["sergey-lavrov", "wang-yi"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_own_plan_source(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2015, 11, 12)))
    assert [(e.type, e.status, sorted(e.actors)) for e in facts.events] == expected

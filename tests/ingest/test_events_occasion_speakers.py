"""Who speaks at a press conference, briefing or interview told by a noun: not whom the
words name (occasion_speakers.py), on sentences of our own. Each row: article text, then
the events as (type, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

LAVROV_FIDAN = ["hakan-fidan", "sergey-lavrov"]

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # The state named in what was said («что Украина не готова») is no speaker; the joint
    # press conference is held by the parties of the talks told before.
    (
        "Лавров провёл переговоры с Фиданом. "
        "Лавров заявил на совместной пресс-конференции, что Украина не готова к миру.",
        [("talks", LAVROV_FIDAN), ("press-conference", LAVROV_FIDAN)],
    ),
    # With no contact told before, the speaker alone.
    (
        "Путин заявил на совместной пресс-конференции, что Россия готова вернуться к сделке.",
        [("press-conference", ["vladimir-putin"])],
    ),
    (
        "Эрдоган сказал на брифинге, что Россия готова к переговорам.",
        [("press-conference", ["recep-tayyip-erdogan"])],
    ),
    # A partner named with the occasion itself («с Фиданом») speaks at it.
    (
        "На совместной пресс-конференции с Фиданом Лавров заявил, что Турция остается партнером.",
        [("press-conference", LAVROV_FIDAN)],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_occasion_speakers(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2025, 3, 6)))
    assert [(e.type, sorted(e.actors)) for e in facts.events] == expected

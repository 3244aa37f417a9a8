"""An infinitive completing a verb in the future tells a happening to come, fronted or not:
«Подписать его поедет лично президент», «Ратифицировать договор парламент будет не раньше
осени» (future_aux.future_infinitive, used by clause_mood.future_clause); the same with the
governing verb in the past stays a happening told as done. On sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2024, 5, 16)

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # To come: no signing or ratification told as done.
    ("Подписать договор о дружбе от имени России поедет лично Владимир Путин.", []),
    (
        "Ратифицировать договор о дружбе Государственная дума, по словам депутатов, будет не "
        "раньше осени.",
        [],
    ),
    ("Подписать договор о дружбе Владимир Путин будет лично.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_future_infinitive_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = sorted((e.type, e.status) for e in facts.events if e.type == "agreement")
    assert got == sorted(expected)


def test_past_governor_still_done(pipeline: Pipeline) -> None:
    """Under a verb in the past the infinitive is no plan: the agreement is read as before."""
    text = "Подписать договор о дружбе 14 мая в Москву приезжал Владимир Путин."
    facts = pipeline.process(raw_article(text, PUB))
    assert all(e.status != "planned" for e in facts.events if e.type == "agreement")

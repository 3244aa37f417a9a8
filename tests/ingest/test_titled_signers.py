"""A document whose subject is a bare plural title («Президенты приняли заявление о ...
между Россией и США») when the states the sentence names are only its matter: the title
stands for the holders among the parties of the contact told before, beside the states
(stand_in_actors.py, plural_refs.titled_subject), and the document takes that contact's
day. Sentences of our own. Each row: text, then (type, sorted actor ids, start) of each
event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
CASES: list[tuple[str, list[tuple[str, list[str], D | None]]]] = [
    (
        "Владимир Путин и Джо Байден провели в среду переговоры в Женеве. Президенты "
        "приняли совместное заявление о стратегической стабильности между Россией и США.",
        [
            ("talks", ["joe-biden", "vladimir-putin"], D(2021, 6, 16)),
            ("agreement", ["joe-biden", "russia", "usa", "vladimir-putin"], D(2021, 6, 16)),
        ],
    ),
    # No title as the subject: the states named stay the only parties.
    (
        "Владимир Путин и Джо Байден провели в среду переговоры в Женеве. Позднее было "
        "принято совместное заявление о стратегической стабильности между Россией и США.",
        [
            ("talks", ["joe-biden", "vladimir-putin"], D(2021, 6, 16)),
            ("agreement", ["russia", "usa"], D(2021, 6, 16)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_titled_signers(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str], D | None]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2021, 6, 17)))
    got = [(e.type, sorted(e.actors), e.date.value.start) for e in facts.events]
    assert got == expected

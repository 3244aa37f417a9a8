"""A diplomatic note sent is the sender's statement ([verbs] «направить» with [needs]
«нота»), and where it is sent is no party to it (sent_to.py, [sent] in triggers.toml); on
sentences of our own. Each row: text, then (type, sorted actor ids) for each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # The addressee after «в» is where the note goes, not who speaks.
    (
        "Во вторник МИД России направил в посольство Японии ноту протеста.",
        [("statement", ["russian-mfa"])],
    ),
    (
        "В понедельник Министерство иностранных дел Китая направило ноту в МИД России.",
        [("statement", ["mid-kitaya"])],
    ),
    # Sending anything but a note is no statement.
    ("Во вторник МИД России направил в Японию делегацию экспертов.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sent_note(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

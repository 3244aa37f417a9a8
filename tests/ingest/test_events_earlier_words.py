"""Imperfective verbs of saying («называли») tell words of an earlier occasion: a statement
dated `before` publication (lexicon.REPORTING_VERBS, when.py). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)



# (text, [(type, actors sorted, precision)])
CASES = [
    # A body in the locative with an indefinite plural: the body's words, before publication.
    (
        "Ранее в МИД Польши называли такие призывы манипуляцией.",
        [("statement", ["mid-polshi"], "before")],
    ),
    # «так называемый» is no saying; nor is an indefinite «его называют» with no speaker.
    ("Выборы в так называемой ДНР прошли в воскресенье.", []),
    ("Его называют преемником Путина.", []),
    # Habitual words are no statement of one occasion.
    ("В Кремле неоднократно называли санкции незаконными.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_earlier_words(pipeline: Pipeline, text: str, expected: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    rows = [(e.type, sorted(e.actors), e.date.value.precision) for e in events]
    assert rows == expected

"""The end of a state's part in a treaty, announced (sourcing.ACTS_BY_WORD, the nouns
«приостановка», «приостановление»): «объявила о приостановке участия в договоре» is the
act itself, done on the day of the announcement, as «объявила о высылке дипломатов» is;
words about a suspension («заявил о недопустимости приостановки») are words only.
Sentences of our own. Each row: text, then (type, start, actors) of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

FRI = dt.date(2021, 9, 17)
THU = dt.date(2021, 9, 16)

CASES: list[tuple[str, list[tuple[str, dt.date | None, list[str]]]]] = [
    (
        "Россия в четверг объявила о приостановке участия в договоре по открытому небу.",
        [("expiry", THU, ["russia"])],
    ),
    (
        "16 сентября Анкара объявила о приостановлении действия соглашения с Египтом.",
        [("expiry", THU, ["turkey"])],
    ),
    # words about a suspension, none announced: the statement only
    (
        "Лавров в четверг заявил о недопустимости приостановки участия в договоре.",
        [("statement", THU, ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_announced_expiry(
    pipeline: Pipeline, text: str, expected: list[tuple[str, dt.date | None, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, FRI))
    got = [(e.type, e.date.value.start, sorted(e.actors)) for e in facts.events]
    assert got == expected

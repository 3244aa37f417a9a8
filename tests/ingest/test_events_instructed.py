"""A proposal told as instructed («президент поручил помощнику пригласить ...») is the
instructor's, made on the day of the instruction; reported as said, on the day of the words
(sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday


def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
INSTRUCTED = [
    # The instruction's day is the proposal's; the one told to invite is no proposer.
    (
        "Во вторник Дональд Трамп поручил помощнику пригласить Владимира Путина в Вашингтон.",
        [("proposal", "happened", ["donald-trump"], "2025-03-11", "day")],
    ),
    (
        "Трамп в среду распорядился пригласить Путина на переговоры в Вашингтон.",
        [("proposal", "happened", ["donald-trump"], "2025-03-12", "day")],
    ),
    # Reported: the instruction asserted in the words, on the day of the words; the
    # spokeswoman who tells of it made no proposal.
    (
        "В среду пресс-секретарь Белого дома Сара Сандерс сообщила, что Трамп поручил "
        "советнику пригласить Путина в Вашингтон.",
        [
            ("proposal", "happened", ["donald-trump"], "2025-03-12", "day"),
            ("statement", "happened", ["sara-sanders"], "2025-03-12", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INSTRUCTED)
def test_instructed_proposal(pipeline: Pipeline, text: str, expected: list) -> None:
    assert sorted(_rows(pipeline, text)) == sorted(expected)


# A proposal the words tell as made takes the day of the words.
SAID_PROPOSALS = [
    (
        "В среду Песков сообщил, что Путин пригласил Трампа в Москву.",
        [
            ("proposal", "happened", ["vladimir-putin"], "2025-03-12", "day"),
            ("statement", "happened", ["dmitry-peskov"], "2025-03-12", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAID_PROPOSALS)
def test_said_proposal_on_the_day_of_the_words(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert sorted(_rows(pipeline, text)) == sorted(expected)


# Not a verb of instructing, or not a proposal under it: nothing read as instructed.
NOT_INSTRUCTED = [
    # An instruction to hold talks is no proposal, and no talks held.
    (
        "Во вторник Трамп поручил Уиткоффу подготовить доклад о переговорах.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_INSTRUCTED)
def test_not_instructed(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [r for r in _rows(pipeline, text) if r[0] == "proposal"] == expected

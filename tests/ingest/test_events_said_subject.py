"""Who takes part in a happening the words report: a reported clause with no subject of its
own tells what the speaker did («сообщил, что провёл переговоры»); an infinitive whose
subject is that of the verb it completes («сообщил, что Трамп намерен встретиться») is that
subject's, not the speaker's (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday


def _contacts(pipeline: Pipeline, text: str) -> list:
    rows = speech_rows(pipeline.process(raw_article(text, PUB)).events)
    return [r for r in rows if r[0] in ("meeting", "talks", "call", "visit")]


# (text, [(type, status, actors sorted, date start, precision)])
CASES = [
    # The infinitive's subject is named: the speaker takes no part.
    (
        "Рубио сообщил, что Дональд Трамп намерен встретиться с Владимиром Путиным в мае.",
        [("meeting", "planned", ["donald-trump", "vladimir-putin"], "2025-05-01", "month")],
    ),
    (
        "Песков заявил, что Путин планирует встретиться с Трампом в мае.",
        [("meeting", "planned", ["donald-trump", "vladimir-putin"], "2025-05-01", "month")],
    ),
    # No subject of its own anywhere up the chain: the speaker's own plan.
    (
        "Лавров сообщил, что намерен встретиться с Рубио в мае.",
        [("meeting", "planned", ["marco-rubio", "sergey-lavrov"], "2025-05-01", "month")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_clause_subject(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _contacts(pipeline, text) == expected

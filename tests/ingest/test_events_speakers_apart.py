"""A verb of saying coordinated with another, each with a subject of its own, is two
statements (speakers_apart.py), on sentences of our own. Each row: article text,
publication date, and the events as (type, status, start, end, precision, sorted actor
ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2025, 3, 6)


def said(*actors: str) -> Ev:
    return ("statement", "happened", PUB, PUB, "day", sorted(actors))


CASES: list[tuple[str, list[Ev]]] = [
    # «а» joins two speakers' words: two statements.
    (
        "Лавров назвал переговоры полезными, а Фидан поблагодарил хозяев за приём.",
        [said("sergey-lavrov"), said("hakan-fidan")],
    ),
    # An occasion both spoke at stays one.
    (
        "На совместной пресс-конференции Лавров назвал переговоры полезными, а Фидан "
        "поблагодарил хозяев за приём.",
        [("press-conference", "happened", PUB, PUB, "day", ["hakan-fidan", "sergey-lavrov"])],
    ),
    # Two speakers of one verb: one statement of both.
    ("Лавров и Фидан заявили о росте торговли.", [said("hakan-fidan", "sergey-lavrov")]),
    # One speaker, two verbs: one statement.
    (
        "Лавров назвал переговоры полезными и поблагодарил хозяев за приём.",
        [said("sergey-lavrov")],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_apart(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

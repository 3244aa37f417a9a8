"""A published article is its author's statement, the author named in the genitive of the
noun (authored.py), on sentences of our own. Each row: article text, publication date, and
the events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date

CASES: list[tuple[str, D, list[Ev]]] = [
    # The author in the genitive of the piece the passive verb tells.
    (
        "Во вторник в газете была опубликована статья Лаврова о торговле с Турцией.",
        D(2025, 3, 6),
        [("statement", "happened", D(2025, 3, 4), D(2025, 3, 4), "day", ["sergey-lavrov"])],
    ),
    (
        "В среду на сайте МИД опубликована статья Лаврова о Балканах.",
        D(2025, 3, 6),
        [("statement", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", ["sergey-lavrov"])],
    ),
    # The author as the subject.
    (
        "Лавров 5 марта опубликовал статью о Балканах.",
        D(2025, 3, 6),
        [("statement", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", ["sergey-lavrov"])],
    ),
    # An article about a person is not theirs: the person is not in the genitive.
    (
        "В среду опубликована статья о Лаврове.",
        D(2025, 3, 6),
        [],
    ),
    # Words quoted by an impersonal verb from a published text: its author speaks, a body too.
    (
        "«Консульство закрыто до особого распоряжения», — отмечается в сообщении МИД Турции.",
        D(2025, 3, 6),
        [("statement", "happened", D(2025, 3, 6), D(2025, 3, 6), "day", ["mid-turtsii"])],
    ),
    (
        "В комментарии МИД Польши говорится, что посол будет вызван для объяснений.",
        D(2025, 3, 6),
        [("statement", "happened", D(2025, 3, 6), D(2025, 3, 6), "day", ["mid-polshi"])],
    ),
    # A medium's report is no statement of its own (the news is whoever it quotes).
    (
        "Как говорится в сообщении ТАСС, консульство закрыто.",
        D(2025, 3, 6),
        [],
    ),
    # A draft published stays a proposal.
    (
        "Россия 5 марта опубликовала проект договора о гарантиях.",
        D(2025, 3, 6),
        [("proposal", "happened", D(2025, 3, 5), D(2025, 3, 5), "day", ["russia"])],
    ),
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_published_article(pipeline: Pipeline, text: str, published: D, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected

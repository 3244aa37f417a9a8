"""A happening named again by its noun alone, as the subject of its sentence, retells the
one the article told before (retold.py): one more source of it, its date perhaps the better
one; with none told before (or a contact told with one side only) it is no event. Sentences
of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2025, 3, 14)  # a Friday



# (text, [(type, actors sorted, date start, sentences)])
CASES = [
    # The proposal retold takes the retelling's day.
    (
        "Президент России Владимир Путин предложил лидеру Монголии Ухнагийн Хурэлсуху "
        "приехать в Казань. Приглашение прозвучало накануне в Улан-Баторе.",
        [("proposal", ["vladimir-putin"], "2025-03-13", 2)],
    ),
    (
        "Сергей Лавров и Ван И провели переговоры в Пекине. Встреча состоялась в среду.",
        [("talks", ["sergey-lavrov", "wang-yi"], "2025-03-12", 2)],
    ),
    # Another one than the one told: not a retelling.
    (
        "Сергей Лавров и Ван И провели переговоры в Пекине. Следующая встреча состоялась "
        "в среду.",
        [("talks", ["sergey-lavrov", "wang-yi"], None, 1)],
    ),
    # Nothing told before: no event.
    ("Приглашение прозвучало накануне в Улан-Баторе.", []),
    # A contact told with one side: the retelling joins nothing.
    (
        "Сергей Лавров в среду провел встречу в Претории. Переговоры прошли в теплой "
        "атмосфере.",
        [("meeting", ["sergey-lavrov"], "2025-03-12", 1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_retold(pipeline: Pipeline, text: str, expected: list) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    got = [
        (
            e.type,
            sorted(e.actors),
            e.date.value.start.isoformat() if e.date.value.start else None,
            len(e.sentences),
        )
        for e in events
    ]
    assert got == expected

"""An appearance to come told in another speaker's words (future_words.py): the words keep
their own day, the appearance is planned on its day. Every sentence is written for these
tests: article text, publication date, and the events as (type, status, start, end,
precision, actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2021, 3, 15)

CASES: list[tuple[str, D | None, list[Ev]]] = [
    (
        "Песков сообщил, что Путин 18 марта выступит на пленарной сессии форума.",
        PUB,
        [
            ("statement", "happened", PUB, PUB, "day", ["dmitry-peskov"]),
            ("statement", "planned", D(2021, 3, 18), D(2021, 3, 18), "day", ["vladimir-putin"]),
        ],
    ),
    (
        "Захарова подтвердила, что Лавров в пятницу, 19 марта, выступит перед студентами МГИМО.",
        PUB,
        [
            ("statement", "happened", PUB, PUB, "day", ["maria-zakharova"]),
            ("statement", "planned", D(2021, 3, 19), D(2021, 3, 19), "day", ["sergey-lavrov"]),
        ],
    ),
    # the speaker's own appearance, with no subject of its own: the words, on their day
    (
        "Лавров сообщил, что 19 марта выступит перед студентами МГИМО.",
        PUB,
        [("statement", "happened", PUB, PUB, "day", ["sergey-lavrov"])],
    ),
    # an appearance gone by, told in the words: the words only
    (
        "Песков сообщил, что Путин выступил на пленарной сессии форума.",
        PUB,
        [("statement", "happened", PUB, PUB, "day", ["dmitry-peskov"])],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_future_words(pipeline: Pipeline, text: str, published: D | None, expected: list) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert event_rows(facts.events) == expected

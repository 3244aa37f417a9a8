"""A conversation with an outlet, on which words were said, is no meeting (outlets.py), on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)

CASES: list[tuple[str, list[Ev]]] = [
    # An outlet the reader does not know as media: the words only.
    (
        "Об этом Рябков сказал в среду в беседе с НСН.",
        [("statement", "happened", WED, WED, "day", ["sergey-ryabkov"])],
    ),
    # A person as the partner keeps the conversation a contact.
    (
        "Лавров в среду в беседе с Блинкеном заявил о готовности к диалогу.",
        [
            ("statement", "happened", WED, WED, "day", ["sergey-lavrov"]),
            ("meeting", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"]),
        ],
    ),
    # The press a happening was learnt from is no party to it (trigger_actors.py).
    (
        "В Кремле в среду сказали, что о приглашении узнали из прессы и СМИ.",
        [("statement", "happened", WED, WED, "day", ["kremlin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outlets_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""Who tells of his own contact with someone takes part in it (topic_teller.py): the
contact his words are about, or the occasion of a clause in them with no doer; on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)
EVE = D(2024, 6, 4)

CASES: list[tuple[str, list[Ev]]] = [
    # The contact the words are about names only its counterpart: the speaker is the other.
    (
        "Накануне Лавров сообщил о договоренности с Кулебой о продолжении консультаций.",
        [
            ("statement", "happened", EVE, EVE, "day", ["sergey-lavrov"]),
            ("agreement", "happened", EVE, EVE, "day", ["dmytro-kuleba", "sergey-lavrov"]),
        ],
    ),
    (
        "В среду Кулеба сообщил о встрече с Лавровым.",
        [
            ("statement", "happened", PUB, PUB, "day", ["dmytro-kuleba"]),
            ("meeting", "happened", PUB, PUB, "day", ["dmytro-kuleba", "sergey-lavrov"]),
        ],
    ),
    # A party of its own named: the speaker only tells of it.
    (
        "Накануне Лавров сообщил о встрече Путина с Кулебой.",
        [
            ("statement", "happened", EVE, EVE, "day", ["sergey-lavrov"]),
            ("meeting", "happened", EVE, EVE, "day", ["dmytro-kuleba", "vladimir-putin"]),
        ],
    ),
    # A spokesman tells of his principal's contacts, not of his own.
    (
        "Накануне пресс-секретарь президента Дмитрий Песков сообщил о договоренности с"
        " Кулебой.",
        [
            ("statement", "happened", EVE, EVE, "day", ["dmitry-peskov"]),
            ("agreement", "happened", EVE, EVE, "day", ["dmytro-kuleba"]),
        ],
    ),
    # The contact is the occasion of a clause in the words with no doer: the teller had it.
    (
        "В среду Лавров рассказал, что вопрос о консульствах обсуждался в ходе телефонного"
        " разговора с Кулебой во вторник.",
        [
            ("statement", "happened", PUB, PUB, "day", ["sergey-lavrov"]),
            ("call", "happened", EVE, EVE, "day", ["dmytro-kuleba", "sergey-lavrov"]),
        ],
    ),
    # A clause with a doer of its own tells that doer's contact, not the teller's.
    (
        "В среду Кулеба сообщил, что во время телефонного разговора с Лавровым во вторник"
        " Путин предложил продлить консультации.",
        [
            ("statement", "happened", PUB, PUB, "day", ["dmytro-kuleba"]),
            ("proposal", "happened", EVE, EVE, "day", ["vladimir-putin"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_topic_teller_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

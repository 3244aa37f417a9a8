"""A party's reply inside a contact the article tells is a statement made at that contact,
on its day when the words carry no date of their own (replies.py); sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday
TALKS = ("talks", "happened", ["recep-tayyip-erdogan", "vladimir-putin"], "2025-03-12", "day")
ERDOGAN = ("statement", "happened", ["recep-tayyip-erdogan"], "2025-03-14", "day")
PUTIN = ("statement", "happened", ["vladimir-putin"], "2025-03-14", "day")
# Words said across the table on Wednesday, the talks' day.
PUTIN_AT = ("statement", "happened", ["vladimir-putin"], "2025-03-12", "day")
HELD = "Путин и Эрдоган в среду провели переговоры в Казани. "



# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # The answer right after the other party's words: dated as those words are.
    (
        HELD + "Эрдоган заявил, что Анкара ждет роста торговли. Путин в ответ отметил, что "
        "товарооборот остается высоким.",
        [TALKS, ERDOGAN, PUTIN],
    ),
    (
        HELD + "Накануне Эрдоган заявил, что Анкара ждет роста торговли. Путин в ответ "
        "отметил, что товарооборот остается высоким.",
        [
            TALKS,
            ("statement", "happened", ["recep-tayyip-erdogan"], "2025-03-13", "day"),
            ("statement", "happened", ["vladimir-putin"], "2025-03-13", "day"),
        ],
    ),
    # The other party's answer across the table: his words, on the talks' day.
    (
        HELD + "Путин, в свою очередь, назвал переговоры полезными.",
        [TALKS, PUTIN_AT],
    ),
    (
        HELD + "Путин, со своей стороны, заявил, что Москва готова к сотрудничеству.",
        [TALKS, PUTIN_AT],
    ),
    # A reply with a day of its own keeps it.
    (
        HELD + "Путин, в свою очередь, в пятницу заявил, что Москва готова к сотрудничеству.",
        [TALKS, PUTIN],
    ),
    # A decision made known to all is news of its own, whoever answers.
    (
        HELD + "Эрдоган, в свою очередь, объявил, что Анкара откроет консульство в Казани.",
        [TALKS, ERDOGAN],
    ),
    # An answer to the press is words of their own.
    (
        HELD + "Путин в ответ на вопрос журналистов заявил, что Москва готова к сотрудничеству.",
        [TALKS, PUTIN],
    ),
    # Words without a reply phrase are a statement.
    (
        HELD + "Путин заявил, что Москва готова к сотрудничеству.",
        [TALKS, PUTIN],
    ),
    # A speaker who was no party to the contact speaks for himself.
    (
        HELD + "Сергей Лавров, в свою очередь, заявил, что Москва готова к сотрудничеству.",
        [TALKS, ("statement", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
    # With no contact told, a reply is a statement of its own.
    (
        "Эрдоган заявил, что Анкара ждет роста торговли. Путин в ответ отметил, что "
        "товарооборот остается высоким.",
        [ERDOGAN, PUTIN],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reply_at_contact(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected

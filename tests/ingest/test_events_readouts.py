"""A readout of a contact the article has told is that contact's source, no statement of
its own: thanks one party addresses to the other right after the call, a body confirming
the contact itself (app/ingest/events/readouts.py, sourcing.source_only). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2021, 6, 18)

CALL = "Владимир Путин в четверг провёл телефонный разговор с Джо Байденом. "
TALKS = "Сергей Лавров и Энтони Блинкен в четверг провели переговоры в Рейкьявике. "

# (text, sorted event types)
CASES = [
    # Thanks to the other party, told in the sentence after the call: the call's content.
    (CALL + "Как сообщили в Кремле, Путин поблагодарил Байдена за поздравления.", ["call"]),
    (CALL + "Байден поблагодарил российского коллегу за содействие.", ["call"]),
    # Thanks with a day of their own are another occasion, not the call told.
    (
        CALL + "А 15 июня Путин поблагодарил Байдена за поздравления.",
        ["call", "statement"],
    ),
    # Thanks to someone else are words of their own.
    (
        CALL + "Путин поблагодарил волонтёров за помощь пострадавшим.",
        ["call", "statement"],
    ),
    # A body confirming the call itself, or a fact of it: where the call was known from.
    (CALL + "В Белом доме подтвердили факт звонка.", ["call"]),
    (CALL + "В Белом доме уточнили, что разговор был инициирован российской стороной.", ["call"]),
    (TALKS + "В Госдепартаменте уточнили, что переговоры продлились почти два часа.", ["talks"]),
    # A body rating the contact speaks words of its own.
    (TALKS + "В Госдепартаменте назвали переговоры полезными.", ["statement", "talks"]),
    (TALKS + "В Госдепартаменте отметили, что переговоры были полезными.", ["statement", "talks"]),
    # What the contact took up or left aside, whoever tells it: its content.
    (
        TALKS + "Вопрос о новых консультациях обсуждался лишь вскользь, отметил Рябков.",
        ["talks"],
    ),
    (CALL + "Тема санкций в разговоре, по словам Ушакова, не поднималась.", ["call"]),
    # With no contact told, such words are the news.
    (
        "Вопрос о поставках зерна пока не обсуждался, отметил Дмитрий Песков.",
        ["statement"],
    ),
    # An unnamed source on talks just told: how the talks go, no one's statement.
    (
        TALKS + "Источник в российской делегации рассказал, что главные разногласия "
        "касаются сроков.",
        ["talks"],
    ),
    (
        TALKS + "Представитель Госдепартамента сообщил, что Блинкен рассчитывает "
        "закончить работу к вечеру.",
        ["talks"],
    ),
    # ... but a denial, or a state's own stance, is news of its own.
    (
        TALKS + "Источник в российской делегации опроверг слухи об отъезде министра.",
        ["statement", "talks"],
    ),
    (
        TALKS + "Представитель МИД Исландии сообщил, что Рейкьявик не намерен менять позицию.",
        ["statement", "talks"],
    ),
    # A person's words on it stay a statement.
    (
        CALL + "Дмитрий Песков уточнил, что разговор был инициирован американской стороной.",
        ["call", "statement"],
    ),
    # Words on a contact not held, or still to come, are an announcement.
    (
        CALL + "В Кремле уточнили, что новая встреча лидеров пока не планируется.",
        ["call", "statement"],
    ),
    # The same sentence: a body confirming that a contact was held, with no day of its own.
    ("МИД России подтвердил, что Лавров провёл телефонный разговор с Блинкеном.", ["call"]),
    # A body's earlier report of the contact the sentence tells, dated only «ранее»: where
    # the contact came from.
    (
        "Ранее в Кремле сообщили, что Владимир Путин и Джо Байден провели телефонный "
        "разговор.",
        ["call"],
    ),
    # ... but a person's earlier words stay his, and a body's words on a contact not held.
    (
        "Ранее Дмитрий Песков сообщил, что Владимир Путин и Джо Байден провели телефонный "
        "разговор.",
        ["call", "statement"],
    ),
    (
        "Ранее в Кремле сообщили, что разговор Путина и Байдена пока не планируется.",
        ["statement"],
    ),
    # A person confirming it speaks words of his own.
    (
        "Дмитрий Песков подтвердил, что Путин провёл телефонный разговор с Байденом.",
        ["call", "statement"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_readouts(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert sorted(e.type for e in events) == expected

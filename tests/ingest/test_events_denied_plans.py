"""A body's words that only deny a happening is planned, on the programme, discussed or
decided, closing the words on no day of their own, are no statement; the same words put
under the verb of saying, or said by a named person, stay one (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.denied_plans import denies_plan, inside_words
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday


def _mfa(day: str = "2025-03-14") -> tuple[str, str, list[str], str, str]:
    return ("statement", "happened", ["russian-mfa"], day, "day")


# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # A body closing a denial: where the denial came from, no statement.
    ("Встреча Лаврова с госсекретарём в Вене пока не планируется, уточнили в МИД России.", []),
    ("Подписание итогового документа в Осло не предусматривается, отметили в МИД России.", []),
    ("Вопрос о новых квотах на встрече не обсуждался, подчеркнули в МИД России.", []),
    ("Решения о следующем раунде консультаций пока не принималось, сообщили в МИД России.", []),
    ("Встреча министров пока не запланирована, отметили в МИД России.", []),
    ("Новую дату консультаций пока не согласовывали, сообщили в МИД России.", []),
    # ... and a «как» parenthetical inside the words, after what they deny.
    ("Визит министра в Вашингтон, как сообщили в МИД России, не планируется.", []),
    # The same words opened by the body, or under its verb, are its statement.
    ("Как отметили в МИД России, визит министра в Анкару не планируется.", [_mfa()]),
    ("В МИД России заявили, что встреча министров не планируется.", [_mfa()]),
    # A day of the saying's own makes it a statement of that day.
    (
        "Встреча министров в Женеве не планируется, сообщили в четверг в МИД России.",
        [_mfa("2025-03-13")],
    ),
    # A named person denying is a speaker.
    (
        "Встреча министров в Женеве пока не планируется, сказала Мария Захарова.",
        [("statement", "happened", ["maria-zakharova"], "2025-03-14", "day")],
    ),
    # Words that announce what is to come are news of their own.
    (
        "Сергей Лавров посетит Пекин в мае, сообщили в МИД России.",
        [_mfa(), ("visit", "planned", ["sergey-lavrov"], "2025-05-01", "month")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_denied_plans(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected


# Which verbs deny a plan: under «не», and of planning, scheduling, discussing or deciding.
@pytest.mark.parametrize(
    ("text", "verb_word", "denies", "inside"),
    [
        ("Встреча пока не планируется, уточнили в МИД.", "уточнили", True, False),
        ("Встреча пока планируется, уточнили в МИД.", "уточнили", False, False),
        ("Встреча не состоится, уточнили в МИД.", "уточнили", False, False),
        ("Визит, как сообщили в МИД, не значится в графике.", "сообщили", True, True),
        ("Как сообщили в МИД, визит не значится в графике.", "сообщили", True, False),
    ],
)
def test_denies_plan(text: str, verb_word: str, denies: bool, inside: bool) -> None:
    nlp = Nlp.load()
    toks = nlp.analyse(text).tokens
    heads, rels = nlp.parse([[t.text for t in toks]])[0]
    verb = next(i for i, t in enumerate(toks) if t.text == verb_word)
    parse = SentenceParse(heads, rels)
    assert denies_plan(toks, parse, verb) is denies
    assert inside_words(toks, verb) is inside

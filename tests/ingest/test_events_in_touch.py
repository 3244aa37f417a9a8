"""Agreeing only to stay in touch concludes no agreement (in_touch.py), on sentences of
our own. Each row: article text and the events as (type, status, start, end, precision,
sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)

CALL: Ev = ("call", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"])

CASES: list[tuple[str, list[Ev]]] = [
    (
        "Лавров и Блинкен в среду провели телефонный разговор. Министры условились"
        " поддерживать контакты по Ближнему Востоку.",
        [("call", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"])],
    ),
    (
        "Путин и Байден в среду провели телефонный разговор. Стороны условились, что вопрос"
        " о поставках газа обсудят профильные министры.",
        [CALL],
    ),
    (
        "Путин и Байден в среду провели телефонный разговор. Лидеры условились плотно"
        " взаимодействовать по иранской теме.",
        [CALL],
    ),
    # The readout's words of staying in touch fold into the call as well.
    (
        "Путин и Байден в среду провели телефонный разговор. «Владимир Путин и Джо Байден"
        " договорились поддерживать диалог по этой теме», — говорится в сообщении Кремля.",
        [CALL],
    ),
    # Agreeing to hold a contact arranges it: the meeting is planned, no agreement.
    (
        "Путин и Байден в среду провели переговоры в Женеве. Лидеры также договорились"
        " провести следующую встречу в Москве.",
        [
            ("talks", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"]),
            ("meeting", "planned", None, None, "unknown", ["joe-biden", "vladimir-putin"]),
        ],
    ),
    # Agreeing on a deed stays an agreement.
    (
        "Путин и Байден в среду провели переговоры в Женеве. Лидеры договорились создать"
        " рабочую группу по кибербезопасности.",
        [
            ("talks", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"]),
            ("agreement", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"]),
        ],
    ),
    # With a day of its own the words tell the contact of that day: kept.
    (
        "Лавров и Блинкен в среду договорились поддерживать контакты.",
        [("agreement", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_in_touch_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

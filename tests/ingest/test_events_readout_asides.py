"""A body passing on what a contact held, in an aside («Стороны, как сообщили в МИД,
обсудили ...») or a clarification of a contact told («В Кремле уточнили, что помощь
предложили во время разговора»), makes no statement of its own
(app/ingest/events/readout_asides.py). Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 11, 14)

CALL = "Сергей Лавров в среду провёл телефонный разговор с Майком Помпео. "
PLANNED = "Майк Помпео в пятницу проведёт переговоры с Сергеем Лавровым в Сочи. "

# (text, the statements' speakers expected, sorted)
CASES = [
    # The parties discussing, with the ministry as an aside: what the call held.
    (CALL + "Стороны, как сообщили в МИД, обсудили положение в Ливии.", []),
    (CALL + "Собеседники, как говорится в сообщении МИД, обменялись мнениями о Сирии.", []),
    # One party's words in the call, with the body as an aside: the call's content.
    (
        CALL + "Помпео поздравил Лаврова с годовщиной и, как говорится в сообщении МИД, "
        "отметил вклад дипломатов в работу.",
        [],
    ),
    # A body clarifying the call or the talks told: a detail of them.
    (CALL + "В МИД позже уточнили, что помощь Лавров предложил во время разговора.", []),
    (PLANNED + "В Госдепартаменте уточнили, что переговоры начнутся в первой половине дня.", []),
    # ... but another contact, or one denied, is an announcement of its own.
    (
        CALL + "В МИД уточнили, что следующая встреча министров пройдёт в декабре.",
        ["МИД России"],
    ),
    # With no contact told before, a body's aside on a person's words stays a statement.
    (
        "Помпео, как говорится в сообщении Госдепартамента, отметил вклад дипломатов.",
        ["Госдепартамент США"],
    ),
    # A body's words that the parties agreed to go on consulting: the call's readout
    # (in_touch.py folds agreeing only to stay in contact into the contact told).
    (CALL + "Как отметили в МИД, стороны условились продолжить консультации.", []),
    # A side speaking in the readout, under an impersonal aside: the call's content.
    (CALL + "Как отмечается, американская сторона подчеркнула важность диалога.", []),
    # ... with no contact told, the side's words stay.
    ("Как отмечается, американская сторона подчеркнула важность диалога.", ["США"]),
    # A refusal to clarify is words of the body's own.
    (
        CALL + "В МИД отказались уточнить, о чём министры говорили во время разговора.",
        ["МИД России"],
    ),
    # A person's clarification stays his.
    (
        CALL + "Мария Захарова уточнила, что разговор прошёл по инициативе Вашингтона.",
        ["Мария Захарова"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_readout_asides(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    names = {k: a.name_ru for k, a in facts.actors.items()}
    speakers = sorted(
        names.get(a, a)
        for e in facts.events
        if e.type == "statement"
        for a in e.actors
        if e.roles.get(a) == "speaker"
    )
    assert speakers == expected

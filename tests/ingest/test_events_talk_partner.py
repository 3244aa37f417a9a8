"""«беседа» is a meeting when held with an official or a named person (talk_partner.py), on
sentences of our own; a talk with the press or a newspaper is no meeting."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Сергей Лавров провёл беседу с министром иностранных дел Китая Ван И.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "В Кремле прошла беседа Владимира Путина с президентом Турции.",
        [("meeting", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    # Two named talkers joined by «и» after the noun.
    (
        "Вчера в Кремле прошла беседа Путина и Эрдогана.",
        [("meeting", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    ("Вчера вышла беседа Лаврова и журналиста газеты.", None),
    # Held by two joined names with a light verb; an occasion phrase is no party.
    (
        "На полях саммита «Большой двадцатки» Путин и Эрдоган вчера провели беседу.",
        [("meeting", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    ("Путин вчера провёл беседу с журналистами.", None),
    # By phone it is a call (triggers.py), as before.
    (
        "Состоялась телефонная беседа Сергея Лаврова с Ван И.",
        [("call", ["sergey-lavrov", "wang-yi"])],
    ),
    # With the press or a newspaper: an interview, no meeting.
    ("Об этом Сергей Лавров рассказал в беседе с журналистами.", None),
    ("Об этом Сергей Лавров рассказал в беседе с «Известиями».", None),
    ("Об этом посол рассказал в беседе с корреспондентом агентства.", None),
    # The partner between the light verb and the noun («провёл с X беседу»).
    (
        "Затем Сергей Лавров провёл с Ван И беседу один на один.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    (
        "Во вторник Путин провёл с президентом Турции короткую беседу.",
        [("meeting", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    ("Вечером Лавров провёл с журналистами беседу о Сирии.", None),
    # What the talk is devoted to is no party (topic.py).
    (
        "Потом Лавров провёл с Ван И беседу, посвящённую прежде всего Ирану.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    # ... and so is every state listed with the first.
    (
        "Лавров и Ван И провели в пятницу отдельную встречу, посвященную Ближнему Востоку и Ирану.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_talk_partner_table(pipeline: Pipeline, text: str, expected: list | None) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events if e.type in ("meeting", "call"))
    assert got == sorted(expected or [])

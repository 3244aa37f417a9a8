"""The other side of a contact (counterparts.py), on sentences of our own: a visit told
with talks in a coordinated clause is read as the talks, with both sides and the visit's
date; the comitative «с X» a parser hangs on the object's noun is a call's counterpart,
but not one inside a phrase with a preposition of its own. Each row: a sentence, then
(type, sorted actor ids, date or None) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

CASES: list[tuple[str, list[tuple[str, list[str], dt.date | None]]]] = [
    # A visit and, coordinated, talks with a named counterpart: one contact, both sides.
    (
        "Сергей Лавров прилетел в Анкару и провёл переговоры с турецким коллегой Хаканом Фиданом.",
        [("talks", ["hakan-fidan", "sergey-lavrov"], None)],
    ),
    # The talks, undated, are on the day of the visit they are told after.
    (
        "Путин посетил Анкару 3 марта и провёл переговоры с Эрдоганом.",
        [("talks", ["recep-tayyip-erdogan", "vladimir-putin"], D(2025, 3, 3))],
    ),
    (
        "Путин приехал в Пекин и встретился с председателем КНР Си Цзиньпином.",
        [("meeting", ["vladimir-putin", "xi-jinping"], None)],
    ),
    # A visit alone is still a visit of the visitor.
    ("Путин посетил Анкару 3 марта.", [("visit", ["vladimir-putin"], D(2025, 3, 3))]),
    # «с коллегой» hung by the parser on «саммита»: the call's other party all the same.
    (
        "Сергей Лавров обсудил итоги саммита по телефону с китайским коллегой Ван И.",
        [("call", ["sergey-lavrov", "wang-yi"], None)],
    ),
    # «со своим коллегой» hung by the parser on «по телефону»: the line of the call.
    (
        "Сергей Лавров поговорил по телефону со своим турецким коллегой Хаканом Фиданом.",
        [("call", ["hakan-fidan", "sergey-lavrov"], None)],
    ),
    # The same under talks by video, the name read as a nominative: the title shows «с».
    (
        "Сергей Шойгу провёл переговоры по видеосвязи с новым министром обороны Китая "
        "Дун Цзюнем.",
        [("call", ["dong-jun", "sergey-shoigu"], None)],
    ),
    # «после переговоров с Фиданом»: a setting with a preposition of its own; Fidan is
    # its party, not the meeting's.
    (
        "Лавров встретился с Эрдоганом после переговоров с Фиданом.",
        [("meeting", ["recep-tayyip-erdogan", "sergey-lavrov"], None)],
    ),
]


# A joint press conference is held by the parties of the contact told before (parties.py),
# only when the one named speaking is one of them.
JOINT: list[tuple[str, list[str]]] = [
    ("Затем Путин ответил на вопросы журналистов на совместной пресс-конференции.",
     ["recep-tayyip-erdogan", "vladimir-putin"]),
    ("Затем Лавров ответил на вопросы журналистов на совместной пресс-конференции.",
     ["sergey-lavrov"]),
    ("Затем Путин ответил на вопросы журналистов на пресс-конференции.", ["vladimir-putin"]),
]  # fmt: skip



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counterparts_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, D(2025, 6, 5)))
    got = [
        (
            e.type,
            sorted(e.actors),
            e.date.value.start if e.date.value.precision == "day" else None,
        )
        for e in facts.events
    ]
    assert got == expected


@pytest.mark.parametrize(("second", "speakers"), JOINT)
def test_joint_press_conference(pipeline: Pipeline, second: str, speakers: list[str]) -> None:
    text = "Путин и Эрдоган 4 марта провели переговоры в Сочи. " + second
    facts = pipeline.process(raw_article(text, D(2025, 6, 5)))
    got = [sorted(e.actors) for e in facts.events if e.type == "press-conference"]
    assert got == [speakers]

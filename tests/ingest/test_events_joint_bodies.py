"""Joint bodies named by a compound adjective of two states, and their sittings told later
by the head noun alone (app/ingest/events/joint_bodies.py; sentences of our own, after
the constructions of real news: «заседание российско-египетской межправкомиссии состоится
24 июня в Москве», «Рабочая группа последний раз собиралась в ...»)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2024, 6, 5)



def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


RT = ["russia", "turkey"]
RF = ["france", "russia"]
# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # (1) The compound adjective on the noun of a joint body names its two states.
    (
        "Заседание российско-турецкой рабочей группы по энергетике пройдет 14 июля в Анкаре.",
        [("meeting", "planned", RT, "2024-07-14", "day")],
    ),
    (
        "Российско-турецкая рабочая группа по транспорту соберется 14 июля в Москве.",
        [("meeting", "planned", RT, "2024-07-14", "day")],
    ),
    (
        "Заседание российско-французского совета по безопасности пройдет 9 сентября в Париже.",
        [("meeting", "planned", RF, "2024-09-09", "day")],
    ),
    (
        "Заседание российско-турецкого комитета по торговле отменено.",
        [("meeting", "cancelled", RT, None, "before")],
    ),
    # Gathering told as an infinitive: its people are the subject of the verb it completes.
    (
        "Члены российско-турецкой рабочей группы намерены собраться 14 июля в Анкаре.",
        [("meeting", "planned", RT, "2024-07-14", "day")],
    ),
    # Two states coordinated in the genitive under the body's noun: its states too (no
    # «Совет России» of one state).
    (
        "Заседание совета России и Франции по безопасности пройдет 14 июля в Москве.",
        [("meeting", "planned", RF, "2024-07-14", "day")],
    ),
    # A speech at a body's forum: the states are not speakers.
    (
        "Путин выступил на российско-китайском форуме в Харбине 17 мая.",
        [("statement", "happened", ["vladimir-putin"], "2024-05-17", "day")],
    ),
    # A body's forum as the setting of a meeting: the states are no parties of it.
    (
        "На российско-китайском форуме в Харбине Путин встретился с Ли Цяном 17 мая.",
        [("meeting", "happened", ["li-qiang", "vladimir-putin"], "2024-05-17", "day")],
    ),
    # A group of firms or a board of directors gathering is no joint body's sitting.
    ("Группа компаний из России и Кипра собралась в Москве 14 мая.", []),
    ("Совет директоров российско-кипрской компании собрался 14 мая.", []),
    # (2)+(3) A later bare noun of the same lemma is that body: its sitting, with the date
    # and status of its own clause.
    (
        "Заседание российско-турецкой рабочей группы по энергетике отменено.\n\n"
        "Группа последний раз собиралась в Стамбуле в мае 2021 года.",
        [
            ("meeting", "cancelled", RT, None, "before"),
            ("meeting", "happened", RT, "2021-05-01", "month"),
        ],
    ),
    (
        "Министры обсудили работу российско-французского совета по безопасности.\n\n"
        "Последний раз совет собирался в 2015 году.",
        [("meeting", "happened", RF, "2015-01-01", "year")],
    ),
    (
        "Министры обсудили работу российско-французского совета по безопасности.\n\n"
        "Следующее заседание совета пройдет в Париже в мае.",
        [("meeting", "planned", RF, "2025-05-01", "month")],
    ),
    # «межправкомиссия» told later as «комиссия».
    (
        "Заседание российско-узбекской межправкомиссии прошло 12 мая в Москве.\n\n"
        "Комиссия снова соберется в Ташкенте в марте.",
        [
            ("meeting", "happened", ["russia", "uzbekistan"], "2024-05-12", "day"),
            ("meeting", "planned", ["russia", "uzbekistan"], "2025-03-01", "month"),
        ],
    ),
    # The body as the antecedent of a relative clause: «группа, которая должна собраться».
    (
        "Заседание российско-турецкой рабочей группы по энергетике отменено.\n\n"
        "Эксперты ждут, что группа, которая должна собраться в Анкаре в октябре, обсудит "
        "поставки газа.",
        [
            ("meeting", "cancelled", RT, None, "before"),
            ("meeting", "planned", RT, "2024-10-01", "month"),
        ],
    ),
    # Undated, in the imperfective past: background recalled, no event.
    (
        "Заседание российско-турецкой рабочей группы по энергетике отменено.\n\n"
        "Группа последний раз собиралась в Стамбуле.",
        [("meeting", "cancelled", RT, None, "before")],
    ),
    # No body named by two states before: the bare noun names no one.
    ("Совет последний раз собирался в 2015 году.", []),
    ("Комиссия, которая собиралась в Анкаре, работает давно.", []),
    # A single state's adjective names no joint body.
    ("Российские компании обсудили работу группы. Группа собиралась в 2015 году.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joint_bodies(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected

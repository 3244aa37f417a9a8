"""A short talk («коротко пообщались на полях», by phone a call) is a contact; an interview
and a press conference of one article are two occasions (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday


def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
SHORT_TALKS = [
    (
        "В четверг Путин и Трамп коротко пообщались на полях саммита в Осаке.",
        [("meeting", "happened", ["donald-trump", "vladimir-putin"], "2025-03-13", "day")],
    ),
    (
        "В среду Лавров пообщался с Рубио в кулуарах форума.",
        [("meeting", "happened", ["marco-rubio", "sergey-lavrov"], "2025-03-12", "day")],
    ),
    # By phone: a call.
    (
        "Путин и Эрдоган в четверг пообщались по телефону.",
        [("call", "happened", ["recep-tayyip-erdogan", "vladimir-putin"], "2025-03-13", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_TALKS)
def test_short_talk_is_a_contact(pipeline: Pipeline, text: str, expected: list) -> None:
    assert sorted(_rows(pipeline, text)) == sorted(expected)


def test_interview_apart_from_press_conference(pipeline: Pipeline) -> None:
    text = (
        "Совместная пресс-конференция Путина и Трампа прошла в четверг в Хельсинки.\n"
        "После пресс-конференции Путин дал интервью американскому телеканалу."
    )
    types = sorted(r[0] for r in _rows(pipeline, text))
    assert types == ["interview", "press-conference"]

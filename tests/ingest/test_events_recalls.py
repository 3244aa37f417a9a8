"""An envoy called home for consultations is neither talks, nor a summons, nor a proposal
(recalls.py); an envoy summoned by a foreign ministry still is a meeting. Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 6, 14)

# An envoy called (or invited) home: no talks, no meeting, no proposal.
RECALLED = [
    "Венгрия отозвала для консультаций своего посла в Румынии.",
    "Чили отзывает посла в Перу для консультаций.",
    "10 июня Аргентина вызвала своего посла в Боливии в Буэнос-Айрес для консультаций.",
    "Посла Мексики в Никарагуа пригласили в Мехико на консультации.",
    "Посол Польши в Израиле был отозван в Варшаву на консультации.",
    # An envoy leaving for consultations goes home for them.
    "Посол Франции в Мали уезжает из Бамако на консультации.",
    "Посол Испании 12 июня покинул Каракас для консультаций с правительством.",
    "МИД Турции рекомендовал послу Швеции отправиться в Стокгольм для консультаций.",
]

# Still contacts: a summons by the host's ministry, consultations held between two sides.
HELD = [
    ("МИД Латвии в среду вызвал посла Белоруссии.", "meeting"),
    ("Посол Чехии был вызван в МИД Словакии для беседы.", "meeting"),
    ("Рябков и Лю Бинь провели консультации в Женеве 12 июня.", "talks"),
    ("МИД Польши и МИД Литвы провели консультации по визовым вопросам.", "talks"),
    # A minister flying to consultations with another side holds them.
    ("Замминистра Рябков 12 июня вылетел в Женеву на консультации с американцами.", "visit"),
    # Someone else invited to consultations is a proposal.
    ("Макрон пригласил Шольца на консультации в Париж.", "proposal"),
]


@pytest.mark.parametrize("text", RECALLED)
def test_recall_is_no_contact(pipeline: Pipeline, text: str) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert not [e for e in events if e.type in ("talks", "meeting", "proposal")]


@pytest.mark.parametrize(("text", "kind"), HELD)
def test_contacts_still_read(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline.process(raw_article(text, PUB)).events
    assert kind in {e.type for e in events}

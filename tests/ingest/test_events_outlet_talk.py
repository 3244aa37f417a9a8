"""The outlet's own conversation on an interview page is the interview (outlet_talk.py), on
texts of our own: «Мы поговорили с ним о ...» in the head is evidence of the answerer's
interview, no meeting of his."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 6, 14)

QA = (
    "— Как прошла поездка?\n"
    "Сергей Лавров: Поездка была полезной, мы многое обсудили.\n"
    "— Что дальше?\n"
    "Сергей Лавров: Работа продолжится осенью.\n"
)
HEAD = "Интервью\nСергей Лавров: «Диалог нужен всем»\n"


@pytest.mark.parametrize(
    "told",
    [
        "Мы поговорили с министром о поездке в Пекин и планах на осень.\n",
        "Беседа состоялась в начале июня 2019 года. Мы встретились с министром в его "
        "кабинете на Смоленской площади.\n",
        "Министр иностранных дел России Сергей Лавров недавно вернулся из Пекина. Мы "
        "побеседовали с ним о том, чего ждать от осени.\n",
    ],
)
def test_outlet_talk_is_the_interview(pipeline: Pipeline, told: str) -> None:
    text = HEAD + told + QA
    facts = pipeline.process(raw_article(text, PUB))
    assert [e.type for e in facts.events if e.type in ("meeting", "talks", "call")] == []
    interviews = [e for e in facts.events if e.type == "interview"]
    assert len(interviews) == 1
    assert interviews[0].actors == ["sergey-lavrov"]
    first_person = next(line for line in told.split(". ") if "Мы" in line)
    assert any(first_person.strip()[:20] in text[a:b] for a, b in interviews[0].sentences)


def test_answers_keep_their_contacts(pipeline: Pipeline) -> None:
    """A meeting told in an answer («мы провели заседание») is his, not the outlet's."""
    qa = (
        "— С чего все началось?\n"
        "Сергей Лавров: Первое заседание мы провели в Пекине 28 мая.\n"
        "— Что дальше?\n"
        "Сергей Лавров: Работа продолжится осенью.\n"
    )
    facts = pipeline.process(raw_article(HEAD + "Мы поговорили с министром о поездке.\n" + qa, PUB))
    assert "meeting" in [e.type for e in facts.events]

"""A page of questions and answers is the answerer's interview (interview_page.py), on texts
of our own modelled on real outlets' interview pages: one interview of the one who answers,
dated by the lead's sentence about the conversation, else by publication; a head sentence
read as his words is that interview; no interview where the lines are no Q/A of one person.
Each row: text, publication day, then (actor ids, start, end, precision) of each interview,
and how many statements the page gives at most."""

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

DASH_QA = (
    "— Как прошла поездка?\n"
    "— Поездка была полезной, мы многое обсудили.\n"
    "— Что дальше?\n"
    "— Работа продолжится осенью.\n"
)

Row = tuple[str, dt.date | None, list[tuple[list[str], str | None, str | None, str]], int]

CASES: list[Row] = [
    # Named only in the headline; the lead tells when the conversation was held.
    (
        "Интервью\nСергей Лавров: «Диалог нужен всем»\n"
        "Министр — о поездке и планах на осень\n"
        "Беседа состоялась в начале июня 2019 года в Москве.\n" + QA,
        PUB,
        [(["sergey-lavrov"], "2019-06-01", "2019-06-10", "part")],
        0,
    ),
    # Dash answers; the interviewee named in the lead only; no date: the publication day.
    (
        "Глава МИД о поездке\n"
        "Министр иностранных дел России Сергей Лавров ответил на вопросы нашего журнала.\n"
        + DASH_QA,
        PUB,
        [(["sergey-lavrov"], "2019-06-14", "2019-06-14", "day")],
        0,
    ),
    # «рассказал газете» in the lead: read as his words, it is the interview, not beside it.
    (
        "Сергей Лавров: «Диалог нужен всем»\n"
        "Сергей Лавров рассказал нашей газете о поездке в Пекин.\n" + QA,
        PUB,
        [(["sergey-lavrov"], "2019-06-14", "2019-06-14", "day")],
        0,
    ),
    # No publication date and no date in the lead: unknown.
    (
        "Сергей Лавров: «Диалог нужен всем»\n"
        "Беседа записана в здании министерства.\n" + QA,
        None,
        [(["sergey-lavrov"], None, None, "unknown")],
        0,
    ),
    # One question only: a quote in a news text, no interview page.
    (
        "Сергей Лавров прибыл в Пекин.\n— Что дальше?\n"
        "Сергей Лавров: Работа продолжится осенью.\n",
        PUB,
        [],
        1,
    ),
    # Answers of two people in turn: a round table, no one's interview.
    (
        "Беседа состоялась в начале июня 2019 года.\n"
        "— Как прошла поездка?\n"
        "Сергей Лавров: Поездка была полезной.\n"
        "— Что дальше?\n"
        "Ван И: Работа продолжится осенью.\n",
        PUB,
        [],
        9,
    ),
]


@pytest.mark.parametrize(("text", "published", "expected", "statements"), CASES)
def test_interview_page_table(
    pipeline: Pipeline,
    text: str,
    published: dt.date | None,
    expected: list[tuple[list[str], str | None, str | None, str]],
    statements: int,
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (
            sorted(e.actors),
            e.date.value.start and e.date.value.start.isoformat(),
            e.date.value.end and e.date.value.end.isoformat(),
            e.date.value.precision,
        )
        for e in facts.events
        if e.type == "interview"
    ]
    assert got == expected
    assert sum(e.type == "statement" for e in facts.events) <= statements


# The interviewer named before his lines asks; the one who answers is the interviewee.
ASKED = (
    "Сергей Лавров: «Диалог нужен всем»\n"
    "Ван И: Господин министр, как прошла поездка?\n"
    "Сергей Лавров: Поездка была полезной.\n"
    "Ван И: Что дальше?\n"
    "Сергей Лавров: Работа продолжится осенью.\n"
    "Ван И: Спасибо.\n"
)


def test_interviewer_is_not_interviewee(pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article(ASKED, PUB))
    got = [sorted(e.actors) for e in facts.events if e.type == "interview"]
    assert got == [["sergey-lavrov"]]


# A page that opens with its first question: the answer line naming him tells it.
NO_HEAD = (
    "— Как прошла поездка?\n"
    "Сергей Лавров: Поездка была полезной.\n"
    "— Что дальше?\n"
    "Сергей Лавров: Работа продолжится осенью.\n"
)


def test_page_with_no_head(pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article(NO_HEAD, PUB))
    got = [(sorted(e.actors), e.date.value.start) for e in facts.events if e.type == "interview"]
    assert got == [(["sergey-lavrov"], PUB)]


# The lead's conversation is the interview itself, no meeting of the answerer's; the
# sitting it names stays what it tells.
@pytest.mark.parametrize(
    "lead",
    [
        "Беседа состоялась в середине мая 2019 года в Москве.\n",
        "Беседа состоялась в середине мая 2019 года, через несколько дней после заседания "
        "российско-китайской рабочей группы в Пекине.\n",
    ],
)
def test_lead_conversation_is_no_meeting(pipeline: Pipeline, lead: str) -> None:
    text = "Интервью\nСергей Лавров: «Диалог нужен всем»\n" + lead + QA
    facts = pipeline.process(raw_article(text, PUB))
    contacts = [
        (e.type, e.date.value.start and e.date.value.start.isoformat())
        for e in facts.events
        if e.type in ("meeting", "call")
    ]
    assert contacts == []
    assert [e.type for e in facts.events].count("interview") == 1

"""«Я» in an interview's answers stands for the interviewee (interview.py), on texts of our
own modelled on real interviews: «я» (and «мы» of a trip or contact) in a dash answer
after a question, an answer line opened by
the speaker's name and a colon; a question or an ordinary quote is no answer. Each row:
text, then (type, sorted actor ids) of every contact or appointment event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

KINDS = frozenset({"call", "meeting", "talks", "visit", "appointment", "sanctions"})

HEAD = (
    "Посол России в Турции об отношениях двух стран\n"
    "Посол России в Турции Алексей Ерхов ответил на вопросы нашей газеты.\n"
)

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A dash answer after a question: «я» is the person the lead names, beside the dative
    # recipient of his credentials (mend.py puts «верительные» back under its noun).
    (
        HEAD + "— Как прошла церемония?\n"
        "— Когда в марте я вручал верительные грамоты президенту Реджепу Тайипу Эрдогану, "
        "разговор был теплым.\n"
        "— Что дальше?\n— Посмотрим.\n",
        [("appointment", ["aleksey-erkhov", "recep-tayyip-erdogan"])],
    ),
    # An oblique «мной» takes part as well.
    (
        HEAD + "— Вас принимали в Анкаре?\n"
        "— В апреле со мной встретился президент Реджеп Тайип Эрдоган.\n"
        "— Что дальше?\n— Посмотрим.\n",
        [("meeting", ["aleksey-erkhov", "recep-tayyip-erdogan"])],
    ),
    # «мы» as the subject of his own contact: he and those with him; the companion named
    # with «с» is the other party.
    (
        HEAD + "— С кем вы виделись?\n"
        "— В мае мы с Сергеем Лавровым встречались в Анкаре.\n"
        "— Что дальше?\n— Посмотрим.\n",
        [("meeting", ["aleksey-erkhov", "sergey-lavrov"])],
    ),
    # ... and of his trip.
    (
        HEAD + "— Где вы были весной?\n"
        "— В марте мы приехали в Пекин.\n"
        "— Что дальше?\n— Посмотрим.\n",
        [("visit", ["aleksey-erkhov"])],
    ),
    # «мы» imposing measures is his state, not the person.
    (
        HEAD + "— Что с торговлей?\n"
        "— В мае мы ввели санкции против Турции.\n"
        "— Что дальше?\n— Посмотрим.\n",
        [("sanctions", ["turkey"])],
    ),
    # The lead names a minister twice, but hands the word to the ambassador once: «я» is
    # the one who tells («рассказал нашей газете»).
    (
        "Итоги визита Сергея Лаврова\n"
        "На прошлой неделе Анкару посетил Сергей Лавров. О том, чем запомнился визит "
        "Сергея Лаврова, нашей газете рассказал посол Алексей Ерхов.\n"
        "— Как прошла церемония?\n"
        "— В апреле я встречался с Реджепом Тайипом Эрдоганом.\n"
        "— Что дальше?\n— Посмотрим.\n",
        [("visit", ["sergey-lavrov"]), ("meeting", ["aleksey-erkhov", "recep-tayyip-erdogan"])],
    ),
    # The interviewer's question is not the interviewee's words.
    (
        HEAD + "— Когда в марте я брал интервью у президента, он спешил. А вы с ним встречались?\n"
        "— Нет.\n— Что дальше?\n— Посмотрим.\n",
        [],
    ),
    # A line opened by the speaker's name and a colon is his, interview head or not.
    (
        "Что рассказал министр\n"
        "Сергей Лавров: В мае я встречался с Ван И в Пекине.\n",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    # An ordinary news text: a dash quote with its own speaker is no interview answer.
    (
        "Алексей Ерхов прибыл в Анкару.\n"
        "— В мае я встречался с Реджепом Тайипом Эрдоганом, — сказал Сергей Лавров.\n",
        [("visit", ["aleksey-erkhov"]), ("meeting", ["recep-tayyip-erdogan"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_interview_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2025, 5, 21)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type in KINDS]
    assert got == expected

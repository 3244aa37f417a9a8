"""One article's happenings kept apart or whole, on sentences of our own: a happening
retold by its noun alone on another day is the same parties' other happening (retold_apart),
so is the dated previous one of its kind (previous_round), and «будет принят» is a plan,
not a reception held (future_aux). Each row: article text,
publication date, and the events as (type, status, start, end, precision, sorted actors)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.future_aux import future_auxiliary
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date

LAVROV_SHOUKRY = ["sameh-shoukry", "sergey-lavrov"]
PUTIN_ERDOGAN = ["recep-tayyip-erdogan", "vladimir-putin"]

CASES: list[tuple[str, D | None, list[Ev]]] = [
    # A call of one month, then the parties' meeting of another day, told by its noun alone:
    # two happenings of the same two.
    (
        "Сергей Лавров и Самех Шукри разговаривали по телефону в марте. "
        "Очная встреча министров прошла 5 октября прошлого года в Москве.",
        D(2024, 6, 5),
        [
            ("call", "happened", D(2024, 3, 1), D(2024, 3, 31), "month", LAVROV_SHOUKRY),
            ("meeting", "happened", D(2023, 10, 5), D(2023, 10, 5), "day", LAVROV_SHOUKRY),
        ],
    ),
    # The retelling of the same day (or with no day) stays one more telling of the call.
    (
        "Сергей Лавров и Самех Шукри провели телефонный разговор 3 июня. "
        "Разговор состоялся по инициативе египетской стороны 3 июня.",
        D(2024, 6, 5),
        [("call", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", LAVROV_SHOUKRY)],
    ),
    (
        "Сергей Лавров и Самех Шукри провели телефонный разговор 3 июня. "
        "Беседа прошла по инициативе египетской стороны.",
        D(2024, 6, 5),
        [("call", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", LAVROV_SHOUKRY)],
    ),
    # A retelling counted by another number is another gathering, not theirs anew.
    (
        "Сергей Лавров и Самех Шукри разговаривали по телефону в марте. "
        "Встреча трёх министров прошла 5 октября прошлого года в Москве.",
        D(2024, 6, 5),
        [("call", "happened", D(2024, 3, 1), D(2024, 3, 31), "month", LAVROV_SHOUKRY)],
    ),
    (
        "Сергей Лавров и Самех Шукри разговаривали по телефону в марте. "
        "Встреча двух министров прошла 5 октября прошлого года в Москве.",
        D(2024, 6, 5),
        [
            ("call", "happened", D(2024, 3, 1), D(2024, 3, 31), "month", LAVROV_SHOUKRY),
            ("meeting", "happened", D(2023, 10, 5), D(2023, 10, 5), "day", LAVROV_SHOUKRY),
        ],
    ),
    # The previous contact of a kind, named by no one but dated: the parties' earlier one.
    (
        "Сергей Лавров и Самех Шукри встретились в Москве 2 июня. "
        "Предыдущая встреча министров прошла в Каире 10 марта.",
        D(2024, 6, 5),
        [
            ("meeting", "happened", D(2024, 6, 2), D(2024, 6, 2), "day", LAVROV_SHOUKRY),
            ("meeting", "happened", D(2024, 3, 10), D(2024, 3, 10), "day", LAVROV_SHOUKRY),
        ],
    ),
    (
        "Владимир Путин и Реджеп Эрдоган провели переговоры в Сочи 4 июня. "
        "Прошлые переговоры лидеров состоялись в Астане в июле прошлого года.",
        D(2024, 6, 5),
        [
            ("talks", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", PUTIN_ERDOGAN),
            ("talks", "happened", D(2023, 7, 1), D(2023, 7, 31), "month", PUTIN_ERDOGAN),
        ],
    ),
    # Without a date of its own it is background the text does not place: no event.
    (
        "Владимир Путин и Реджеп Эрдоган провели переговоры в Сочи 4 июня. "
        "Прошлые переговоры прошли в Астане.",
        D(2024, 6, 5),
        [("talks", "happened", D(2024, 6, 4), D(2024, 6, 4), "day", PUTIN_ERDOGAN)],
    ),
    # A reception told in the future passive is a plan, with its day.
    (
        "В понедельник Сергей Лавров будет принят президентом Египта Абдель Фаттахом ас-Сиси.",
        D(2024, 6, 5),
        [
            (
                "meeting",
                "planned",
                D(2024, 6, 10),
                D(2024, 6, 10),
                "day",
                ["abdel-fattah-el-sisi", "sergey-lavrov"],
            ),
        ],
    ),  # fmt: skip
    (
        "3 июня Сергей Лавров был принят президентом Египта Абдель Фаттахом ас-Сиси.",
        D(2024, 6, 5),
        [
            (
                "meeting",
                "happened",
                D(2024, 6, 3),
                D(2024, 6, 3),
                "day",
                ["abdel-fattah-el-sisi", "sergey-lavrov"],
            ),
        ],
    ),  # fmt: skip
]



@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_inarticle_table(
    pipeline: Pipeline, text: str, published: D | None, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published))
    assert sorted(event_rows(facts.events)) == sorted(expected)


def _tok(text: str, pos: str = "AUX", lemma: str = "быть", **feats: str) -> Token:
    return Token(text=text, lemma=lemma, pos=pos, start=0, end=len(text), feats=feats)


@pytest.mark.parametrize(
    ("tok", "future"),
    [
        # The tagger's «present» on «будет» is its future.
        (_tok("будет", VerbForm="Fin", Tense="Pres", Mood="Ind"), True),
        (_tok("будут", VerbForm="Fin", Tense="Fut", Mood="Ind"), True),
        (_tok("был", VerbForm="Fin", Tense="Past", Mood="Ind"), False),
        (_tok("будучи", VerbForm="Conv"), False),
        (_tok("будь", VerbForm="Fin", Mood="Imp"), False),
        (_tok("будет", pos="VERB", lemma="будить", VerbForm="Fin", Tense="Pres"), False),
    ],
)
def test_future_auxiliary(tok: Token, future: bool) -> None:
    assert future_auxiliary(tok) is future

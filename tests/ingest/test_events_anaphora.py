"""References back to a told happening are not new happenings (anaphora.py), on sentences
of our own. Each row: article text, publication date, and the events as (type, status,
start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)
WORDS: Ev = ("statement", "happened", PUB, PUB, "day", ["sergey-lavrov"])

PAIR = ["dmytro-kuleba", "sergey-lavrov"]

CASES: list[tuple[str, list[Ev]]] = [
    # The occasion of the words, with no party of its own and nothing told before it: the
    # words are the news.
    ("По итогам встречи Лавров заявил журналистам, что доволен ее результатами.", [WORDS]),
    ("После переговоров Лавров заявил, что доволен их результатами.", [WORDS]),
    ("В ходе встречи Лавров заявил, что доволен ее результатами.", [WORDS]),
    (
        "Перед началом встречи к участникам обратился Владимир Путин.",
        [("statement", "happened", PUB, PUB, "day", ["vladimir-putin"])],
    ),
    # A happening situating another act that is no happening either: nothing.
    ("Еще до визита депутаты призывали Лаврова отказаться от него.", []),
    # With a party of its own, the noun tells a meeting of its own.
    (
        "После встречи с Дмитрием Кулебой Лавров заявил, что доволен ее результатами.",
        [WORDS, ("meeting", "happened", None, PUB, "before", ["dmytro-kuleba", "sergey-lavrov"])],
    ),
    # Told before: the reference is one more source of the told happening, which keeps
    # its kind and date, and the speaker takes part in it.
    (
        "Владимир Путин в понедельник принял в Кремле Виктора Орбана. После встречи "
        "Сергей Лавров заявил, что доволен ее результатами.",
        [
            (
                "meeting",
                "happened",
                D(2024, 6, 3),
                D(2024, 6, 3),
                "day",
                ["sergey-lavrov", "viktor-orban", "vladimir-putin"],
            ),
            # words said after the meeting told of a day: that day (when.day_gone_on)
            ("statement", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", ["sergey-lavrov"]),
        ],
    ),
    (
        "Лавров в понедельник провел переговоры с Кулебой в Анталье. По итогам встречи "
        "Лавров заявил, что доволен ее результатами.",
        [
            ("talks", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", PAIR),
            ("statement", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", ["sergey-lavrov"]),
        ],
    ),
    # A predicate under «это» characterises the happening the sentence tells: the talks
    # are the telling, not a visit with no date of its own.
    (
        "Лавров в понедельник провел переговоры с Кулебой в Анкаре — это первый визит "
        "министра в Турцию за год.",
        [("talks", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", PAIR)],
    ),
    # Alone, with the visit told before: one visit.
    (
        "Лавров в понедельник прилетел в Анкару. Это первый визит министра в Турцию за год.",
        [("visit", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", ["sergey-lavrov"])],
    ),
    # Who conducted a told contact («встречу вел ...») is told of that contact, one more
    # source of it: the chair takes part.
    (
        "Лавров в понедельник провел переговоры с Кулебой в Анталье. Встречу вел министр "
        "иностранных дел Турции Мевлют Чавушоглу.",
        [
            (
                "talks",
                "happened",
                D(2024, 6, 3),
                D(2024, 6, 3),
                "day",
                ["dmytro-kuleba", "mevlut-cavusoglu", "sergey-lavrov"],
            )
        ],
    ),
    # Declining to say who conducted them tells no contact of its own either.
    (
        "Лавров в понедельник провел переговоры с Кулебой в Анталье. В МИД отказались "
        "уточнить, кто вел переговоры с украинской стороны.",
        [
            ("talks", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", [*PAIR, "ukraine"]),
            ("statement", "happened", PUB, PUB, "day", ["russian-mfa"]),
        ],
    ),
    # «Провести» holds a contact of its own.
    (
        "Лавров в понедельник провел переговоры с Кулебой в Анталье. Во вторник Лавров "
        "провел встречу с Ван И.",
        [
            ("talks", "happened", D(2024, 6, 3), D(2024, 6, 3), "day", PAIR),
            (
                "meeting",
                "happened",
                D(2024, 6, 4),
                D(2024, 6, 4),
                "day",
                ["sergey-lavrov", "wang-yi"],
            ),
        ],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anaphora_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected


def test_reference_is_a_source(pipeline: Pipeline) -> None:
    text = (
        "Лавров в понедельник провел переговоры с Кулебой в Анталье. По итогам встречи "
        "Лавров заявил, что доволен ее результатами."
    )
    facts = pipeline.process(raw_article(text, PUB))
    talks = next(e for e in facts.events if e.type == "talks")
    assert len(talks.sentences) == 2

"""A happening that only places a past request or show of readiness («во время разговора
16 марта просил …») was held; the happening asked for («просил о встрече»), one that places a
request still to come, or an infinitive's occasion stay no event (sentences of our own).
Each row: text, and the events as (type, status, start, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2019, 3, 30)

CASES: list[tuple[str, list[tuple[str, str, str | None, str, list[str]]]]] = [
    # the call places the request: held, on its own day
    (
        "Во время телефонного разговора 16 марта Реджеп Эрдоган просил Владимира Путина о "
        "поставках.",
        [("call", "happened", "2019-03-16", "day", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    # «во время» hung by the parser on the object before it
    (
        "Реджеп Эрдоган не раз просил Владимира Путина об отсрочке платежей, в том числе во "
        "время их телефонного разговора 16 марта.",
        [("call", "happened", "2019-03-16", "day", ["recep-tayyip-erdogan", "vladimir-putin"])],
    ),
    (
        "В ходе встречи с Сергеем Лавровым 12 марта Мевлют Чавушоглу выразил готовность "
        "продолжить консультации.",
        [("meeting", "happened", "2019-03-12", "day", ["mevlut-cavusoglu", "sergey-lavrov"])],
    ),
    # what is asked for is no happening
    ("Реджеп Эрдоган просил Владимира Путина о встрече.", []),
    # a request still to come: its occasion is to come too, and no event of the past
    (
        "Реджеп Эрдоган попросит Владимира Путина о поставках во время телефонного разговора "
        "16 марта.",
        [],
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_past_occasion(
    pipeline: Pipeline,
    text: str,
    expected: list[tuple[str, str, str | None, str, list[str]]],
) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [
        (
            e.type,
            e.status,
            e.date.value.start.isoformat() if e.date.value.start else None,
            e.date.value.precision,
            sorted(a for a in e.actors if e.roles.get(a) != "subject"),
        )
        for e in facts.events
        if e.type != "statement"
    ]
    assert got == expected

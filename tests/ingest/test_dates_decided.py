"""Sanctions decided on a day (decided_day.py): the date of «решил», «постановил» (or an
order: «распорядился», «приказал») dates the sanctions its infinitive imposes or extends;
not a contact decided on, and not a decision still to come. Every sentence is our own.

Rows: (text, publication date, [(type, start, end, precision, status), ...]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
P = D(2019, 3, 15)  # a Friday

CASES: list[tuple[str, D, list[tuple[str, D | None, D | None, str, str]]]] = [
    (
        "Совет Евросоюза 4 марта решил продлить санкции против России.",
        P,
        [("sanctions", D(2019, 3, 4), D(2019, 3, 4), "day", "happened")],
    ),
    # the term of the extension is no date of the deciding
    (
        "Послы стран ЕС 4 марта решили продлить на год — до марта 2020 года — действие "
        "санкций против России.",
        P,
        [("sanctions", D(2019, 3, 4), D(2019, 3, 4), "day", "happened")],
    ),
    (
        "В среду Евросоюз постановил ввести санкции против России.",
        P,
        [("sanctions", D(2019, 3, 13), D(2019, 3, 13), "day", "happened")],
    ),
    # ordering the measure is imposing it («распорядился», «приказал»)
    (
        "Премьер Израиля Биньямин Нетаньяху 12 марта распорядился выслать двадцать дипломатов.",
        P,
        [("sanctions", D(2019, 3, 12), D(2019, 3, 12), "day", "happened")],
    ),
    (
        "Во вторник премьер приказал ввести санкции против трёх банков Ирана.",
        P,
        [("sanctions", D(2019, 3, 12), D(2019, 3, 12), "day", "happened")],
    ),
    # the act itself, dated as before
    (
        "Совет Евросоюза 4 марта продлил санкции против России.",
        P,
        [("sanctions", D(2019, 3, 4), D(2019, 3, 4), "day", "happened")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_sanctions_dated_by_the_deciding(
    pipeline: Pipeline, text: str, published: D, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision, e.status)
        for e in facts.events
    ]
    assert got == expected

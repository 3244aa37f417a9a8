"""A happening told by a perfective participle on a party to a dated happening takes that
day (participle_day.py): «принял в понедельник министра, прибывшего с визитом» — the
visit is Monday's. Not when the participle phrase has a date of its own, not for an
imperfective participle, not when the party is only told of («рассказала о министре,
прибывшем ...»). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2024, 6, 5)  # a Wednesday



# (text, [(start, precision) of the visits, in text order])
CASES: list[tuple[str, list[tuple[D | None, str]]]] = [
    (
        "Сергей Лавров в понедельник принял в Москве Ван И, прибывшего в Россию с рабочим "
        "визитом.",
        [(D(2024, 6, 3), "day")],
    ),
    (
        # an imperfective participle tells a state of things, not the happening's day
        "Сергей Лавров в понедельник принял в Москве Ван И, прибывающего в Россию с "
        "рабочим визитом.",
        [(None, "before")],
    ),
    (
        # told of on Monday, not met on Monday
        "Мария Захарова в понедельник рассказала о Ван И, прибывшем в Россию с рабочим "
        "визитом.",
        [(None, "before")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_participle_takes_the_main_clause_day(
    pipeline: Pipeline, text: str, expected: list[tuple[D | None, str]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [(e.date.value.start, e.date.value.precision) for e in facts.events if e.type == "visit"]
    assert got == expected


def test_participle_with_a_date_of_its_own_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "Сергей Лавров в понедельник принял в Москве Ван И, прибывшего в Россию с рабочим "
        "визитом в конце мая."
    )
    facts = pipeline.process(raw_article(text, PUBLISHED))
    own = [e for e in facts.events if e.type == "visit" and e.actors == ["wang-yi"]]
    assert [(e.date.value.start, e.date.value.precision) for e in own] == [
        (D(2024, 5, 21), "part")
    ]

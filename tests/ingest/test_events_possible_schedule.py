"""A happening whose dates are only possible («возможные сроки визита») is talked of, not
held (possible_dates.possible_schedule), on sentences of our own. Each row: text, then the
(type, status) of every contact or visit."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

DAY = dt.date(2024, 4, 9)

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Пресс-секретарь МИД Индии не стал комментировать сообщения о возможных сроках "
        "визита премьера Моди в Японию.",
        [],
    ),
    ("Министры обсудили возможные сроки визита Джайшанкара в Токио.", []),
    # the visit itself told as held stays
    ("Джайшанкар посетил Токио в марте.", [("visit", "happened")]),
]

CONTACTS = ("visit", "meeting", "talks", "call")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_possible_schedule_table(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    facts = pipeline.process(raw_article(text, DAY))
    got = [(e.type, e.status) for e in facts.events if e.type in CONTACTS]
    assert got == expected

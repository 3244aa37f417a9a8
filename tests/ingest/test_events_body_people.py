"""A body met through its people («с руководством Минпромторга») is the counterpart of the
contact (body_people.py), on sentences of our own. Each row: text, then sorted actor ids of
every meeting or talks."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CONTACT = frozenset({"meeting", "talks"})

CASES: list[tuple[str, list[list[str]]]] = [
    # The leadership of a ministry: the ministry.
    (
        "Во вторник Сергей Лавров встретился с руководством Минпромторга России.",
        [["russian-minpromtorg", "sergey-lavrov"]],
    ),
    # Its representatives, under a contact noun.
    (
        "Переговоры Олафа Шольца с представителями Минобороны России прошли в среду.",
        [["olaf-scholz", "russian-mod"]],
    ),
    # A body of a state under a word for its people, bare name in the genitive.
    (
        "В пятницу Си Цзиньпин провел переговоры с делегацией МИД России.",
        [["russian-mfa", "xi-jinping"]],
    ),
    # A body that is only the setting of the contact is no counterpart.
    (
        "Во вторник Сергей Лавров встретился с Си Цзиньпином в здании Минпромторга России.",
        [["sergey-lavrov", "xi-jinping"]],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_body_people_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [sorted(e.actors) for e in facts.events if e.type in CONTACT]
    assert got == expected

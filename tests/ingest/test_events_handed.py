"""A document one party hands to another is no agreement (handed.py), on sentences of our
own. Each row: article text and the events as (type, status, start, end, precision, sorted
actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)

CASES: list[tuple[str, list[Ev]]] = [
    (
        "Лавров в среду провел переговоры с Блинкеном. Лавров рассказал, что передал"
        " американскому коллеге неофициальный меморандум о нарушениях.",
        [
            ("talks", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"]),
            ("statement", "happened", PUB, PUB, "day", ["sergey-lavrov"]),
        ],
    ),
    ("Посол в среду вручил проект соглашения в Госдепартаменте.", []),
    # Exchanging instruments completes the agreement: kept.
    (
        "Россия и США в среду обменялись нотами о вступлении соглашения в силу.",
        [("agreement", "happened", WED, WED, "day", ["russia", "usa"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_handed_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""Attendees of one side listed under a contact already told are no second contact
(sides_listed.py), on sentences of our own. Each row: article text and the events as
(type, status, start, end, precision, sorted actor ids)."""

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
        "В среду Лавров встретился с Блинкеном в Женеве. С российской стороны во встрече"
        " участвовал также Рябков.",
        [("meeting", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"])],
    ),
    (
        "Путин в среду провёл переговоры с Байденом. Со стороны США в переговорах приняли"
        " участие Салливан и Бернс.",
        [("talks", "happened", WED, WED, "day", ["joe-biden", "vladimir-putin"])],
    ),
    # No contact told before: the listing sentence is the only telling, kept (the side's
    # state is read as a party by the reading of sides, not by this rule).
    (
        "С российской стороны во встрече с Блинкеном в среду участвовал Лавров.",
        [("meeting", "happened", WED, WED, "day", ["antony-blinken", "russia", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sides_listed_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

"""Attendees of one side listed under a contact already told, or arriving at it, are no
second contact (sides_listed.py), on sentences of our own. Each row: article text and the
events as (type, status, start, end, precision, sorted actor ids)."""

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
    # A side's arrival at talks told before is its delegation to them, no visit of its own.
    (
        "Рябков и Шерман в среду провели консультации в Женеве. С американской стороны в"
        " Женеву прилетели представители Пентагона и Госдепартамента.",
        [("talks", "happened", WED, WED, "day", ["sergey-ryabkov", "sherman"])],
    ),
    (
        "Лавров в среду провел переговоры с Блинкеном в Женеве. Со стороны США в Женеву"
        " прибыли также Салливан и Нуланд.",
        [("talks", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"])],
    ),
    # After a call only, or with a day of its own, the arrival stays a visit.
    (
        "Лавров в среду позвонил Блинкену. С американской стороны в Москву прилетел Бернс.",
        [
            ("call", "happened", WED, WED, "day", ["antony-blinken", "sergey-lavrov"]),
            ("visit", "happened", None, PUB, "before", ["berns", "usa"]),
        ],
    ),
    (
        "С американской стороны в Женеву в среду прилетел Бернс.",
        [("visit", "happened", WED, WED, "day", ["berns", "usa"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sides_listed_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

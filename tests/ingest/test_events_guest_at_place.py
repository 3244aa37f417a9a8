"""A guest the parser hangs on the place of a reception as its owner is the one received
(events/guest_at_place.py), on sentences of our own. Each row: text, then (type, actors)
of every event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

DAY = dt.date(2019, 6, 5)

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # the guest after the residence, read as its owner by the parser
    (
        "Президент Казахстана 3 июня принял в своей резиденции президента Франции "
        "Эмманюэля Макрона.",
        [("meeting", ["emmanuel-macron", "kassym-jomart-tokayev"])],
    ),
    (
        "Президент Владимир Путин 3 июня принял в загородной резиденции государственного "
        "секретаря США Майка Помпео.",
        [("meeting", ["mike-pompeo", "vladimir-putin"])],
    ),
    # with an object of its own the genitive is the place's owner
    ("Премьер 3 июня принял в резиденции президента делегацию Китая.", [("meeting", ["china"])]),
    # no person received, no reception
    ("Премьер 3 июня принял в резиденции президента решение об отставке.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_guest_at_place_table(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, DAY))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected


# A contact told as held and one told as to come that day, sharing a party but each with a
# counterpart the other lacks, are two (grouping.held_beside_planned_others).
HELD_AND_PLANNED = (
    "Министр иностранных дел Индии Субраманьям Джайшанкар по итогам встречи с президентом "
    "Франции Эмманюэлем Макроном заявил, что стороны близки к соглашению.\n\n"
    "В четверг Джайшанкар будет участвовать во встрече министров Арктического совета в "
    "Рейкьявике."
)


def test_held_beside_planned_others(pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article(HELD_AND_PLANNED, dt.date(2019, 6, 6)))
    got = sorted((e.status, sorted(e.actors)) for e in facts.events if e.type == "meeting")
    assert got == [
        ("happened", ["emmanuel-macron", "subrahmanyam-jaishankar"]),
        ("planned", ["arctic-council", "subrahmanyam-jaishankar"]),
    ]

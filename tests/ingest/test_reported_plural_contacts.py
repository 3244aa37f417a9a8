"""A plural contact noun with a counterpart each, told in someone's words («сообщил, что
у X запланированы встречи с Y и Z»), is a contact per counterpart, as when told outright
(sentence_events.py, plural_contacts.py), on sentences of our own. Each row: text, then
(type, sorted actor ids) of each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Пресс-секретарь сообщил, что в четверг у Путина запланированы встречи с "
        "президентом Казахстана Касым-Жомартом Токаевым и премьером Индии Нарендрой Моди.",
        [
            ("meeting", ["kassym-jomart-tokayev", "vladimir-putin"]),
            ("meeting", ["narendra-modi", "vladimir-putin"]),
        ],
    ),
    # One counterpart: one contact, as before.
    (
        "Пресс-секретарь сообщил, что в четверг у Путина запланирована встреча с "
        "президентом Казахстана Касым-Жомартом Токаевым.",
        [("meeting", ["kassym-jomart-tokayev", "vladimir-putin"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reported_plural_contacts(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

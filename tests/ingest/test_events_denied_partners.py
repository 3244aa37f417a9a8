"""A contact told as not held, beside a trip: the «не» of the verb its infinitive completes
denies it («не стал встречаться», clause_mood.negated), and whom it names is no host of the trip
(denied_partners.py); on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Сергей Лавров прибыл в Минск и не стал встречаться с Александром Лукашенко.",
        [("visit", ["sergey-lavrov"])],
    ),
    (
        "Министр Сергей Лавров сказал, что приехал в Минск на коллегию и не собирался "
        "встречаться с президентом Александром Лукашенко.",
        [("statement", ["sergey-lavrov"]), ("visit", ["sergey-lavrov"])],
    ),
    # Told as held, the contact names the other side as before.
    (
        "Сергей Лавров прибыл в Минск и встретился с Александром Лукашенко.",
        [("meeting", ["alexander-lukashenko", "sergey-lavrov"])],
    ),
    # A held contact in a clause joined to a denied one keeps its own subject.
    (
        "Сергей Лавров с Кэтрин Эштон не беседовал, зато Сергей Рябков провёл встречу "
        "с Джоном Керри.",
        [("meeting", ["john-kerry", "sergey-ryabkov"])],
    ),
    (
        "Сергей Лавров не созванивался с Кэтрин Эштон, но замминистра Сергей "
        "Рябков провёл переговоры с Джоном Керри.",
        [("talks", ["john-kerry", "sergey-ryabkov"])],
    ),
    # Denied by the verb its infinitive completes: no happening at all.
    ("Владимир Путин не собирается встречаться с Александром Лукашенко.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_denied_partners_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events)
    assert got == sorted(expected)

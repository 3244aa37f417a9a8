"""Words of reproach, and units of a body that speak for it (sentences of our own):
«упрекнул ... в затягивании переговоров» is a statement whose charge tells no happening;
«сообщил департамент ... МИД России» is the ministry's statement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday
LAVROV_THURSDAY = ("statement", "happened", ["sergey-lavrov"], "2025-03-13", "day")
MFA_THURSDAY = ("statement", "happened", ["russian-mfa"], "2025-03-13", "day")

# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # A reproach is a statement; what it charges the other side with is no contact held.
    (
        "Сергей Лавров в четверг упрекнул американских партнеров в затягивании консультаций.",
        [LAVROV_THURSDAY],
    ),
    (
        "Глава МИД России Сергей Лавров в четверг обвинил Вашингтон в срыве встречи.",
        [LAVROV_THURSDAY],
    ),
    # Objecting and complaining are words as well.
    ("Сергей Лавров в четверг возразил британскому коллеге.", [LAVROV_THURSDAY]),
    ("Сергей Лавров в четверг пожаловался на давление со стороны Запада.", [LAVROV_THURSDAY]),
    # A unit inside the ministry speaks for it, subject or place of the words.
    (
        "Об этом в четверг сообщил департамент информации и печати МИД России.",
        [MFA_THURSDAY],
    ),
    (
        "В четверг департамент информации и печати МИД России сообщил, что консультации "
        "продолжатся.",
        [MFA_THURSDAY],
    ),
    ("Об этом в четверг сообщили в секретариате МИД России.", [MFA_THURSDAY]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reproach_and_units(pipeline: Pipeline, text: str, expected: list) -> None:
    assert speech_rows(pipeline.process(raw_article(text, PUB)).events) == expected

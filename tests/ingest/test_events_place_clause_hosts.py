"""A contact told in a «где»-clause on a visit's destination gives the visit its host
(place_clause_hosts.py), on sentences of our own; a contact of others there does not."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Сергей Лавров прилетел в Минск, где провёл переговоры с Александром Лукашенко.",
        [("visit", ["alexander-lukashenko", "sergey-lavrov"])],
    ),
    (
        "5 июня Сергей Лавров прилетит в Минск, где у него запланирована встреча с "
        "Александром Лукашенко.",
        [("visit", ["alexander-lukashenko", "sergey-lavrov"])],
    ),
    # An infinitive under a modal word: the clause is still the place's.
    (
        "Сергей Лавров прилетел в Минск, где ему предстоит встретиться с Александром "
        "Лукашенко.",
        [("visit", ["alexander-lukashenko", "sergey-lavrov"])],
    ),
    (
        "Сергей Лавров прибыл в Минск, где намерен встретиться с Александром Лукашенко.",
        [("visit", ["alexander-lukashenko", "sergey-lavrov"])],
    ),
    # «беседа» with an official after «с» is a contact (talk_partner.py).
    (
        "Сергей Лавров прибыл в Минск, где запланирована беседа с Александром Лукашенко.",
        [("visit", ["alexander-lukashenko", "sergey-lavrov"])],
    ),
    # A contact of others in the clause: its parties are no hosts of the visit.
    (
        "Сергей Лавров прилетел в Минск, где прошла встреча Лукашенко с Путиным.",
        [("visit", ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_clause_hosts_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events)
    assert got == sorted(expected)

"""Invitations accepted: what an accepted invitation invites to is a planned happening of the
one who accepts, dated when due or undated; an invitation only made, or refused, plans
nothing (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # Accepted, no day set: a planned visit of the one who accepts, undated.
    (
        "Президент Казахстана Касым-Жомарт Токаев на переговорах в Минске принял приглашение "
        "белорусского коллеги Александра Лукашенко посетить Гродно.",
        [("visit", "planned", ["kassym-jomart-tokayev"], None, "unknown")],
    ),
    # With thanks, the visit told by a noun under the infinitive.
    (
        "Министр иностранных дел Турции с благодарностью принял приглашение Сергея Лаврова "
        "приехать в Россию с официальным визитом.",
        [("visit", "planned", ["hakan-fidan"], None, "unknown")],
    ),
    # Accepted with the time it is due: dated by it.
    (
        "Эрдоган принял приглашение посетить Россию в следующем году.",
        [("visit", "planned", ["recep-tayyip-erdogan"], "2026-01-01", "year")],
    ),
    # Accepted «с радостью», due in a month of next year told in the clause.
    (
        "Токаев с радостью принял приглашение Си Цзиньпина посетить Пекин в феврале 2026 года.",
        [("visit", "planned", ["kassym-jomart-tokayev"], "2026-02-01", "month")],
    ),
    # Only invited: a proposal of the one who invites, nothing planned.
    (
        "Лукашенко пригласил Токаева посетить Гродно.",
        [("proposal", "happened", ["alexander-lukashenko"], "2025-03-14", "day")],
    ),
    # Refused: nothing planned.
    ("Токаев не принял приглашение посетить Гродно.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_accepted_invitation(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def test_undated_plan_needs_a_publication(pipeline: Pipeline) -> None:
    """With no publication read, a page's stamp may pass for a date near the plan: an
    accepted invitation with no day of its own is left unread (the invitation stays a
    proposal)."""
    text = "Токаев принял приглашение Лукашенко посетить Гродно."
    undated = speech_rows(pipeline.process(raw_article(text, None)).events)
    assert [r for r in undated if r[0] == "visit"] == []
    assert _rows(pipeline, text) == [
        ("visit", "planned", ["kassym-jomart-tokayev"], None, "unknown")
    ]

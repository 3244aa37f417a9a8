"""The next round told as an act still to do («условлено провести очередной раунд»,
«пригласила провести следующий раунд»): planned, between the sides of the contact told
before (app/ingest/events/round_plans.py; sentences of our own, after the formula of
foreign ministries' releases)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2024, 6, 5)


def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


RG = ["greece", "russia"]
RK = ["kazakhstan", "russia"]
# A round of consultations by its order: the foreign ministries beside the states
# (ministry_rounds.py).
RG_MFA = ["greece", "mid-gretsii", "russia", "russian-mfa"]
RK_MFA = ["kazakhstan", "mid-kazakhstana", "russia", "russian-mfa"]
HELD_K = ("talks", "happened", RK, "2024-03-03", "day")
# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # Agreed to hold: planned, the parties of the consultations told before.
    (
        "5 марта в Москве прошли российско-греческие консультации по вопросам культуры.\n\n"
        "Условлено провести очередной раунд консультаций в Афинах во второй половине "
        "2025 года.",
        [
            ("talks", "happened", RG, "2024-03-05", "day"),
            ("talks", "planned", RG_MFA, "2025-07-01", "part"),
        ],
    ),
    # One side invites, dated: the round of both sides («в первом полугодии»: a half-year).
    (
        "3 марта в Москве прошли российско-казахстанские консультации.\n\n"
        "Казахстанская сторона пригласила провести следующий раунд в Астане в первом "
        "полугодии 2026 года.",
        [HELD_K, ("talks", "planned", RK_MFA, "2026-01-01", "part")],
    ),
    # Undated, the invitation is only a proposal.
    (
        "3 марта в Москве прошли российско-казахстанские консультации.\n\n"
        "Казахстанская сторона пригласила провести следующий раунд в Астане.",
        [HELD_K, ("proposal", "happened", ["kazakhstan"], "2024-06-05", "day")],
    ),
    # The next sitting of a body named by two states, agreed to hold.
    (
        "12 мая в Москве прошло заседание российско-узбекской межправкомиссии.\n\n"
        "Стороны договорились провести очередное заседание комиссии в Ташкенте в 2025 году.",
        [
            ("meeting", "happened", ["russia", "uzbekistan"], "2024-05-12", "day"),
            ("meeting", "planned", ["russia", "uzbekistan"], "2025-01-01", "year"),
        ],
    ),
    # Denied: nothing to come.
    (
        "3 марта в Москве прошли российско-казахстанские консультации.\n\n"
        "Следующий раунд провести не удалось.",
        [HELD_K],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round_plans(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected

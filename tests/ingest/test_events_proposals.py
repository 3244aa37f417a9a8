"""Proposals: what an infinitive under a proposal governs is only proposed, not held
(«предложил провести переговоры»); a proposal made at an occasion told before takes that
occasion's day (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday



def _rows(pipeline: Pipeline, text: str, published: dt.date | None = PUB) -> list:
    return speech_rows(pipeline.process(raw_article(text, published)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
PROPOSED_ACT = [
    # The happening the proposed act governs is no happening of its own.
    (
        "Министр иностранных дел России Сергей Лавров предложил провести консультации в Берне.",
        [("proposal", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
    (
        "Президент Турции Эрдоган предложил созвать новую встречу в Анталье.",
        [("proposal", "happened", ["recep-tayyip-erdogan"], "2025-03-14", "day")],
    ),
    (
        "Президент Казахстана Касым-Жомарт Токаев предложил сделать саммит ежегодным.",
        [("proposal", "happened", ["kassym-jomart-tokayev"], "2025-03-14", "day")],
    ),
    # An infinitive itself under the proposal, as before.
    (
        "Лавров пригласил Ван И посетить Москву.",
        [("proposal", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
    # What one is invited to: «с визитом», «на переговоры» (accusative).
    (
        "Эрдоган пригласил Путина с визитом в Анкару.",
        [("proposal", "happened", ["recep-tayyip-erdogan"], "2025-03-14", "day")],
    ),
    (
        "Лавров пригласил Ван И на переговоры.",
        [("proposal", "happened", ["sergey-lavrov"], "2025-03-14", "day")],
    ),
    # Talks held, not proposed: no infinitive between the proposal and them.
    (
        "Сергей Лавров и Ван И в четверг провели переговоры в Москве.",
        [("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSED_ACT)
def test_proposed_act_is_no_happening(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


SUMMIT = "Саммит ШОС прошел в Бишкеке 3 марта. "
SCO_SUMMIT = ("meeting", "happened", ["sco"], "2025-03-03", "day")

# A proposal whose sentence names the occasion only as its setting was made that day.
AT_OCCASION = [
    (
        SUMMIT + "Открывая встречу, президент Казахстана Касым-Жомарт Токаев предложил "
        "сделать форум ежегодным.",
        [SCO_SUMMIT, ("proposal", "happened", ["kassym-jomart-tokayev"], "2025-03-03", "day")],
    ),
    # The meeting proposed is no setting: the proposal is news of the day of publication.
    (
        SUMMIT + "Президент Казахстана Касым-Жомарт Токаев предложил встречу министров.",
        [SCO_SUMMIT, ("proposal", "happened", ["kassym-jomart-tokayev"], "2025-03-14", "day")],
    ),
    # A date of its own wins.
    (
        SUMMIT + "Открывая встречу, президент Казахстана Касым-Жомарт Токаев 4 марта "
        "предложил сделать форум ежегодным.",
        [SCO_SUMMIT, ("proposal", "happened", ["kassym-jomart-tokayev"], "2025-03-04", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AT_OCCASION)
def test_proposal_at_occasion(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def test_occasion_without_publication(pipeline: Pipeline) -> None:
    # No publication to count from: the year is the text's own.
    text = (
        "Саммит ШОС прошел в Бишкеке 3 марта 2025 года. Открывая встречу, Касым-Жомарт "
        "Токаев предложил сделать форум ежегодным."
    )
    rows = _rows(pipeline, text, None)
    assert ("proposal", "happened", ["kassym-jomart-tokayev"], "2025-03-03", "day") in rows

"""Words that are someone's own have no second speaker in whoever answers them
(owned_words.py), on sentences of our own: (type, sorted actor ids) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2024, 6, 5)

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # The subject reacts to the words of the genitive's speaker: not a speaker of them.
    (
        "На интервью Сергея Лаврова газете отреагировал госсекретарь Энтони Блинкен.",
        [("interview", ["sergey-lavrov"])],
    ),
    (
        "Интервью Сергея Лаврова газете прокомментировал госсекретарь Энтони Блинкен.",
        [("interview", ["sergey-lavrov"])],
    ),
    # No genitive speaker: the subject gives the interview.
    ("Сергей Лавров дал интервью газете.", [("interview", ["sergey-lavrov"])]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_owned_words_table(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert [(e.type, sorted(e.actors)) for e in facts.events] == expected


def test_a_partner_with_s_is_no_owner(pipeline: Pipeline) -> None:
    """«На совместной пресс-конференции с X министр заявил»: X is a partner, not the one
    whose words they are; the subject still speaks at it."""
    text = "На совместной пресс-конференции с Энтони Блинкеном Сергей Лавров призвал к диалогу."
    facts = pipeline.process(raw_article(text, PUB))
    conf = [e for e in facts.events if e.type == "press-conference"]
    assert conf and "sergey-lavrov" in conf[0].actors

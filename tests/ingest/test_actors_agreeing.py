"""A state's adjective names the state across other adjectives agreeing with its noun
(agreeing.py, match.py rule 10); sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp

CASES: list[tuple[str, list[str]]] = [
    ("В Москву прибыла словацкая парламентская делегация.", ["slovakia"]),
    ("Переговоры со словацкой правительственной делегацией заняли день.", ["slovakia"]),
    ("Российская межведомственная делегация вылетела в Каир.", ["russia"]),
    ("Министр принял китайскую военную делегацию.", ["china"]),
    ("Японское коалиционное правительство одобрило бюджет.", ["japan"]),
    # Singular adjectives sharing one plural noun still name each state (rule 12).
    ("Польская и литовская делегации провели консультации.", ["poland", "lithuania"]),
    # The words between must agree with the noun: «индийских» is the experts'.
    ("Гости встретили делегацию индийских военных экспертов.", []),
    # Diplomats stand for their state as the doers (nominative plural), also two states'
    # adjectives sharing them; one diplomat, or diplomats expelled, do not.
    ("Польские дипломаты провели консультации в Вильнюсе.", ["poland"]),
    ("Польские и литовские дипломаты провели консультации.", ["poland", "lithuania"]),
    ("По словам польского дипломата, встреча была полезной.", []),
    ("Литва объявила о высылке польских дипломатов.", ["lithuania"]),
    # Nouns of those who do not act for the state stay no actor.
    ("Санкции ударили по российским крупным нефтяным компаниям.", []),
    ("Турецкие частные перевозчики подняли цены.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_state_adjective_across_adjectives(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    found = match_actors(nlp.analyse(text), gaz, date(2025, 6, 1))
    assert [h.actor_id for h in found if h.actor_id in expected or not expected] == expected

"""Compound adjectives of states in their other customary forms (match.py rule 9,
state_adjectives.py): a state's second adjective («германский» beside «немецкий»,
«финляндский» beside «финский») and the first part formed on the stem without «-ский»
(«американо-», «германо-», «индо-»). Sentences written for these tests."""

from __future__ import annotations

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp


def states(nlp: Nlp, gaz: Gazetteer, text: str) -> set[str]:
    return {h.actor_id for h in match_actors(nlp.analyse(text), gaz)}


CASES = [
    # a state's second adjective
    ("Российско-германские консультации по стратегической стабильности начались.",
     {"russia", "germany"}),
    ("Заседание российско-финляндской комиссии по приграничью назначено на осень.",
     {"russia", "finland"}),
    ("Обсуждалось узбекистанско-таджикистанское сотрудничество в энергетике.",
     {"uzbekistan", "tajikistan"}),
    ("Стороны подписали российско-молдовский протокол о мигрантах.", {"russia", "moldova"}),
    # the first part formed on the stem
    ("Американо-российские контакты по Арктике продолжатся.", {"usa", "russia"}),
    ("Германо-французская инициатива по беженцам получила поддержку.", {"germany", "france"}),
    ("Вчера индо-пакистанские переговоры о Кашмире снова отложены.", {"india", "pakistan"}),
    ("Армяно-азербайджанская граница остается закрытой.", {"armenia", "azerbaijan"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_compound_forms(nlp: Nlp, gaz: Gazetteer, text: str, expected: set[str]) -> None:
    assert expected <= states(nlp, gaz, text)


# Not every compound adjective names states: its parts must all be states.
NOT_STATES = [
    "Начался военно-технический форум в Подмосковье.",
    "Индоевропейские языки изучают в университете.",
]


@pytest.mark.parametrize("text", NOT_STATES)
def test_other_compounds_name_no_state(nlp: Nlp, gaz: Gazetteer, text: str) -> None:
    assert states(nlp, gaz, text) == set()

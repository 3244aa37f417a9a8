"""A state's body named by the state's adjective («в индийском МИД»): adjective_bodies.py."""

from __future__ import annotations

import pytest

from app.ingest.actors import Gazetteer, actors_of, match_actors
from app.ingest.actors.adjective_bodies import genitive
from app.ingest.nlp import Nlp


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The adjective and a ministry's short name: named as «МИД <state>» is.
        ("Собеседник в кенийском МИД отказался от комментариев.", "МИД Кении"),
        ("Бразильский Минфин опубликовал отчёт.", "Минфин Бразилии"),
        # «министерство» with its domain: the short name.
        ("Чилийское министерство иностранных дел выразило протест.", "МИД Чили"),
        # A mission of the state.
        ("Норвежское посольство закрылось на выходные.", "Посольство Норвегии"),
        # The bare «МИД» of the context (Lavrov's ministry) yields to the adjective's state.
        (
            "Лавров ответил журналистам. Источник в кенийском МИД опроверг слухи.",
            "Сергей Лавров|МИД Кении",
        ),
        # The genitive spelling gives the same actor.
        ("МИД Кении выразил протест.", "МИД Кении"),
    ],
)
def test_adjective_names_the_state_body(nlp: Nlp, gaz: Gazetteer, text: str, name: str) -> None:
    analysis = nlp.analyse(text)
    found = match_actors(analysis, gaz, None)
    records = actors_of(found, analysis, gaz)
    assert [records[h.actor_id].name_ru for h in found] == name.split("|")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body the gazetteer lists is that body.
        ("Российский МИД ответил на ноту.", ["russian-mfa"]),
        # Banks, councils and services after an adjective are no state body; a plural
        # names several («кенийские посольства»).
        ("Кенийские банки подняли ставки.", []),
        ("Кенийские посольства закрылись.", []),
    ],
)
def test_what_is_not_a_new_body(nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [h.actor_id for h in match_actors(nlp.analyse(text), gaz, None)] == expected


@pytest.mark.parametrize(
    ("name", "gen"),
    [("Кения", "Кении"), ("Саудовская Аравия", "Саудовской Аравии"), ("США", "США")],
)
def test_genitive(name: str, gen: str) -> None:
    assert genitive(name) == gen

"""Holders of Russia's and the US's top offices in the 1990s (app/data/leaders_past.toml):
background paragraphs and reprints retell the Yeltsin years by title and by name, and a
title of 1997 is Yeltsin's or Primakov's, not today's holder's. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp

STATES = ("russia", "usa")


def ids(nlp: Nlp, gaz: Gazetteer, text: str, on: date | None) -> list[str]:
    found = match_actors(nlp.analyse(text), gaz, on)
    return [h.actor_id for h in found if h.actor_id not in STATES]


TITLE_CASES = [
    ("Российский президент прилетел в Хельсинки.", date(1997, 3, 20), ["boris-yeltsin"]),
    ("Российский президент прилетел в Хельсинки.", date(2001, 3, 20), ["vladimir-putin"]),
    ("Глава МИД России провёл переговоры в Брюсселе.", date(1997, 5, 14), ["yevgeny-primakov"]),
    ("Глава МИД России провёл переговоры в Брюсселе.", date(1994, 5, 14), ["andrei-kozyrev"]),
    ("Глава МИД России провёл переговоры в Брюсселе.", date(1999, 5, 14), ["igor-ivanov"]),
    ("Премьер-министр России вылетел в Вашингтон.", date(1995, 6, 1), ["viktor-chernomyrdin"]),
    ("Премьер-министр России вылетел в Вашингтон.", date(1999, 3, 23), ["yevgeny-primakov"]),
    ("Госсекретарь США прибыл в Москву.", date(1994, 3, 1), ["warren-christopher"]),
    ("Вице-президент США прибыл в Москву.", date(1997, 9, 22), ["al-gore"]),
    ("Американский президент подписал указ.", date(1991, 7, 31), ["george-h-w-bush"]),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), TITLE_CASES, ids=[f"{c[0][:25]}@{c[1]}" for c in TITLE_CASES]
)
def test_title_resolves_by_date(
    nlp: Nlp, gaz: Gazetteer, text: str, on: date, expected: list[str]
) -> None:
    assert ids(nlp, gaz, text, on) == expected


NAME_CASES = [
    ("Борис Ельцин провёл переговоры в Хельсинки.", ["boris-yeltsin"]),
    ("Переговоры с Ельциным продлились три часа.", ["boris-yeltsin"]),
    ("Примаков развернул самолёт над Атлантикой.", ["yevgeny-primakov"]),
    ("Встреча с Черномырдиным прошла в Белграде.", ["viktor-chernomyrdin"]),
    ("Договор подписали Ельцин и Буш-старший.", ["boris-yeltsin", "george-h-w-bush"]),
    ("Альберт Гор встретился с премьером.", ["al-gore"]),
    # «гор» of «гора» is no vice-president
    ("Делегация проехала у подножия гор.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES, ids=[c[0][:30] for c in NAME_CASES])
def test_found_by_name(nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert ids(nlp, gaz, text, date(1997, 6, 1)) == expected

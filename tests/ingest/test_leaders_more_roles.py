"""Roles added to the leaders gazetteer (app/data/leaders.toml) for offices the news name by
title alone: Peru's president and Saudi Arabia's energy minister (the OPEC+ counterpart of
Russia's deputy prime minister). The title resolves to its holder on the article's date, and
the holder is found by name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.nlp import Nlp


def ids(nlp: Nlp, gaz: Gazetteer, text: str, on: date | None) -> list[str]:
    return [h.actor_id for h in match_actors(nlp.analyse(text), gaz, on)]


TITLE_CASES = [
    ("Президент Перу принял нового посла в своей резиденции.", date(2019, 6, 3),
     ["martin-vizcarra"]),
    ("Президент Перу принял нового посла в своей резиденции.", date(2017, 6, 3),
     ["pedro-pablo-kuczynski"]),
    ("Перуанский президент выступил перед депутатами.", date(2022, 2, 14), ["pedro-castillo"]),
    ("Перуанский президент выступил перед депутатами.", date(2024, 2, 14), ["dina-boluarte"]),
    ("Министр энергетики Саудовской Аравии прилетел в Вену.", date(2018, 6, 20),
     ["khalid-al-falih"]),
    ("Министр энергетики Саудовской Аравии прилетел в Вену.", date(2021, 6, 20),
     ["abdulaziz-bin-salman"]),
    ("Вице-премьер созвонился с саудовским министром энергетики.", date(2022, 10, 1),
     ["abdulaziz-bin-salman"]),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), TITLE_CASES, ids=[f"{c[0][:30]}@{c[1]}" for c in TITLE_CASES]
)
def test_title_resolves_by_date(
    nlp: Nlp, gaz: Gazetteer, text: str, on: date, expected: list[str]
) -> None:
    assert [i for i in ids(nlp, gaz, text, on) if i not in ("peru", "saudi-arabia")] == expected


NAME_CASES = [
    ("Мартин Вискарра провёл совещание с губернаторами.", ["martin-vizcarra"]),
    ("Совещание с Вискаррой продлилось два часа.", ["martin-vizcarra"]),
    ("Абдель Азиз бен Сальман выступил на конференции.", ["abdulaziz-bin-salman"]),
    ("Дина Болуарте посетила южные регионы страны.", ["dina-boluarte"]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES, ids=[c[0][:30] for c in NAME_CASES])
def test_names(nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert ids(nlp, gaz, text, None) == expected

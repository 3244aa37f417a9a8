"""The leaders gazetteer (app/data/leaders.toml): heads of state and government and foreign
ministers of other states, found by name and by title on the article's date, and plural
titles that list several states («президенты России и Ирана»). Sentences written for these
tests."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources
from typing import Any

import pytest

from app.ingest.actors import Gazetteer, match_actors
from app.ingest.actors.gazetteer import DATA_FILES, RoleTerm
from app.ingest.nlp import Nlp


def ids(nlp: Nlp, gaz: Gazetteer, text: str, on: date | None) -> list[str]:
    return [h.actor_id for h in match_actors(nlp.analyse(text), gaz, on)]


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads((resources.files("app") / "data" / name).read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------ the data


def test_the_file_is_loaded_after_actors_and_world() -> None:
    assert DATA_FILES.index("leaders.toml") == 2


def test_ids_are_unique_and_not_those_of_actors_toml() -> None:
    leaders = _data("leaders.toml")
    ids_ = [a["id"] for a in leaders["actor"]]
    roles = [r["id"] for r in leaders["role"]]
    assert len(ids_) == len(set(ids_)) and len(roles) == len(set(roles))
    curated = _data("actors.toml")
    # an id repeated here would be skipped silently (actors.toml wins): keep them apart
    assert set(ids_).isdisjoint(a["id"] for a in curated["actor"])
    assert set(roles).isdisjoint(r["id"] for r in curated["role"])


def test_every_leader_is_a_person_with_a_term(gaz: Gazetteer) -> None:
    for a in _data("leaders.toml")["actor"]:
        rec = gaz.actors[a["id"]]
        assert rec.kind == "person" and rec.aliases, a["id"]
        assert rec.roles, f"{a['id']} holds no office"


def _overlap(a: RoleTerm, b: RoleTerm) -> bool:
    return (a.start or date.min) < (b.end or date.max) and (b.start or date.min) < (
        a.end or date.max
    )


def test_terms_within_a_role_do_not_overlap(gaz: Gazetteer) -> None:
    for role in gaz.roles.values():
        for n, a in enumerate(role.terms):
            for b in role.terms[n + 1 :]:
                assert not _overlap(a, b), (role.id, a.actor_id, b.actor_id)


def test_every_new_role_has_a_holder(gaz: Gazetteer) -> None:
    for r in _data("leaders.toml")["role"]:
        assert gaz.roles[r["id"]].terms, r["id"]


# ------------------------------------------------------------------- titles by the date

TITLE_CASES = [
    # the title resolves to the holder on the article's date ...
    ("Президент Азербайджана прибыл в Москву.", date(2024, 5, 1), ["ilham-aliyev"]),
    ("Глава МИД Турции провёл переговоры в Анкаре.", date(2021, 3, 1), ["mevlut-cavusoglu"]),
    ("Глава МИД Турции провёл переговоры в Анкаре.", date(2024, 3, 1), ["hakan-fidan"]),
    ("Министр иностранных дел Турции выступил в парламенте.", date(2024, 3, 1), ["hakan-fidan"]),
    ("Глава турецкого МИД позвонил коллеге.", date(2022, 6, 1), ["mevlut-cavusoglu"]),
    ("Иранский президент выступил в Тегеране.", date(2020, 1, 10), ["hassan-rouhani"]),
    ("Иранский президент выступил в Тегеране.", date(2023, 1, 10), ["ebrahim-raisi"]),
    ("Иранский президент выступил в Тегеране.", date(2025, 1, 10), ["masoud-pezeshkian"]),
    ("Премьер Пакистана прилетел в Пекин.", date(2020, 5, 5), ["imran-khan"]),
    ("Премьер Пакистана прилетел в Пекин.", date(2023, 1, 5), ["shehbaz-sharif"]),
    ("Казахстанский лидер открыл форум.", date(2018, 6, 1), ["nursultan-nazarbayev"]),
    ("Казахстанский лидер открыл форум.", date(2023, 6, 1), ["kassym-jomart-tokayev"]),
    ("Японский премьер заявил о переговорах.", date(2019, 1, 1), ["shinzo-abe"]),
    ("Японский премьер заявил о переговорах.", date(2022, 1, 1), ["fumio-kishida"]),
    ("Глава МИД КНР прибыл в Москву.", date(2023, 3, 1), ["qin-gang"]),
    ("Глава МИД КНР прибыл в Москву.", date(2024, 3, 1), ["wang-yi"]),
    ("Британский министр иностранных дел прибыл в Варшаву.", date(2023, 12, 1), ["david-cameron"]),
    # a holder of this file in a role of actors.toml
    ("Премьер-министр Великобритании выступил в парламенте.", date(2020, 1, 1), ["boris-johnson"]),
    ("Канцлер Германии прибыл в Париж.", date(2019, 1, 1), ["angela-merkel"]),
    ("Глава МИД Украины прибыл в Брюссель.", date(2022, 4, 1), ["dmytro-kuleba"]),
    # the same person in two terms of one office, another holder between them
    ("Премьер Словакии выступил в Братиславе.", date(2021, 1, 1), ["igor-matovic"]),
    ("Премьер Словакии выступил в Братиславе.", date(2024, 1, 1), ["robert-fico"]),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), TITLE_CASES, ids=[f"{c[0][:30]}@{c[1]}" for c in TITLE_CASES]
)
def test_title_resolves_by_date(
    nlp: Nlp, gaz: Gazetteer, text: str, on: date, expected: list[str]
) -> None:
    assert ids(nlp, gaz, text, on) == expected


# ----------------------------------------------------------------- names and the title

NAME_CASES = [
    ("Хакан Фидан прибыл в Москву.", ["hakan-fidan"]),
    ("Переговоры с Фиданом продлились три часа.", ["hakan-fidan"]),
    ("Токаев выступил на форуме.", ["kassym-jomart-tokayev"]),
    ("Лула да Силва прилетел в Пекин.", ["lula-da-silva"]),
    ("Ван И заявил журналистам о визите.", ["wang-yi"]),
    ("Встреча с Мухаммедом бен Заидом прошла в Абу-Даби.", ["mohamed-bin-zayed"]),
    # the title and the name together are one hit of the named person
    ("Президент Ирана Масуд Пезешкиан прибыл в Казань.", ["masoud-pezeshkian"]),
    ("Глава МИД Армении Арарат Мирзоян встретился с коллегой.", ["ararat-mirzoyan"]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_CASES, ids=[c[0][:30] for c in NAME_CASES])
def test_names(nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert ids(nlp, gaz, text, date(2024, 9, 1)) == expected


def test_full_name_and_title_name_one_actor(nlp: Nlp, gaz: Gazetteer) -> None:
    on = date(2024, 9, 1)
    by_name = ids(nlp, gaz, "Эрдоган принял Хакана Фидана.", on)
    by_title = ids(nlp, gaz, "Эрдоган принял главу МИД Турции.", on)
    assert by_name == by_title == ["recep-tayyip-erdogan", "hakan-fidan"]


# ------------------------------------------------------------------------ plural titles

PLURAL_CASES = [
    (
        "Президенты России, Азербайджана, Ирана и Казахстана провели встречу.",
        date(2022, 6, 29),
        ["vladimir-putin", "ilham-aliyev", "ebrahim-raisi", "kassym-jomart-tokayev"],
    ),
    (
        "В среду президенты России и Ирана обсудили поставки газа.",
        date(2025, 1, 17),
        ["vladimir-putin", "masoud-pezeshkian"],
    ),
    (
        "Министры иностранных дел Армении и Азербайджана встретились в Алма-Ате.",
        date(2024, 5, 10),
        ["ararat-mirzoyan", "jeyhun-bayramov"],
    ),
    # «лидер» is the title of whoever leads each state: Armenia's prime minister
    (
        "Лидеры России и Армении обсудили транзит по телефону.",
        date(2024, 5, 10),
        ["vladimir-putin", "nikol-pashinyan"],
    ),
    # «лидер» of a state whose government leads it: the chancellor, the prime minister
    (
        "Лидеры Франции, Германии и Венгрии обсудили в Брюсселе пошлины.",
        date(2019, 3, 12),
        ["emmanuel-macron", "angela-merkel", "viktor-orban"],
    ),
    (
        "Во вторник лидеры России и Индии говорили о поставках нефти.",
        date(2023, 7, 4),
        ["vladimir-putin", "narendra-modi"],
    ),
    (
        "Немецкий лидер позвонил в пятницу британскому лидеру.",
        date(2019, 3, 12),
        ["angela-merkel", "theresa-may"],
    ),
    # a singular title names one state's holder; the state after «и» stays a state
    (
        "Президент России и Казахстан подписали договор.",
        date(2024, 5, 10),
        ["vladimir-putin", "kazakhstan"],
    ),
    # the holders named after the list are who they were, whatever the date says
    (
        "Министры иностранных дел России и Украины Сергей Лавров и Андрей Сибига встретились.",
        date(2023, 1, 10),
        ["sergey-lavrov", "ukraine", "sergey-lavrov", "andriy-sybiha"],
    ),
    # a plural title without a state list: nothing to expand
    ("Президенты обсудили торговлю с Ираном.", date(2024, 5, 10), ["iran"]),
]


@pytest.mark.parametrize(
    ("text", "on", "expected"), PLURAL_CASES, ids=[c[0][:30] for c in PLURAL_CASES]
)
def test_plural_titles(nlp: Nlp, gaz: Gazetteer, text: str, on: date, expected: list[str]) -> None:
    assert ids(nlp, gaz, text, on) == expected

"""The world gazetteer (app/data/world.toml) beside actors.toml: states and international
organisations found in inflected forms, capitals as metonyms but not as venues, compound
adjectives, abbreviations, bodies of the new states, merging of the two files, and the
destination of a visit as its place. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib import resources

import pytest

from app.ingest.actors import Gazetteer, GazetteerError, match_actors
from app.ingest.actors.gazetteer import DATA_FILES, merge_data
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article


def found(nlp: Nlp, gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.actor_id) for h in match_actors(nlp.analyse(text), gaz)]


# ------------------------------------------------------------------------------ the data


def _world() -> dict[str, object]:
    text = (resources.files("app") / "data" / "world.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_both_files_are_loaded(gaz: Gazetteer) -> None:
    assert DATA_FILES == ("actors.toml", "world.toml", "leaders.toml", "leaders_past.toml")
    # from actors.toml, unchanged
    assert gaz.actors["belarus"].name_ru == "Белоруссия"
    assert gaz.actors["russia"].kind == "state"
    # from world.toml
    assert gaz.actors["kazakhstan"].name_ru == "Казахстан"
    assert gaz.actors["imf"].kind == "organisation"


def test_every_un_member_state_is_known(gaz: Gazetteer) -> None:
    states = [a for a in gaz.actors.values() if a.kind == "state"]
    # 193 UN members, 2 observers (the Holy See, Palestine) and a few partly recognised
    assert len(states) >= 195
    for sid in ("vatican", "palestine", "kosovo", "taiwan", "abkhazia", "south-ossetia"):
        assert gaz.actors[sid].kind == "state"


def test_world_entries_are_well_formed() -> None:
    actors = _world()["actor"]
    assert isinstance(actors, list)
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids))
    for a in actors:
        assert a["name"] and a["name_ru"] and a["kind"] in ("state", "organisation")
        for side in [x for x in a.get("aliases", []) if x.endswith(" сторона")]:
            # the «<adjective> сторона» alias is a feminine adjective and the noun
            assert side.split()[0].endswith(("ая", "яя")), side


# ------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inflected names, long official forms, the adjective with «сторона»
        (
            "Переговоры с казахстанской стороной продолжатся.",
            [("казахстанской стороной", "kazakhstan")],
        ),
        ("Делегация Республики Казахстан прибыла.", [("Республики Казахстан", "kazakhstan")]),
        (
            "Соглашение с Кыргызстаном и Туркменией подписано.",
            [("Кыргызстаном", "kyrgyzstan"), ("Туркменией", "turkmenistan")],
        ),
        (
            "Послы Ганы, Кубы и Омана встретились.",
            [("Ганы", "ghana"), ("Кубы", "cuba"), ("Омана", "oman")],
        ),
        # a capital speaks for its state, but not where something takes place
        ("Астана предложила провести встречу.", [("Астана", "kazakhstan")]),
        ("Встреча пройдёт в Астане в июне.", []),
        ("Ереван и Баку обменялись нотами.", [("Ереван", "armenia"), ("Баку", "azerbaijan")]),
        ("Делегация прибыла из Еревана.", []),
        # a venue city is no metonym at all
        ("Вена выразила обеспокоенность.", []),
        # compound adjectives of states, from the «<adjective> сторона» aliases
        (
            "Прошли российско-армянские консультации.",
            [("российско-армянские", "russia"), ("российско-армянские", "armenia")],
        ),
        (
            "Стороны обсудили казахстанско-узбекское сотрудничество.",
            [("казахстанско-узбекское", "kazakhstan"), ("казахстанско-узбекское", "uzbekistan")],
        ),
        # abbreviations, and the longest phrase wins
        ("Посол ЮАР приехал.", [("ЮАР", "south-africa")]),
        ("Совет ЕС продлил санкции.", [("Совет ЕС", "eu-council")]),
        ("Депутаты Европарламента проголосовали.", [("Европарламента", "european-parliament")]),
        (
            "Эксперты МВФ и Всемирного банка приехали.",
            [("МВФ", "imf"), ("Всемирного банка", "world-bank")],
        ),
        ("Саммит СВМДА открылся.", [("СВМДА", "cica")]),
        ("Лидеры Союзного государства встретились.", [("Союзного государства", "union-state")]),
        (
            "Папуа-Новая Гвинея и Гвинея-Бисау подписали меморандум.",
            [("Папуа-Новая Гвинея", "papua-new-guinea"), ("Гвинея-Бисау", "guinea-bissau")],
        ),
        (
            "Мексиканские Соединённые Штаты ответили.",
            [("Мексиканские Соединённые Штаты", "mexico")],
        ),
        # «Северная Ирландия» is no state of its own and not Ireland
        ("Парламент Северной Ирландии собрался.", []),
    ],
)
def test_world_actors_are_found(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp, gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an abbreviation is written in capitals: «воз» is a cart
        ("А воз и ныне там.", "who"),
        # «Того» is the genitive of «тот», not Togo
        ("Того же мнения придерживается министр.", "togo"),
        # short stems of place names do not meet other capitalised words
        ("Премьер Имран Хан выступил.", "vietnam"),
        ("Малая Азия упоминается в докладе.", "mali"),
        # a name the dictionary knows keeps no stem: «Самоа» is not «~само» of «Самое»
        ("Самое главное впереди.", "samoa"),
        # «Сара» is a name, not the Syrian Arab Republic
        ("Сара Коннор приехала.", "syria"),
    ],
)
def test_ordinary_words_are_no_actors(nlp: Nlp, gaz: Gazetteer, text: str, absent: str) -> None:
    assert absent not in {aid for _, aid in found(nlp, gaz, text)}


@pytest.mark.parametrize(
    ("text", "name", "part_of"),
    [
        ("МИД Армении заявил о готовности к диалогу.", "МИД Армении", "armenia"),
        ("Ранее Нацбанк Казахстана заявлял об этом.", "Нацбанк Казахстана", "kazakhstan"),
        ("Посольство Пакистана сообщило об этом.", "Посольство Пакистана", "pakistan"),
        # a mission is named with the place it is in, when the text gives it
        (
            "Посольство Пакистана в Москве опровергло слухи.",
            "Посольство Пакистана в Москве",
            "pakistan",
        ),
        ("Посольство России в Монголии сообщило.", "Посольство России в Монголии", "russia"),
        ("Посольство Пакистана в четверг сообщило.", "Посольство Пакистана", "pakistan"),
    ],
)
def test_bodies_of_new_states(nlp: Nlp, gaz: Gazetteer, text: str, name: str, part_of: str) -> None:
    hits = match_actors(nlp.analyse(text), gaz)
    bodies = [h for h in hits if h.via == "body"]
    assert len(bodies) == 1
    assert bodies[0].record is not None
    assert (bodies[0].record.name_ru, bodies[0].record.part_of) == (name, part_of)


# --------------------------------------------------------------------------- merging


def test_an_id_of_the_curated_file_wins() -> None:
    first = {"actor": [{"id": "a-state", "name": "A", "name_ru": "Ааа", "kind": "state"}]}
    second = {
        "actor": [
            {"id": "a-state", "name": "A2", "name_ru": "Ааа", "kind": "state"},
            {"id": "b-state", "name": "B", "name_ru": "Ббб", "kind": "state"},
        ],
        "ignore": {"phrases": ["Ббб Ввв"]},
    }
    merged = merge_data([first, second])
    assert [a["name"] for a in merged["actor"]] == ["A", "B"]
    assert merged["ignore"] == {"phrases": ["Ббб Ввв"]}
    gaz = Gazetteer.from_dict(merged)
    assert set(gaz.actors) == {"a-state", "b-state"}


def test_ignore_phrases_of_both_files_are_kept() -> None:
    merged = merge_data([{"ignore": {"phrases": ["Ааа Ббб"]}}, {"ignore": {"phrases": ["Ввв"]}}])
    assert merged["ignore"]["phrases"] == ["Ааа Ббб", "Ввв"]


def test_an_alias_claimed_across_files_is_an_error() -> None:
    first = {"actor": [{"id": "a-state", "name": "A", "name_ru": "Ааа", "kind": "state"}]}
    second = {
        "actor": [{"id": "b-state", "name": "B", "name_ru": "Ббб", "kind": "state",
                   "aliases": ["Ааа"]}]
    }  # fmt: skip
    with pytest.raises(GazetteerError, match="claimed by several entries"):
        Gazetteer.from_dict(merge_data([first, second]))


def test_a_broken_file_is_named() -> None:
    with pytest.raises(GazetteerError, match="world.toml"):
        Gazetteer.from_tomls({"actors.toml": "", "world.toml": "[[actor]\n"})


# ------------------------------------------------- the place of a visit, the topic of talks

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country visited is the venue, the visitor the participant
        (
            "Министр иностранных дел России Сергей Лавров посетил Бразилию в понедельник.",
            [("visit", ["sergey-lavrov"], "brazil")],
        ),
        ("Визит Путина во Вьетнам состоялся 20 июня.", [("visit", ["vladimir-putin"], "vietnam")]),
        # the host's people take part; its name in the locative is the venue
        (
            "Путин и президент Монголии Ухнагийн Хурэлсух встретились в Монголии 3 сентября.",
            [("meeting", ["ukhnaagiin-khurelsukh", "vladimir-putin"], "mongolia")],
        ),
        # a destination alone makes no happening: nobody is named as going there
        ("Накануне делегация посетила Эсватини.", []),
        # what a happening is about («по Афганистану») is no party to it
        (
            "Лавров и Ван И провели консультации по Афганистану 3 мая.",
            [("talks", ["sergey-lavrov", "wang-yi"], None)],
        ),
        ("Очередная встреча по Сирии завершилась в среду.", []),
    ],
)
def test_a_visit_goes_to_its_place(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    facts = pipeline.process(raw_article(text, D(2024, 6, 21)))
    assert [(e.type, sorted(e.actors), e.venue) for e in facts.events] == expected

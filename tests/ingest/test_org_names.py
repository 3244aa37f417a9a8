"""Names of organisations the gazetteer lacks (orgs.py) and of «+» groupings
(plus_names.py): the nominative keeps the governed words, a state in the genitive right
after the name is part of it, and «ОПЕК+» is not OPEC."""

from __future__ import annotations

import pytest

from app.ingest.actors import Gazetteer, actors_of, match_actors
from app.ingest.actors.orgs import governed_kept, kind_of, organisation
from app.ingest.nlp import Entity, Nlp, Token


def names(nlp: Nlp, gaz: Gazetteer, text: str) -> list[str]:
    analysis = nlp.analyse(text)
    found = match_actors(analysis, gaz, None)
    records = actors_of(found, analysis, gaz)
    return [records[h.actor_id].name_ru for h in found]


@pytest.mark.parametrize(
    ("text", "normal", "expected"),
    [
        # natasha's normal form inflects the governed words too; they keep their case.
        ("Комитета по туризму", "Комитет по туризм", "Комитет по туризму"),
        (
            "Агентством по атомной энергии",
            "Агентство по атомный энергия",
            "Агентство по атомной энергии",
        ),
        # No preposition: the normal form as it is.
        ("Московской биржи", "Московская биржа", "Московская биржа"),
        # Words that do not line up: the normal form.
        ("Фонда при президенте", "Фонд", "Фонд"),
        (" Комитет ", None, "Комитет"),
    ],
)
def test_governed_words_keep_their_case(text: str, normal: str | None, expected: str) -> None:
    assert governed_kept(text, normal) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state in the genitive right after the name belongs to it; the state is still
        # named on its own.
        (
            "Председатель Комитета по туризму Абхазии посетил выставку.",
            ["Комитет по туризму Абхазии", "Абхазия"],
        ),
        (
            "Меморандум подписали с Управлением по культуре Вьетнама.",
            ["Управление по культуре Вьетнама", "Вьетнам"],
        ),
        # Something between them: two actors, the name without the state.
        (
            "Соглашение подписали Управление по культуре, Вьетнам и другие.",
            ["Управление по культуре", "Вьетнам"],
        ),
    ],
)
def test_state_after_a_new_organisation(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert names(nlp, gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министры стран ОПЕК+ договорились продлить сокращение добычи.", ["opec-plus"]),
        ("Участники сделки ОПЕК+ соберутся в субботу.", ["opec-plus"]),
        # The plain name stays the plain organisation.
        ("ОПЕК опубликовала ежемесячный доклад.", ["opec"]),
        # A «+» that is not glued to the name.
        ("ОПЕК + ещё пять стран.", ["opec"]),
    ],
)
def test_plus_grouping(nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert [h.actor_id for h in match_actors(nlp.analyse(text), gaz, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A council of the members' officials is the organisation meeting.
        ("Министр выступил на заседании Совета министров иностранных дел ОБСЕ.", ["osce"]),
        ("В Душанбе прошло заседание Совета глав государств СНГ.", ["cis"]),
        ("Заседание Совета глав государств-членов ШОС пройдёт летом.", ["sco"]),
        # A state's council stays the state's body.
        ("Совет министров Белоруссии утвердил программу.", ["Совет министров Белоруссии"]),
    ],
)
def test_members_council_is_the_organisation(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    analysis = nlp.analyse(text)
    found = match_actors(analysis, gaz, None)
    records = actors_of(found, analysis, gaz)
    got = [h.actor_id if h.actor_id in gaz.actors else records[h.actor_id].name_ru for h in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit of a body named right after it: the body alone speaks.
        ("Об итогах встречи рассказали в Департаменте печати МИД России.", ["МИД России"]),
        (
            "Департамент по связям с общественностью Минфина США выпустил разъяснение.",
            ["Минфин США"],
        ),
        # A unit of a state (no body after it) stays an organisation of its own.
        (
            "Меморандум подписали с Управлением по культуре Вьетнама.",
            ["Управление по культуре Вьетнама", "Вьетнам"],
        ),
    ],
)
def test_unit_of_a_named_body(nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]) -> None:
    assert names(nlp, gaz, text) == expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a medium's word inside a hyphenated name, «ИА» (информационное агентство), «вестник»
        ("ИНТЕРФАКС-ЮГ", "media"),
        ("ИА «Поморье-Новости»", "media"),
        ("Вестник Арктики", "media"),
        ("Северо-Западный банк", "company"),
        ("Российско-норвежский комитет", "organisation"),
    ],
)
def test_kind_of_an_unknown_organisation(name: str, kind: str) -> None:
    assert kind_of(name.split()) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hall, a study, a palace: where it took place, no organisation.
        ("Пресс-конференция прошла в Восточном зале Белого дома.", ["Белый дом"]),
        ("Беседа продолжилась в Овальном кабинете.", []),
        ("Саммит открылся в Константиновском дворце.", []),
    ],
)
def test_rooms_and_palaces_are_places(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: list[str]
) -> None:
    assert names(nlp, gaz, text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # A happening's noun opening a name the tagger took for a proper one (a capital at a
        # line's start): the happening, no organisation.
        ([("Встреча", "встреча"), ("заместителей", "заместитель")], None),
        ([("Консультации", "консультация"), ("представителей", "представитель")], None),
        # A body's own name still is one.
        ([("Совет", "совет"), ("Федерации", "федерация")], "Совет Федерации"),
    ],
)
def test_a_happening_noun_opens_no_name(words: list[tuple[str, str]], expected: str | None) -> None:
    tokens, at = [], 0
    for text, lemma in words:
        tokens.append(Token(at, at + len(text), text, lemma, "PROPN"))
        at += len(text) + 1
    text = " ".join(w for w, _ in words)
    record = organisation(Entity(0, len(text), "ORG", text, text), tokens, None)
    assert (record.name_ru if record else None) == expected


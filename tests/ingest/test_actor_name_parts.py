"""Names of people: the case a partly normalised name shows, and which word is a surname."""

from __future__ import annotations

import pytest

from app.ingest.actors import Gazetteer, actors_of, match_actors
from app.ingest.actors.lemmas import norm, stem
from app.ingest.actors.names import nominative, one_line
from app.ingest.nlp import Nlp


@pytest.mark.parametrize(
    ("text", "normal", "expected"),
    [
        # natasha took the genitive «-а» off the first name only: the surname is in the
        # genitive too.
        ("Абдельвахида Сенгора", "Абдельвахид Сенгора", "Абдельвахид Сенгор"),
        # The dative, and a hyphenated first name with a particle-like second word.
        ("Абдельвахиду Сенгору", "Абдельвахид Сенгору", "Абдельвахид Сенгор"),
        ("Жан-Люка Ле Бретона", "Жан-Люк Ле Бретона", "Жан-Люк Ле Бретон"),
        # An instrumental in «-ием» is a name in «-ий».
        ("Рабием Джемалом", "Рабием Джемал", "Рабий Джемал"),
        # Nothing normalised: no case is shown, the name stays as written.
        ("Смаил Хаддад", "Смаил Хаддад", "Смаил Хаддад"),
        ("Кваме Нкрума", "Кваме Нкрума", "Кваме Нкрума"),
        # Every word normalised: natasha's forms are taken as they are.
        ("Абдельвахида Сенгора", "Абдельвахид Сенгор", "Абдельвахид Сенгор"),
    ],
)
def test_case_shown_by_natasha_on_one_word(text: str, normal: str, expected: str) -> None:
    assert nominative(text, normal) == expected


def test_oblique_full_name_is_one_person_with_the_nominative(nlp: Nlp, gaz: Gazetteer) -> None:
    text = (
        "Переговоры прошли во время визита Абдельвахида Сенгора в Москву. "
        "Сенгор пригласил коллег в Дакар."
    )
    analysis = nlp.analyse(text)
    found = [h for h in match_actors(analysis, gaz, None) if h.via == "ner"]
    records = actors_of(found, analysis, gaz)
    assert {records[h.actor_id].name_ru for h in found} == {"Абдельвахид Сенгор"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A first name whose lemma is a known surname's («Смаил»/«Смаилов», «Лавр»/«Лавров»)
        # is somebody else's first name.
        ("Посол Смаил Хаддад сделал заявление.", "smail-khaddad", "alihan-smailov"),
        ("Генерал Лавр Корнилов выступил в Москве.", "lavr-kornilov", "sergey-lavrov"),
    ],
)
def test_a_first_name_is_not_a_surname(
    nlp: Nlp, gaz: Gazetteer, text: str, expected: str, absent: str
) -> None:
    got = [h.actor_id for h in match_actors(nlp.analyse(text), gaz, None)]
    assert expected in got and absent not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The surname is still matched where it stands last, alone, or before a patronymic.
        ("Вчера Алихан Смаилов прибыл в Москву.", "alihan-smailov"),
        ("Вчера Смаилов прибыл в Москву.", "alihan-smailov"),
        ("Документ подписал Лавров Сергей Викторович.", "sergey-lavrov"),
    ],
)
def test_the_surname_still_matches(nlp: Nlp, gaz: Gazetteer, text: str, expected: str) -> None:
    assert expected in [h.actor_id for h in match_actors(nlp.analyse(text), gaz, None)]


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        # A short name in «-ий» has one stem with its oblique forms.
        (("Абий", "Абия", "Абию", "Абием"), True),
        (("Юрий", "Юрия", "Юрием"), True),
        # Longer words keep their stems as before.
        (("Красноярский", "Красноярского"), True),
    ],
)
def test_stems_of_short_names_in_ii(forms: tuple[str, ...], same: bool) -> None:
    stems = {stem(norm(f)) for f in forms}
    assert (len(stems) == 1) is same


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A foreign first name pymorphy3 lemmatises wrongly («Фаттах» -> «фаттаха») still
        # meets its oblique forms: the full name, and the title before it, are one hit.
        ("Беседа с Абдель Фаттахом ас-Сиси прошла в Каире.", "Абдель Фаттахом ас-Сиси"),
        (
            "Путин поговорил с президентом Египта Абдель Фаттахом ас-Сиси.",
            "президентом Египта Абдель Фаттахом ас-Сиси",
        ),
    ],
)
def test_full_foreign_name_is_one_hit(nlp: Nlp, gaz: Gazetteer, text: str, span: str) -> None:
    found = match_actors(nlp.analyse(text), gaz, None)
    found = [h for h in found if h.actor_id != "vladimir-putin"]
    assert [(h.text, h.actor_id) for h in found] == [(span, "abdel-fattah-el-sisi")]


@pytest.mark.parametrize(
    ("text", "normal", "expected"),
    [
        # A word for a nationality before the name is no part of it; a rank is kept,
        # since a name may be a word the dictionary knows as a noun («Хакан»).
        ("Канадца Джона Доу", "Канадец Джон Доу", "Джон Доу"),
        ("Генерал Смитсон", "Генерал Смитсон", "Генерал Смитсон"),
        ("Хаканом Фиданом", "Хакан Фидан", "Хакан Фидан"),
        # A first name that is also a common word stays («Лев»: a lion, and a name).
        ("Лев Гурин", "Лев Гурин", "Лев Гурин"),
        # A name never runs over a line break: the line with a name word is the name.
        ("Пётр Самойлов\nПодробнее", "Пётр Самойлов Подробнее", "Пётр Самойлов"),
        ("Экономика\nСамойлов", "Экономика Самойлов", "Самойлов"),
    ],
)
def test_name_words_only(text: str, normal: str, expected: str) -> None:
    assert nominative(*one_line(text, normal)) == expected


@pytest.mark.parametrize(
    ("text", "normal", "expected"),
    [
        # The dictionary reads both words as a woman's nominative too; natasha's man's
        # nominative of their genitive is taken.
        ("Вадима Красикова", "Вадим Красиков", "Вадим Красиков"),
        ("Алексея Климова", "Алексей Климов", "Алексей Климов"),
        # A woman's first name keeps the surname a woman's, whatever natasha says.
        ("Мария Захарова", "Мария Захаров", "Мария Захарова"),
        ("Ольга Морозова", "Ольга Морозова", "Ольга Морозова"),
    ],
)
def test_natasha_nominative_of_a_mans_oblique_case(text: str, normal: str, expected: str) -> None:
    assert nominative(text, normal) == expected


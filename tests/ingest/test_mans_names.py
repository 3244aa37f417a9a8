"""Names of people in the nominative (actors/names.py): in a man's name the other words read
only as a man's (rule 7), an unknown name in «-ья»/«-ия» loses its instrumental ending
(rule 3), and a surname the sentence has in the nominative stays so (rule 8). The names
are made up or rare, foreign surnames a dictionary does not decline."""

from __future__ import annotations

import pytest

from app.ingest.actors.names import article_names, nominative
from app.ingest.nlp import Nlp


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A foreign surname that looks like the genitive of a woman's first name
        # («Джалиля», «Камиля»): beside a man's first name it is written as it is.
        ("Хасан Джалили", "Хасан Джалили"),
        ("Хасаном Джалили", "Хасан Джалили"),
        ("Рустам Камили", "Рустам Камили"),
        ("Олегом Камили", "Олег Камили"),
        # Known declined names still come to the nominative.
        ("Алексея Климова", "Алексей Климов"),
        ("Мухаммеда бен Заида", "Мухаммед бен Заид"),
        # A woman's name keeps a woman's readings.
        ("Марией Захаровой", "Мария Захарова"),
        # An unknown surname in «-ья»/«-ия» in the instrumental.
        ("Росарио Бустаманильей", "Росарио Бустаманилья"),
        ("Давидом Гурамией", "Давид Гурамия"),
    ],
)
def test_nominative_of_a_name(written: str, expected: str) -> None:
    assert nominative(written) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rule 8: a foreign surname that looks like the genitive of a first name
        # («Гафура», «Закира»), in the nominative where the sentence has it so.
        ("Посол Чили Педро Гальдос Гафура ответил на вопросы журналистов.", "Педро Гальдос Гафура"),
        ("В Москву прибыл Хорхе Мендоса Закира.", "Хорхе Мендоса Закира"),
        # A name in the genitive still comes to the nominative.
        ("Министр принял Владимира Петрова.", "Владимир Петров"),
    ],
)
def test_tagged_nominative_keeps_a_surname(nlp: Nlp, text: str, expected: str) -> None:
    analysis = nlp.analyse(text)
    assert list(article_names(analysis.entities, analysis.tokens).values()) == [expected]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Rule 5: a compound adjective natasha took for a person is no name.
        ("Российско-иорданская", None),
        ("Китайско-Монгольский", None),
        # Hyphenated names stay names.
        ("Жан-Клод", "Жан-Клод"),
        ("Кара-Мурза", "Кара-Мурза"),
        ("Римский-Корсаков", "Римский-Корсаков"),
    ],
)
def test_compound_adjective_is_no_name(word: str, expected: str | None) -> None:
    assert nominative(word) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A first name in «-ем» is no instrumental when nothing else in the name shows a case.
        ("Хашем Нурани", "Хашем Нурани"),
        ("Казем Бахрами", "Казем Бахрами"),
        # Another word shows the instrumental: the ending goes.
        ("Абием Ахмедом", "Абий Ахмед"),
        # A surname alone in «-ем» is still read as an instrumental.
        ("Фоанем", "Фоань"),
    ],
)
def test_first_name_in_em(written: str, expected: str) -> None:
    assert nominative(written) == expected

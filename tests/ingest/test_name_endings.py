"""Case endings of foreign names (actors/name_endings.py): the instrumental «-ей» of names
in a vowel + «я» and a hissing consonant + «а», and names that do not decline though the
dictionary reads them as an oblique case of another name, told by the case of their title.
The names are made up (or real people of no news in the set)."""

from __future__ import annotations

import pytest

from app.ingest.actors.name_endings import disagrees, strip_ending
from app.ingest.actors.names import nominative


@pytest.mark.parametrize(
    ("written", "title_case", "expected"),
    [
        # The instrumental of a name in a vowel + «я» or «йя».
        ("Ильмари Ваттиоей", None, "Ильмари Ваттиоя"),
        ("Пертти Каллиоей", "ablt", "Пертти Каллиоя"),
        ("Нурией Гарайей", "ablt", "Нурия Гарайя"),
        # The instrumental of a name in a hissing consonant + «а».
        ("Эстер Гаручей", None, "Эстер Гаруча"),
        # A name the dictionary knows only as a dative or accusative, beside a title in the
        # instrumental: an indeclinable foreign name, written as it is.
        ("Анете Ламберг", "ablt", "Анете Ламберг"),
        ("Паулу Тейшейрой", "ablt", "Паулу Тейшейра"),
        ("Луизе Хольм", "ablt", "Луизе Хольм"),
        # The same forms beside a title in their own case still decline.
        ("Анете Ламберг", "datv", "Анета Ламберг"),
        # Russian names in agreeing cases are as before.
        ("Маргаритой Ивановой", "ablt", "Маргарита Иванова"),
        ("Петру Иванову", "datv", "Пётр Иванов"),
        ("Марии Ивановой", "gent", "Мария Иванова"),
    ],
)
def test_nominative_of_a_foreign_name(written: str, title_case: str | None, expected: str) -> None:
    assert nominative(written, written, title_case) == expected


@pytest.mark.parametrize(
    ("word", "case", "expected"),
    [
        ("Ваттиоей", None, "Ваттиоя"),
        ("Гарайей", "ablt", "Гарайя"),
        ("Гаручей", None, "Гаруча"),
        # A title in another case: the «-ей» is no instrumental.
        ("Ваттиоей", "gent", "Ваттиоей"),
        # Endings rule 3 read before are unchanged.
        ("Кинтанильей", None, "Кинтанилья"),
        ("Фиданом", None, "Фидан"),
        ("Кисидой", None, "Кисида"),
    ],
)
def test_strip_ending(word: str, case: str | None, expected: str) -> None:
    assert strip_ending(word, case) == expected


@pytest.mark.parametrize(
    ("word", "title_case", "expected"),
    [
        ("Анете", "ablt", True),
        ("Анете", "loct", False),
        ("Паулу", "gent", False),  # the accusative agrees with the genitive
        ("Паулу", "datv", True),
        ("Иванову", "datv", False),
        ("Акиру", "accs", False),  # the accusative of «Акира», the dative of «Акир»
        ("Акиру", "ablt", True),
        ("Иванову", None, False),
        ("Ламберг", "ablt", False),  # unknown to the dictionary: nothing told
    ],
)
def test_disagrees(word: str, title_case: str | None, expected: bool) -> None:
    assert disagrees(word, title_case) is expected

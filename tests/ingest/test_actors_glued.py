"""Initials glued to a surname («И.О.Фамилия» of official releases): the surname is put in
the nominative and the initials are kept (app/ingest/actors/glued.py, names.nominative)."""

from __future__ import annotations

import pytest

from app.ingest.actors.glued import glue_back, split_glued
from app.ingest.actors.hit_records import unknown_person
from app.ingest.actors.names import nominative
from app.ingest.events.titles import inflect
from app.ingest.nlp import Entity


@pytest.mark.parametrize(
    ("text", "normal", "name"),
    [
        # genitive after a title, natasha's normal already right
        ("П.Н.Соколова", "П.Н.Соколов", "П.Н.Соколов"),
        # instrumental after «с», natasha's normal left as written
        ("Е.Д.Морозовым", "Е.Д.Морозовым", "Е.Д.Морозов"),
        ("Г.Ю.Беловым", "", "Г.Ю.Белов"),
        # one initial, a foreign surname in the instrumental
        ("Р.Хасаном", "Р.Хасаном", "Р.Хасан"),
        # a nominative stays as written
        ("О.К.Ткаченко", "О.К.Ткаченко", "О.К.Ткаченко"),
        ("Т.Фарук", "Т.Фарук", "Т.Фарук"),
        # a woman's surname in an oblique case
        ("Н.А.Волковой", "Н.А.Волковой", "Н.А.Волкова"),
    ],
)
def test_glued_initials_keep_the_surname_in_the_nominative(
    text: str, normal: str, name: str
) -> None:
    assert nominative(text, normal) == name


@pytest.mark.parametrize(
    ("words", "split", "glued"),
    [
        (["А.Б.Иванов"], ["Иванов"], {0: "А.Б."}),
        (["А.", "Иванов"], ["А.", "Иванов"], {}),  # spaced: words of their own already
        (["Иван", "Иванов"], ["Иван", "Иванов"], {}),
        (["США"], ["США"], {}),
        (["т.е.так"], ["т.е.так"], {}),  # lower case: no initials
    ],
)
def test_split_glued(words: list[str], split: list[str], glued: dict[int, str]) -> None:
    assert split_glued(words) == (split, glued)
    assert glue_back(*split_glued(words)) == words


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        # natasha's normal form in lower case: every initial and the surname get a capital
        ("п.н.соколов", "П.Н.Соколов"),
        ("Е.Д.МОРОЗОВ", "Е.Д.Морозов"),
        ("т.фарук", "Т.Фарук"),
        # hyphens as before
        ("абу-салех", "Абу-Салех"),
    ],
)
def test_new_person_without_nominative_capitalises_each_initial(name: str, shown: str) -> None:
    rec = unknown_person(Entity(0, len(name), "PER", name, name))
    assert rec is not None and rec.name_ru == shown


@pytest.mark.parametrize(
    ("name", "case", "inflected"),
    [
        ("Е.Д.Морозов", "ablt", "Е.Д.Морозовым"),
        ("П.Н.Соколов", "gent", "П.Н.Соколова"),
        ("Григорий Белов", "ablt", "Беловым"),
    ],
)
def test_title_keeps_the_capitals_of_glued_initials(name: str, case: str, inflected: str) -> None:
    assert inflect(name, case, person=True) == inflected

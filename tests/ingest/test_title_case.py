"""Titles capitalised inside a sentence are given to the tagger and parser in lower case
(app/ingest/title_case.py), on sentences of our own."""

from __future__ import annotations

import pytest

from app.ingest.title_case import lower_title_words, lower_titles


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Official style: the title inside the sentence is lowered, the names are not.
        (
            "Вчера Чрезвычайный и Полномочный Посол Чили Карлос Мендоса прибыл в Москву.",
            "Вчера чрезвычайный и полномочный посол Чили Карлос Мендоса прибыл в Москву.",
        ),
        (
            "Его принял Заместитель Министра иностранных дел.",
            "Его принял заместитель министра иностранных дел.",
        ),
        # A title opening a sentence (after a full stop or a quote) keeps its capital.
        (
            "Встреча прошла. Президент уехал. «Министр прав», — сказал он.",
            "Встреча прошла. Президент уехал. «Министр прав», — сказал он.",
        ),
        # Other capitalised words, and «После» opening a clause after a dash, stay.
        (
            "Делегация Министерства обороны прибыла — После обеда начались переговоры.",
            "Делегация Министерства обороны прибыла — После обеда начались переговоры.",
        ),
        # The offsets stay: the same length.
        ("с Послом Кубы", "с послом Кубы"),
    ],
)
def test_lower_titles(text: str, want: str) -> None:
    got = lower_titles(text)
    assert got == want
    assert len(got) == len(text)


@pytest.mark.parametrize(
    ("words", "want"),
    [
        (
            ["Посол", "вручил", "грамоты", "Президенту"],
            ["Посол", "вручил", "грамоты", "президенту"],
        ),
        (["Его", "принял", "Посла"], ["Его", "принял", "посла"]),
        (["Его", "принял", "Лавров"], ["Его", "принял", "Лавров"]),
    ],
)
def test_lower_title_words(words: list[str], want: list[str]) -> None:
    assert lower_title_words(words) == want

"""Names joined by a dash with no spaces read as the spaced form does (joined_names.py), on
sentences of our own. Each variant of a sentence must give the events its spaced form gives."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.joined_names import split_points
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import event_rows, raw_article

PUB = dt.date(2011, 6, 10)  # a Friday

NAMES = frozenset({"Россия", "ЕС", "США", "Китай", "Гвинея", "Бисау"})


def _is_name(word: str) -> bool:
    return word in NAMES or word == "Гвинея-Бисау"


SPLITS: list[tuple[str, list[str]]] = [
    ("Россия–ЕС", ["Россия", "–", "ЕС"]),
    ("Россия—Китай", ["Россия", "—", "Китай"]),
    ("Россия-ЕС", ["Россия", "-", "ЕС"]),
    ("США‑Китай", ["США", "‑", "Китай"]),
    ("Россия–Европейский", ["Россия", "–", "Европейский"]),
    ("Нью–Йорк", ["Нью–Йорк"]),
    ("Россия–США–Китай", ["Россия", "–", "США", "–", "Китай"]),
    # one word: a hyphen not between two names, a name of its own, a long hyphen in lowercase
    ("Нью-Йорк", ["Нью-Йорк"]),
    ("Россия-матушка", ["Россия-матушка"]),
    ("Гвинея-Бисау", ["Гвинея-Бисау"]),
    ("российско–китайский", ["российско–китайский"]),
    ("кто-то", ["кто-то"]),
    ("Ту-154", ["Ту-154"]),
]


@pytest.mark.parametrize(("word", "tokens"), SPLITS)
def test_split_points(word: str, tokens: list[str]) -> None:
    assert [word[s:e] for s, e in split_points(word, _is_name)] == tokens


SPACED_AND_JOINED: list[tuple[str, list[str]]] = [
    (
        "В среду в Брюсселе состоялся саммит Россия — ЕС.",
        [
            "В среду в Брюсселе состоялся саммит Россия–ЕС.",
            "В среду в Брюсселе состоялся саммит Россия-ЕС.",
            "В среду в Брюсселе состоялся саммит Россия—ЕС.",
            "В среду в Брюсселе состоялся саммит Россия–Евросоюз.",
        ],
    ),
    (
        "Во вторник на Бали прошла встреча Россия – АСЕАН.",
        [
            "Во вторник на Бали прошла встреча Россия–АСЕАН.",
            "Во вторник на Бали прошла встреча Россия-АСЕАН.",
        ],
    ),
    (
        "Консультации Китай — США прошли в Пекине в четверг.",
        [
            "Консультации Китай–США прошли в Пекине в четверг.",
            "Консультации Китай-США прошли в Пекине в четверг.",
        ],
    ),
    (
        "Премьер Японии встретился с Обамой в Нью-Йорке 2 июня.",
        ["Премьер Японии встретился с Обамой в Нью–Йорке 2 июня."],
    ),
]


@pytest.mark.parametrize(("spaced", "variants"), SPACED_AND_JOINED)
def test_joined_reads_as_spaced(pipeline: Pipeline, spaced: str, variants: list[str]) -> None:
    expected = event_rows(pipeline.process(raw_article(spaced, PUB)).events)
    assert expected
    for text in variants:
        assert event_rows(pipeline.process(raw_article(text, PUB)).events) == expected, text

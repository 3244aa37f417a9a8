"""One pymorphy3 analyser per process, parses kept per word (app/ingest/morph_parses.py):
the same answers as pymorphy3's own, each word parsed once, shared by every reader."""

from __future__ import annotations

from typing import Any

import pymorphy3
import pytest

from app.ingest.actors import adjective_bodies, name_words
from app.ingest.actors.lemmas import Lemmatizer
from app.ingest.dates import morph as date_morph
from app.ingest.morph_parses import CachedAnalyzer, analyzer

_PLAIN = pymorphy3.MorphAnalyzer()


def _seen(parses: list[Any]) -> list[tuple[Any, ...]]:
    """What a reader sees of parses (their method stacks hold each analyser's own units)."""
    return [(p.word, str(p.tag), p.normal_form, p.score, p.is_known) for p in parses]


@pytest.mark.parametrize(
    "word",
    [
        "переговоры",
        "Переговоры",
        "министрами",
        "Шойгу",
        "шойгу",
        "Нью-Йорке",
        "ООН",
        "встретятся",
        "ё-мобиль",
        "2024-м",
        "Ивановой",
    ],
)
def test_parses_are_pymorphy3s(word: str) -> None:
    assert _seen(analyzer().parse(word)) == _seen(_PLAIN.parse(word))
    # the remembered answer too
    assert _seen(analyzer().parse(word)) == _seen(_PLAIN.parse(word))


def test_normal_forms_and_inflections_as_pymorphy3() -> None:
    ours, plain = analyzer().parse("послами")[0], _PLAIN.parse("послами")[0]
    assert ours.normal_form == plain.normal_form
    assert ours.inflect({"datv"}).word == plain.inflect({"datv"}).word
    assert analyzer().word_is_known("саммит") == _PLAIN.word_is_known("саммит")


class _Counting:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def parse(self, word: str) -> list[Any]:
        self.calls.append(word)
        return [word.upper(), word]


@pytest.mark.parametrize(
    ("words", "parsed"),
    [
        (["визит", "визит", "визит"], ["визит"]),
        (["Визит", "визит", "Визит"], ["Визит", "визит"]),  # case is part of the word
        (["посол", "МИД", "посол", "МИД"], ["посол", "МИД"]),
    ],
)
def test_each_word_parsed_once(words: list[str], parsed: list[str]) -> None:
    counting = _Counting()
    cached = CachedAnalyzer(counting)
    for w in words:
        assert cached.parse(w) == [w.upper(), w]
    assert counting.calls == parsed


def test_callers_get_fresh_lists() -> None:
    first = analyzer().parse("делегация")
    first.clear()
    assert _seen(analyzer().parse("делегация")) == _seen(_PLAIN.parse("делегация"))


def test_one_analyser_for_every_reader() -> None:
    shared = analyzer()
    assert date_morph.analyzer() is shared
    assert name_words.morph() is shared
    assert adjective_bodies._morph() is shared
    assert Lemmatizer()._morph is shared

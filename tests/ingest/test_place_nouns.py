"""Place keys after a noun for the kind of place (app/ingest/events/places.py): «в
исландской столице Рейкьявике» puts the happening in Reykjavik as «в Рейкьявике» does."""

from __future__ import annotations

import pytest

from app.ingest.events.keys import root
from app.ingest.events.places import place_keys
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Nlp


def place(word: str) -> str:
    return "@" + root(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Переговоры завершились в норвежской столице Осло.", {"осло"}),
        ("Встреча идёт в столице Норвегии Осло.", {"норвегия", "осло"}),
        ("Консультации прошли в швейцарском городе Берне.", {"берн"}),
        ("Саммит пройдёт в городе Сочи.", {"сочи"}),
        ("Министры встретились в Осло.", {"осло"}),  # as before
        # A place noun with no name after it names no place.
        ("Он провёл день в городе, а вечером прилетел в Берн.", {"берн"}),
    ],
)
def test_place_after_a_kind_of_place(nlp: Nlp, text: str, expected: set[str]) -> None:
    toks = nlp.analyse(text).tokens
    assert place_keys(toks, lambda t: root(lemma_of(t))) == {place(w) for w in expected}

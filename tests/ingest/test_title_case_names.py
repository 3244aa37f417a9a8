"""A name beside a title in the nominative, or after a thing's name and a title in the
genitive (actors/apposed_case.py, name_endings.disagrees): a foreign name the dictionary
knows only as an oblique case of another name does not decline. Sentences are made up."""

from __future__ import annotations

import pytest

from app.ingest.actors.apposed_case import apposed_case
from app.ingest.actors.name_endings import disagrees
from app.ingest.actors.names import nominative
from app.ingest.nlp import Token


def _tokens(spec: list[tuple[str, str, dict[str, str]]]) -> list[Token]:
    out, at = [], 0
    for text, pos, feats in spec:
        out.append(Token(at, at + len(text), text, text.lower(), pos, feats))
        at += len(text) + 1
    return out


_ANIM_GEN = {"Animacy": "Anim", "Number": "Sing", "Case": "Gen"}
_ANIM_NOM = {"Animacy": "Anim", "Number": "Sing", "Case": "Nom"}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # «приезд королевы Анете Ламберг»: a thing's name before the title, which heads
        # the name.
        (
            [("приезд", "NOUN", {"Animacy": "Inan", "Case": "Nom"}),
             ("королевы", "NOUN", _ANIM_GEN), ("Анете", "PROPN", {})],
            "gent",
        ),
        # «заместитель министра Анете Ламберг»: the name is the head's.
        (
            [("заместитель", "NOUN", {"Animacy": "Anim", "Case": "Nom"}),
             ("министра", "NOUN", _ANIM_GEN), ("Анете", "PROPN", {})],
            None,
        ),
        # «нас встретила королева Анете»: the title in the nominative.
        (
            [("встретила", "VERB", {}), ("королева", "NOUN", _ANIM_NOM),
             ("Анете", "PROPN", {})],
            "nomn",
        ),
    ],
)  # fmt: skip
def test_apposed_case(spec: list[tuple[str, str, dict[str, str]]], expected: str | None) -> None:
    tokens = _tokens(spec)
    starts = [t.start for t in tokens]
    assert apposed_case(tokens, starts, tokens[-1].start) == expected


@pytest.mark.parametrize(
    ("written", "title_case", "expected"),
    [
        # Beside a nominative title: written as it is.
        ("Анете Ламберг", "nomn", "Анете Ламберг"),
        ("Луизе Хольм", "nomn", "Луизе Хольм"),
        # A nominative title strips no ending a name has of its own.
        ("Иван Петров", "nomn", "Иван Петров"),
        ("Мария Иванова", "nomn", "Мария Иванова"),
        # Oblique titles are as before.
        ("Анете Ламберг", "datv", "Анета Ламберг"),
        ("Марии Ивановой", "gent", "Мария Иванова"),
    ],
)
def test_nominative_beside_a_nominative_title(
    written: str, title_case: str | None, expected: str
) -> None:
    assert nominative(written, written, title_case) == expected


@pytest.mark.parametrize(
    ("word", "title_case", "expected"),
    [
        ("Анете", "nomn", True),
        ("Анна", "nomn", False),
        ("Ламберг", "nomn", False),  # unknown to the dictionary: nothing told
    ],
)
def test_disagrees_with_a_nominative_title(word: str, title_case: str, expected: bool) -> None:
    assert disagrees(word, title_case) is expected

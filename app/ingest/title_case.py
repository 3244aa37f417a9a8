"""Titles written with a capital inside a sentence, given to the tagger in lower case.

Official texts capitalise a person's title in the middle of a sentence: «Чрезвычайный и
Полномочный Посол Лаоса ... вручил», «Заместитель Министра передал», «принял Посла». The
morphology tagger and the parser read a capitalised word as part of a name, and the clause
loses its subject. Such words (app/data/actors_refs.toml, [capitalised_titles]) are lowered
in the text the models read; the offsets stay the same, so tokens keep the article's text.
A word opening a sentence keeps its capital: there it says nothing.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources


def _forms() -> frozenset[str]:
    with (resources.files("app") / "data" / "actors_refs.toml").open("rb") as f:
        data = tomllib.load(f)["capitalised_titles"]
    forms = {stem + end for stem in data["stems"] for end in data["endings"]}
    forms |= set(data["also"])
    return frozenset(forms - set(data["not_titles"]))


TITLE_FORMS = _forms()
_WORD = re.compile(r"\b[А-ЯЁ][а-яё]+(?:-[а-яё]+)?\b")
# What may stand between a sentence's end and its first word.
_OPENERS = " \t\n«\"„“(—–-"


def _opens_sentence(text: str, start: int) -> bool:
    k = start
    while k > 0 and text[k - 1] in _OPENERS:
        k -= 1
    return k == 0 or text[k - 1] in ".!?…:\n" or "\n" in text[k:start]


def lower_titles(text: str) -> str:
    """`text` with every capitalised title word inside a sentence in lower case (same
    length)."""
    parts: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.lower() not in TITLE_FORMS or _opens_sentence(text, m.start()):
            continue
        parts.append(text[last : m.start()])
        parts.append(word.lower())
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


def lower_title_words(words: list[str]) -> list[str]:
    """A sentence's words for the parser, the title words after its first in lower case."""
    return [
        w.lower() if j > 0 and w[:1].isupper() and w.lower() in TITLE_FORMS else w
        for j, w in enumerate(words)
    ]

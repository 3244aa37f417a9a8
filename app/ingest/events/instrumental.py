"""Whether a word is a noun in the instrumental case, even where the tagger missed it.

natasha's tagger often takes a capitalised noun that opens a sentence for an adjective in
another case: «Инициатором контакта выступила российская сторона» comes out with
«Инициатором» as a genitive adjective, though its lemma («инициатор») is the noun's. A
masculine noun's instrumental singular is its lemma plus «-ом» (after a soft sign or «й»,
«-ем»: «сопредседатель» → «сопредседателем»); no adjective's form is its own lemma plus an
ending, since an adjective's lemma already ends in «-ый/-ий/-ой». So a word whose text is
its lemma with that ending is such a noun, whatever tag it got.

A noun of time in the instrumental («вечером», «днём», «летом») tells when, not a part
played (`of_time`; the nouns are data, app/data/speech.toml [role]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.nlp import Token

NOUNS = frozenset({"NOUN", "PROPN"})

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _TIMES = frozenset(tomllib.load(_f)["role"]["times"])


def of_time(tok: Token) -> bool:
    """Is `tok` a noun of time («вечером», «днём»): when, not a part played?"""
    return tok.lemma.lower().replace("ё", "е") in _TIMES


def _masculine_instrumental(text: str, lemma: str) -> bool:
    if not lemma or lemma[-1] in "ыиоеяаую":
        return False  # «российский», «сторона»: not a masculine noun of the second declension
    if lemma[-1] in "ьй":
        return text == lemma[:-1] + "ем"
    return text in (lemma + "ом", lemma + "ем", lemma + "ём")


def instrumental(tok: Token) -> bool:
    """Is `tok` a noun in the instrumental («посредником», «Инициатором»)?"""
    if tok.pos in NOUNS and tok.feats.get("Case") == "Ins":
        return True
    lemma = tok.lemma.lower().replace("ё", "е")
    text = tok.text.lower().replace("ё", "е")
    return tok.pos in (*NOUNS, "ADJ") and _masculine_instrumental(text, lemma)

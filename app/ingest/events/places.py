"""Where a report places its happening, kept among its word keys for the merge.

Outlets retell one happening in their own words, but they name its place alike («в Ханое»,
«переговоры прошли в Ханое»): the place is strong evidence that two reports with the same
principal and nearby dates are one happening. A place is a proper noun governed by «в/во»
(«в Анталье», «в Нижнем Новгороде»), kept as its root with PLACE_MARK in front, so that it
travels with the other keys (an event's signature) and is told apart from plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from app.ingest.events.key_memo import keyed
from app.ingest.events.lexicon import PLACE_NOUNS
from app.ingest.nlp import Token

PLACE_MARK = "@"
_IN = frozenset({"в", "во"})
# «в Нижнем Новгороде», «в Северной Корее»: an adjective may come between; «в исландской
# столице Рейкьявике»: an adjective and a noun for the kind of place.
_LOOKAHEAD = 3


def place_keys(toks: Sequence[Token], root: Callable[[Token], str]) -> set[str]:
    """The marked roots of the proper nouns the sentence puts its happening in: «в Ханое»,
    and after a noun for the kind of place, its name («в городе Сочи») and the state it
    names first («в столице Исландии Рейкьявике»: both)."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t.text.lower() not in _IN:
            continue
        kind = False  # a place noun («столице») came: its names follow
        for j in range(i + 1, min(len(toks), i + 1 + _LOOKAHEAD)):
            nxt = toks[j]
            if nxt.pos == "PROPN":
                out.add(PLACE_MARK + root(nxt))
                if not kind:
                    break
                if j + 1 < len(toks) and toks[j + 1].pos == "PROPN":
                    out.add(PLACE_MARK + root(toks[j + 1]))
                break
            if nxt.pos == "NOUN" and nxt.lemma in PLACE_NOUNS and not kind:
                kind = True
                continue
            if nxt.pos != "ADJ":
                break
    return out


@keyed
def places(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith(PLACE_MARK))


@keyed
def words(keys: Iterable[str]) -> frozenset[str]:
    """The keys that are plain words (wording is compared on these)."""
    return frozenset(k for k in keys if not k.startswith(PLACE_MARK))

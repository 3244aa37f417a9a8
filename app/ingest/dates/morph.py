"""pymorphy3, created once and cached; word features cached per lower-cased word."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class Word:
    pos: str
    lemma: str
    grammemes: frozenset[str]


def analyzer() -> Any:
    from app.ingest.morph_parses import analyzer as shared  # parses kept per word

    return shared()


@lru_cache(maxsize=100_000)
def word(w: str) -> Word:
    """The most probable analysis of a (lower-cased) word."""
    p = analyzer().parse(w)[0]
    return Word(str(p.tag.POS or ""), str(p.normal_form), frozenset(p.tag.grammemes))


@lru_cache(maxsize=20_000)
def plural_only(w: str) -> bool:
    """Does the dictionary read the (lower-cased) word as a plural noun only («президенты»,
    «министры»)? The tagger may call a capitalised plural opening a sentence a singular
    name."""
    parses = [p for p in analyzer().parse(w) if p.is_known]
    return bool(parses) and all(p.tag.POS == "NOUN" and p.tag.number == "plur" for p in parses)

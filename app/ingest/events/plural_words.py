"""The words that may stand for several parties told before (app/data/plural_refs.toml):
«они», «стороны», «лидеры», «страны», each of a class, and whether such a noun stands alone
or names some other group («стороны конфликта», «страны Запада»). Read by plural_refs.py
and parties.py."""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "plural_refs.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)
CLASSES: dict[str, str] = {
    w: cls for cls in ("any", "people", "states") for w in _DATA[cls]
}
ALLOWED = frozenset(_DATA["allowed"])
# «четыре министра», «трое лидеров»: how many a numeral beside the noun says were told.
COUNTS: dict[str, int] = dict(_DATA["counts"])
COMPANIONS = frozenset(_DATA["companions"])
# Nouns of the people class that fit anyone: no title of theirs to check.
ANY_TITLE = frozenset(_DATA["any_title"])


def bare(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """No word of its own under the noun but a numeral, «оба», «эти», punctuation, or the
    happening they took part in («участники переговоров»): «стороны конфликта», «страны
    Запада», «российские министры» are some other group."""
    return all(
        lemma_of(toks[k]) in ALLOWED
        or lemma_of(toks[k]) in COUNTS
        or toks[k].pos == "PUNCT"
        or parse.rels[k] == "cc"
        or lemma_of(toks[k]) in NOUN_TRIGGERS
        or lemma_of(toks[k]) in COMPANIONS  # «президенты с супругами»: with company
        or _of_states_told(toks, parse, k)
        for k, h in enumerate(parse.heads)
        if h == j and parse.rels[k] not in ("conj",)
    )


def told_count(toks: list[Token], parse: SentenceParse, j: int) -> int | None:
    """How many the noun's numeral says there are («четыре министра»: 4, «оба лидера»: 2),
    None without one."""
    return next(
        (
            COUNTS[lemma_of(toks[k])]
            for k, h in enumerate(parse.heads)
            if h == j and lemma_of(toks[k]) in COUNTS
        ),
        None,
    )


# The nouns for states («страна», «государство»): «двух стран» under a noun of people ties
# them back to the states told.
_STATES = frozenset(w for w, cls in CLASSES.items() if cls == "states")


def _of_states_told(toks: list[Token], parse: SentenceParse, k: int) -> bool:
    """Is dependent `k` a genitive that ends on the states told: «министры обороны двух
    стран», «главы ведомств обеих стран», «министры этих стран»? The office between
    («обороны», «иностранных дел») says which of their people, not another group; «министры
    обороны» alone, «министры стран Запада» stay some other group."""
    if parse.rels[k] != "nmod":
        return False
    below = [k]
    for n in below:  # the genitive's words, down the tree
        below += [m for m, h in enumerate(parse.heads) if h == n and parse.rels[m] != "conj"]
    return any(
        lemma_of(toks[n]) in _STATES
        and any(
            h == n and lemma_of(toks[m]) in ALLOWED and parse.rels[m] != "conj"
            for m, h in enumerate(parse.heads)
        )
        and all(
            lemma_of(toks[m]) in ALLOWED or toks[m].pos == "PUNCT"
            for m, h in enumerate(parse.heads)
            if h == n
        )
        for n in below
    )

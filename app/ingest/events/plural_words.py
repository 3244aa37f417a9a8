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
COMPANIONS = frozenset(_DATA["companions"])
# Nouns of the people class that fit anyone: no title of theirs to check.
ANY_TITLE = frozenset(_DATA["any_title"])


def bare(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """No word of its own under the noun but a numeral, «оба», «эти», punctuation, or the
    happening they took part in («участники переговоров»): «стороны конфликта», «страны
    Запада», «российские министры» are some other group."""
    return all(
        lemma_of(toks[k]) in ALLOWED
        or toks[k].pos == "PUNCT"
        or parse.rels[k] == "cc"
        or lemma_of(toks[k]) in NOUN_TRIGGERS
        or lemma_of(toks[k]) in COMPANIONS  # «президенты с супругами»: with company
        for k, h in enumerate(parse.heads)
        if h == j and parse.rels[k] not in ("conj",)
    )

"""A happening named as one that did not take place, or as absent, is no happening.

«Год несостоявшихся встреч», «несостоявшийся визит», «указал на отсутствие договорённостей
по встрече», «на фоне отсутствия переговоров»: the noun is named by what it lacks; no
«не» on a verb denies it (clause_mood.negated), but the word over or before it does. A trigger
noun with an adjective of not having taken place, or under a noun of absence (through
nouns only, up to the first verb), gives no event; an absent agreement leaves the meeting
it would be about unheld too.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["unheld"]
UNHELD_ADJECTIVES = frozenset(_DATA["adjectives"])
ABSENCE_NOUNS = frozenset(_DATA["absence"])


def unheld(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` named as not held («несостоявшихся встреч») or absent
    («отсутствие договорённостей по встрече»)?"""
    if toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    if any(
        h == idx and parse.rels[j] == "amod" and lemma_of(toks[j]) in UNHELD_ADJECTIVES
        for j, h in enumerate(parse.heads)
    ):
        return True
    for above in ancestors(parse, idx):
        if toks[above].pos in VERBAL:
            return False
        if lemma_of(toks[above]) in ABSENCE_NOUNS:
            return True
    return False

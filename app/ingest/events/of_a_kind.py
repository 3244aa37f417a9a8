"""A happening named by its kind is no one happening.

«Впервые в подобных переговорах участвовал Иран», «в последний раз проводили подобные
консультации в Вене летом прошлого года»: «подобный» (of this kind) names talks like the ones
the article tells, not a round of its own; the round it compares with is told, if at all, in
words of its own. A trigger noun with such an adjective gives no event. The adjectives are
data (app/data/triggers.toml, [kind]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    KIND_ADJECTIVES = frozenset(tomllib.load(_f)["kind"]["adjectives"])


def of_a_kind(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` named by its kind («в подобных переговорах»)?"""
    if toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    return any(
        h == idx and parse.rels[j] in ("amod", "det") and lemma_of(toks[j]) in KIND_ADJECTIVES
        for j, h in enumerate(parse.heads)
    )

"""A happening whose dates are only possible is talked of, not held.

«Стороны обсудили возможные сроки визита», «договорились о возможной дате встречи»: the
trigger is the genitive of a noun of its time (SCHEDULING_NOUNS) that a word of possibility
(POSSIBLE_LEMMAS) qualifies; the happening is as possible as its dates (status.py asks).
"""

from __future__ import annotations

from app.ingest.events.lexicon import POSSIBLE_LEMMAS, SCHEDULING_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How a word of possibility hangs on the noun of time: «возможные сроки», «сроки, возможные ...».
_QUALIFIERS = frozenset({"amod", "acl"})


def possible_schedule(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is trigger noun `trigger` the genitive of a noun of its time that is only possible
    («возможные сроки визита», «о возможной дате встречи»)?"""
    head = parse.heads[trigger]
    if tokens[trigger].pos in VERBAL or head < 0 or parse.rels[trigger] != "nmod":
        return False
    if lemma_of(tokens[head]) not in SCHEDULING_NOUNS:
        return False
    return any(
        h == head and parse.rels[j] in _QUALIFIERS and lemma_of(tokens[j]) in POSSIBLE_LEMMAS
        for j, h in enumerate(parse.heads)
    )

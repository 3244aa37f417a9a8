"""Talks told on a call are the call: «В ходе телефонного разговора 16 января лидеры обсудили
ситуацию в Сирии».

A contact noun that only sets the scene of a happening told by a verb gives way to it («по
итогам переговоров приняли заявление»: the statement is the news). But a discussion told on
a call is what the call was about: the call is the happening, and its kind is the more
precise one. So a call noun governed by «в ходе», «во время» under a verb of talks stays a
happening of its own (the sentence's grouping then folds the talks into it).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.anaphora import same_occasion
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, verb_above
from app.ingest.nlp import Token


def discussed_on_call(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    triggers: Sequence[tuple[int, str]],
) -> bool:
    """Is call noun `idx` the occasion («в ходе разговора») of talks told by the verb above
    it («обсудили»)?"""
    if typ != "call" or toks[idx].pos in VERBAL or not same_occasion(toks, parse, idx):
        return False
    verb = verb_above(toks, parse, idx)
    return any(i == verb and t == "talks" for i, t in triggers)

"""Proposals and what they propose: «пригласил Ван И посетить Москву» is a proposal made that
day by its proposer; the visit proposed is no happening and whom it is addressed to is no party.
"""

from __future__ import annotations

from app.ingest.events.model import (
    ActorSpan,
    SentenceParse,
)
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb, span_head
from app.ingest.nlp import Token


def proposed(toks: list[Token], parse: SentenceParse, proposals: set[int], idx: int) -> bool:
    """Is trigger `idx` an infinitive that a proposal governs («приглашение посетить
    Москву», «предложил встретиться»)? Then it is what was proposed, not a happening."""
    if idx in proposals or toks[idx].feats.get("VerbForm") != "Inf":
        return False
    # The parser hangs the infinitive on the proposal or on the verb that conveys it
    # («передал приглашение ... посетить»).
    governing = proposals | {anchor_verb(toks, parse, p) for p in proposals}
    return any(a in governing for a in ancestors(parse, idx)[:2])


def in_proposed_act(toks: list[Token], parse: SentenceParse, hit: ActorSpan, idx: int) -> bool:
    """Is the actor named inside the act a proposal proposes («пригласил Ван И посетить
    Москву»: Moscow is where the visit would go, not a proposer)?"""
    head = span_head(toks, parse, hit.start, hit.end)
    stop = {idx, anchor_verb(toks, parse, idx)}
    cur = head
    while cur is not None and cur >= 0 and cur not in stop:
        if toks[cur].pos in VERBAL and toks[cur].feats.get("VerbForm") == "Inf":
            return True
        cur = parse.heads[cur]
    return False


def proposed_now(toks: list[Token], parse: SentenceParse, typ: str, idx: int) -> bool:
    """A proposal told by a perfective past verb («предложил», «пригласил», «передал
    приглашение»): made on the day the article reports, like a statement."""
    if typ != "proposal":
        return False
    verb = toks[anchor_verb(toks, parse, idx)]
    return (
        verb.pos in VERBAL
        and verb.feats.get("Aspect") == "Perf"
        and verb.feats.get("Tense") == "Past"
    )

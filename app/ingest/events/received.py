"""A proposal its addressee receives or weighs is no proposal of the addressee's.

«Посольство получило 35 приглашений на ёлку», «госсекретарь получил приглашение посетить
Москву», «Трамп рассматривает приглашение»: the invitation or proposal was made before, by
someone else, and its receiving is not the making of one. A proposal noun that a verb of
receiving or weighing governs directly (as object, or as subject of its passive) gives no
event; the invitation's own making, where told, is read from its own words. So does a
proposal verb in the passive that names only its addressee («Обама приглашён в Москву в
сентябре»): whoever invited him is not told, and the addressee proposes nothing. Nor is
one said to stand («приглашение Обаме остаётся в силе»): it was made before.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["received"]
RECEIVING_VERBS = frozenset(_DATA["verbs"])
INVITING_VERBS = frozenset(_DATA["passive"])
STANDING = str(_DATA["standing"])
# Words from the noun to «в силе»: its addressee, «остаётся».
_STANDING_REACH = 5


def received(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is proposal noun `idx` what a verb of receiving or weighing governs («получило
    приглашения», «рассматривает приглашение»)?"""
    if toks[idx].pos in VERBAL or NOUN_TRIGGERS.get(lemma_of(toks[idx])) != "proposal":
        return False
    head = parse.heads[idx]
    return head >= 0 and toks[head].pos in VERBAL and lemma_of(toks[head]) in RECEIVING_VERBS


# The one who made it, under a passive: «приглашён Путиным» (a bare instrumental).
_AGENT_CASE = "Ins"


def addressee_only(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is proposal verb `idx` a passive naming its addressee and no one who made it
    («Обама приглашён в Москву»)?"""
    tok = toks[idx]
    if tok.pos not in VERBAL or tok.feats.get("Voice") != "Pass":
        return False
    if lemma_of(tok) not in INVITING_VERBS:
        return False
    kids = [j for j, h in enumerate(parse.heads) if h == idx]
    if not any(parse.rels[j] == "nsubj:pass" for j in kids):
        return False
    return not any(
        toks[j].feats.get("Case") == _AGENT_CASE
        and toks[j].pos in ("NOUN", "PROPN", "PRON")
        and not any(h == j and parse.rels[k] == "case" for k, h in enumerate(parse.heads))
        for j in kids
    )  # «перед саммитом» is an instrumental under a preposition: no agent


def still_standing(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is proposal noun `idx` said to stand («приглашение в силе», «приглашение остаётся в
    силе»): «в силе» on the noun itself or on the verb it is the subject of?"""
    if toks[idx].pos in VERBAL or NOUN_TRIGGERS.get(lemma_of(toks[idx])) != "proposal":
        return False
    # «приглашение госсекретарю в силе»: the parser often leaves «в силе» unattached; the
    # words right after the noun and its addressee tell it all the same.
    for k in range(idx + 1, min(idx + _STANDING_REACH, len(toks) - 1)):
        if lemma_of(toks[k]) == "в" and lemma_of(toks[k + 1]) == STANDING:
            return True
    over = {idx}
    if parse.rels[idx].startswith("nsubj") and parse.heads[idx] >= 0:
        over.add(parse.heads[idx])
    return any(
        parse.heads[j] in over
        and lemma_of(toks[j]) == STANDING
        and any(h == j and lemma_of(toks[k]) == "в" for k, h in enumerate(parse.heads))
        for j in range(len(toks))
    )

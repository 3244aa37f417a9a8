"""A proposal its addressee receives or weighs is no proposal of the addressee's.

«Посольство получило 35 приглашений на ёлку», «госсекретарь получил приглашение посетить
Москву», «Трамп рассматривает приглашение»: the invitation or proposal was made before, by
someone else, and its receiving is not the making of one. A proposal noun that a verb of
receiving or weighing governs directly (as object, or as subject of its passive) gives no
event; the invitation's own making, where told, is read from its own words.
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
    RECEIVING_VERBS = frozenset(tomllib.load(_f)["received"]["verbs"])


def received(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is proposal noun `idx` what a verb of receiving or weighing governs («получило
    приглашения», «рассматривает приглашение»)?"""
    if toks[idx].pos in VERBAL or NOUN_TRIGGERS.get(lemma_of(toks[idx])) != "proposal":
        return False
    head = parse.heads[idx]
    return head >= 0 and toks[head].pos in VERBAL and lemma_of(toks[head]) in RECEIVING_VERBS

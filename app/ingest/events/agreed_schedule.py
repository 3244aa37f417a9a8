"""Agreeing when or whether to meet is no agreement: it tells the contact, not a document.

«Стороны договорились перенести его на осень», «министры условились провести следующий раунд
в Москве», «договорились встретиться весной»: what is agreed is a contact's time or place, and
the news is that contact (planned or put off), which its own noun tells when it is named. The
verb of agreeing with such an infinitive (lexicon SCHEDULING_VERBS) is no agreement trigger,
whether or not the contact is named by a noun the reader can see («перенести его»: a pronoun
for a visit told before). Agreeing to set up, sign or resume something stays an agreement
(«договорились создать рабочую группу», «договорились возобновить работу комиссии»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import AGREEING_VERBS, SCHEDULING_VERBS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def agreed_schedule(tokens: Sequence[Token], parse: SentenceParse, verb: int) -> bool:
    """Is the verb of agreeing at `verb` one whose infinitive sets a contact's time or place
    («договорились перенести», «условились провести»)?"""
    return lemma_of(tokens[verb]) in AGREEING_VERBS and any(
        h == verb
        and rel == "xcomp"
        and lemma_of(tokens[j]) in SCHEDULING_VERBS
        and tokens[j].feats.get("VerbForm") == "Inf"
        for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True))
    )


def without_schedules(
    tokens: Sequence[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The triggers less the agreements that only set a contact's time or place."""
    return [
        (i, typ)
        for i, typ in triggers
        if not (typ == "agreement" and agreed_schedule(tokens, parse, i))
    ]

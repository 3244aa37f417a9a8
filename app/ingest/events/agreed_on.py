"""A call an agreement was reached on is a happening of its own: «договорённость была
достигнута в ходе телефонного разговора с Минфином США на этой неделе», «во время разговора
в пятницу договорились о продлении перемирия».

A contact noun that only sets the scene of a happening told by a verb gives way to it
(attribution.setting: «по итогам переговоров приняли заявление»; document_anaphora.
signed_after: «в ходе переговоров подписаны документы»: the document is the news, the
talks are told elsewhere). A call is not such a way to a document: what the sides agreed
on the phone is the call's outcome (report_types.call_outcome joins the two), and the call
is often told nowhere else in the text, with the date in its phrase («разговора ... на этой
неделе») its own. So a call noun in the course of which («в ходе», «во время»:
anaphora.same_occasion) the verb above it tells an agreement stays a happening. Meetings
and talks keep giving way: a meeting is told in a sentence of its own, and the documents
signed at it are another event (kept both, they came out as duplicates of the meeting).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.anaphora import same_occasion
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, verb_above
from app.ingest.nlp import Token

# Contacts whose agreement is their outcome, not a document concluded at them.
_CONTACTS = frozenset({"call"})


def agreed_on(
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    typ: str,
    triggers: Sequence[tuple[int, str]],
) -> bool:
    """Is contact noun `idx` the occasion («в ходе разговора») of an agreement told by the
    verb above it («договорённость была достигнута», «договорились»)?"""
    if typ not in _CONTACTS or toks[idx].pos in VERBAL or not same_occasion(toks, parse, idx):
        return False
    verb = verb_above(toks, parse, idx)
    return verb >= 0 and any(i == verb and t == "agreement" for i, t in triggers)

"""An envoy summoned to a foreign ministry («посла вызвали в МИД», «вызов посла в МИД
Армении»): the meeting is between the envoy and the ministry he is summoned to.

Whether «вызвать»/«вызов» is a summons at all is read in triggers.py (the envoy is what is
summoned). Here: the ministry named as where he was summoned («в МИД Армении») is no mere
place, as «в Кремле» is for a meeting, but the other party to it.
"""

from __future__ import annotations

from app.ingest.events.lexicon import SUMMON_WORDS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

TO = frozenset({"в", "во"})


def summoned_to(
    toks: list[Token], parse: SentenceParse, trigger: int, start: int, end: int, body: bool
) -> bool:
    """Is the body spanning `start`..`end` where the summons at `trigger` calls the envoy
    («вызван в МИД Армении»)? Then it is a party, not the venue."""
    if not body or lemma_of(toks[trigger]) not in SUMMON_WORDS:
        return False
    head = span_head(toks, parse, start, end)
    return (
        head is not None
        and parse.heads[head] == trigger
        and any(
            h == head and parse.rels[j] == "case" and lemma_of(toks[j]) in TO
            for j, h in enumerate(parse.heads)
        )
    )

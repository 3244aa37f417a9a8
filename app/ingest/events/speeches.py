"""A gathering that is only where someone spoke: the speech is the news, not a meeting.

«Теббун выступил на пленарной сессии форума», «Лавров выступил на заседании Совбеза»: the
gathering noun is the place («на» + the noun) of a verb of speaking; what the sentence
tells is the speaker's words on that occasion (a statement), not a meeting of the speaker
with the gathering. Not «выступил за продление» (a stance) nor «выступил посредником на
переговорах» (a part played: the talks stay a happening).
"""

from __future__ import annotations

from app.ingest.events.instrumental import instrumental
from app.ingest.events.model import SentenceParse
from app.ingest.events.sourcing import STANCE_VERBS, stance
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The preposition of the occasion a speech is given at.
AT = frozenset({"на"})


def spoken_at(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is gathering noun `idx` the occasion a verb of speaking was spoken at?"""
    verb = parse.heads[idx]
    if verb < 0 or parse.rels[idx] != "obl" or lemma_of(toks[verb]) not in STANCE_VERBS:
        return False
    if stance(toks, parse, verb) or any(
        parse.heads[j] == verb and _bare_instrumental(toks, parse, j) for j in range(len(toks))
    ):
        return False
    return any(
        parse.heads[k] == idx and parse.rels[k] == "case" and lemma_of(toks[k]) in AT
        for k in range(len(toks))
    )


def _bare_instrumental(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """«посредником», with no preposition of its own: the part the speaker played."""
    return instrumental(toks[j]) and not any(
        parse.heads[k] == j and parse.rels[k] == "case" for k in range(len(toks))
    )

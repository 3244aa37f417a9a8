"""«Министр собирается в Баку»: one person getting ready to go, a trip ahead.

«собираться» tells people gathering («лидеры собираются в Баку»: a meeting), and one person
getting ready to go somewhere: a singular present «собирается» with no infinitive under it
(«он собирается во Владивосток»), which clause_mood.future_clause reads as a clause of the future.
With an infinitive («собирается посетить») it is an intent, read elsewhere.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

_GET_READY = "собираться"


def setting_off(tokens: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is `verb` a singular present «собирается» with no infinitive under it?"""
    t = tokens[verb]
    if t.lemma.lower() != _GET_READY or t.feats.get("Tense") != "Pres":
        return False
    if t.feats.get("Number") != "Sing":
        return False
    return not any(h == verb and parse.rels[i] == "xcomp" for i, h in enumerate(parse.heads))

"""A verb of saying as a passive participle describing a noun: no words told.

«Красиков, осуждённый в Германии», «названный выше документ», «упомянутая резолюция»: the
participle says what was done to the noun (convicted, named, mentioned) to pick it out; no
one is told saying anything on a day. With its agent named («резолюция, осуждённая
Россией») it does tell who spoke, and stays a statement; so does an active participle
(«Песков, заявивший, что ...»), and a participle used as the predicate («было заявлено»),
the clause's verb.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# How a participle hangs on the noun it describes.
DESCRIBING = frozenset({"acl", "amod"})


def passive_description(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is verb token `i` a passive participle modifying a noun, with no agent of its own?"""
    feats = tokens[i].feats
    return (
        feats.get("VerbForm") == "Part"
        and feats.get("Voice") == "Pass"
        and parse.rels[i] in DESCRIBING
        and parse.heads[i] >= 0
        and not any(parse.heads[j] == i and _agent(tokens, parse, j) for j in range(len(tokens)))
    )


def _agent(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """«Россией»: a noun in the instrumental with no preposition, the passive's doer."""
    return (
        tokens[j].pos in ("NOUN", "PROPN", "PRON")
        and tokens[j].feats.get("Case") == "Ins"
        and not any(parse.heads[k] == j and parse.rels[k] == "case" for k in range(len(tokens)))
    )

"""A host verb whose guest is a personal pronoun: «после переговоров его принял президент».

A host verb («принял») is a meeting only with an animate guest; a guest named before and
taken up by «его/её/их» carries no animacy of its own, so the host must: an animate subject
receiving a personal pronoun is a person receiving a person (a document is adopted by a body,
«её приняла Дума», whose subject is inanimate). This lets a second contact told in a clause on
the first be read (split_contacts.py).
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

_PERSONAL = frozenset({"он", "она", "они"})


def pronoun_guest(tokens: list[Token], parse: SentenceParse, verb: int, obj: int) -> bool:
    """Is `obj`, the object of the host verb at `verb`, a personal pronoun received by an
    animate subject of that verb?"""
    if parse.rels[obj] != "obj" or tokens[obj].pos != "PRON":
        return False
    if tokens[obj].lemma not in _PERSONAL:
        return False
    return any(
        h == verb
        and parse.rels[j] == "nsubj"
        and tokens[j].pos in ("NOUN", "PROPN")
        and tokens[j].feats.get("Animacy") == "Anim"
        for j, h in enumerate(parse.heads)
    )

"""Mending a second subject that is the object of an infinitive after the verb.

«Саркози предложил провести к середине года саммит ОБСЕ»: an inanimate masculine noun
reads the same in the nominative and the accusative, and a parser may make «саммит» a
second subject of «предложил». A finite verb has one subject; when one before it agrees
with it, a noun after its infinitive complement (xcomp), inanimate, that the infinitive
could govern (it has no object of its own), is the infinitive's object: what is to be
held, not who proposed. Read as a subject, the summit would pass for a happening told
(«саммит прошёл»).
"""

from __future__ import annotations

from app.ingest.events.said_clause import agree
from app.ingest.nlp import Token

_SUBJECT = "nsubj"


def objects_of_infinitive(toks: list[Token], heads: list[int], rels: list[str]) -> None:
    """Re-hang, in place, a second subject after a verb's infinitive onto the infinitive,
    as its object (module docstring)."""
    for v, tok in enumerate(toks):
        if tok.pos != "VERB" or tok.feats.get("VerbForm") != "Fin":
            continue
        subjects = [k for k, h in enumerate(heads) if h == v and rels[k] == _SUBJECT]
        if len(subjects) != 2:
            continue
        first, second = subjects
        if not (first < v < second and agree(toks[first], tok)):
            continue
        noun = toks[second]
        if noun.pos != "NOUN" or noun.feats.get("Animacy") != "Inan":
            continue
        infinitive = next(
            (
                x
                for x, h in enumerate(heads)
                if h == v
                and v < x < second
                and rels[x] == "xcomp"
                and toks[x].feats.get("VerbForm") == "Inf"
                and not any(heads[k] == x and rels[k] == "obj" for k in range(len(heads)))
            ),
            None,
        )
        if infinitive is not None:
            heads[second], rels[second] = infinitive, "obj"

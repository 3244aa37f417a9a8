"""A body met through its people: «встретился с руководством Минпромторга», «провёл
переговоры с представителями МИД Египта». The counterpart of the contact is the body in
the genitive under a noun for its people as a whole (a lexical class,
app/data/triggers.toml [body_people]), itself the «с» counterpart of the contact.

The parties are otherwise read from the names hung on the contact's word or verb; a body
one noun further down is left out, and the contact keeps one side only.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ingest.events.lexicon import BODY_PEOPLE
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import anchor_verb, span_head
from app.ingest.nlp import Token

CONTACTS = frozenset({"call", "meeting", "talks"})
WITH = frozenset({"с", "со"})


def _comitative(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    return toks[i].feats.get("Case") == "Ins" and any(
        h == i and parse.rels[j] == "case" and toks[j].lemma.lower() in WITH
        for j, h in enumerate(parse.heads)
    )


def bodies_met(
    toks: list[Token],
    parse: SentenceParse,
    hits: list[ActorSpan],
    trigger: int,
    typ: str,
    is_body: Callable[[str], bool],
    actors: list[ActorSpan],
) -> list[ActorSpan]:
    """Bodies (`is_body`) in the genitive under a «с» noun for a body's people that hangs
    on the contact's word or its verb: counterparts the contact leaves out."""
    if typ not in CONTACTS:
        return []
    anchors = {trigger, anchor_verb(toks, parse, trigger)}
    taken = {a.actor_id for a in actors}
    out: list[ActorSpan] = []
    for h in hits:
        if h.actor_id in taken or not is_body(h.actor_id):
            continue
        head = span_head(toks, parse, h.start, h.end)
        if head is None or parse.rels[head] != "nmod" or toks[head].feats.get("Case") != "Gen":
            continue
        people = parse.heads[head]
        if people < 0 or toks[people].lemma.lower() not in BODY_PEOPLE:
            continue
        if parse.heads[people] in anchors and _comitative(toks, parse, people):
            taken.add(h.actor_id)
            out.append(h)
    return out

"""The act that carries out a trigger it is about: «законопроект о санкциях», «указ о
назначении посла».

A law, a bill, a decree or a decision is the means by which sanctions are imposed or an
envoy appointed: the day it is passed or signed is their day. A relative clause on such an
act («законопроект о санкциях, который сенат США одобрил в четверг») therefore dates the
sanctions, though the parse hangs it on the act and not on the trigger below it
(date_tree.py). Only the happenings such acts carry out count (the types are data,
app/data/triggers.toml, [enacted]): «решение о визите, которое приняли в пятницу» says when
the visit was decided, not when it took place.
"""

from __future__ import annotations

from app.ingest.events.lexicon import ENACTED_TYPES, ENACTING_ACTS, NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

ABOUT = frozenset({"о", "об", "обо"})


def enacting_act(tokens: list[Token], parse: SentenceParse, trigger: int) -> int | None:
    """The act noun the trigger noun is the «о» + locative content of, when the trigger is
    a happening such an act carries out; else None."""
    head = parse.heads[trigger]
    if (
        head < 0
        or tokens[trigger].pos != "NOUN"
        or NOUN_TRIGGERS.get(tokens[trigger].lemma.lower()) not in ENACTED_TYPES
        or parse.rels[trigger] != "nmod"
        or tokens[head].lemma.lower() not in ENACTING_ACTS
    ):
        return None
    about = any(
        h == trigger and parse.rels[j] == "case" and tokens[j].lemma.lower() in ABOUT
        for j, h in enumerate(parse.heads)
    )
    return head if about else None

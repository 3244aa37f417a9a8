"""A plan told in the past: still a plan, or a first plan that was changed.

«Члены комиссии планировали собраться в Иркутске 22–23 сентября» tells a plan and not that
the sitting was held: planned, on the day it was due. «Изначально члены комиссии планировали
собраться в Иркутске», «первоначально переговоры планировалось провести в Вене», «сначала
саммит должен был пройти в Чикаго» tell a first plan that gave way to another: postponed (or
moved), on the day it was due; the happening as held is told elsewhere. A past «собирался
приехать» with no such adverb stays only meant (intents.py). The words are data
(app/data/triggers.toml, [status]).
"""

from __future__ import annotations

from app.ingest.events.intents import told_in_past
from app.ingest.events.lexicon import FIRST_PLAN_ADVERBS, FIRST_PLAN_VERBS, PLAN_VERBS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, children
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# How a noun trigger hangs on the infinitive that tells it («провести переговоры»), how the
# infinitive hangs on the verb of planning.
_OBJECT_LINKS = frozenset({"obj", "obl", "nsubj:pass"})
_INFINITIVE_LINKS = frozenset({"xcomp", "csubj", "csubj:pass"})


def _plan_verb(tokens: list[Token], parse: SentenceParse, trigger: int) -> int:
    """The verb of planning whose infinitive tells the trigger, or -1."""
    inf = trigger
    if tokens[trigger].pos not in VERBAL:
        inf = parse.heads[trigger]
        if inf < 0 or parse.rels[trigger] not in _OBJECT_LINKS:
            return -1
    if tokens[inf].feats.get("VerbForm") != "Inf" or parse.rels[inf] not in _INFINITIVE_LINKS:
        return -1
    head = parse.heads[inf]
    if head < 0 or lemma_of(tokens[head]) not in PLAN_VERBS | FIRST_PLAN_VERBS:
        return -1
    return head


def original_plan(tokens: list[Token], parse: SentenceParse, trigger: int) -> str | None:
    """ "postponed" for a first plan told as changed, "planned" for a plan told in the past,
    None when the trigger is not the infinitive of a past verb of planning."""
    verb = _plan_verb(tokens, parse, trigger)
    if verb < 0 or not told_in_past(tokens, parse, verb):
        return None
    marked = any(
        lemma_of(tokens[j]) in FIRST_PLAN_ADVERBS
        for k in (verb, trigger)
        for j in children(parse, k)
        if parse.rels[j] == "advmod"
    )
    if marked:
        return "postponed"
    return "planned" if lemma_of(tokens[verb]) in PLAN_VERBS else None

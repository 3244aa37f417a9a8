"""Happenings to come that no one has dated yet, told with their place: «Следующее
заседание совета пройдёт в Париже», «очередной раунд консультаций состоится в Токио»,
«лидеры договорились провести следующую встречу в России».

A happening with no date is dropped (trigger_day.py), save one accepted or in preparation.
A contact or a visit told by its noun as what a verb says is to come (a future verb, a plan,
an agreement to hold it), with a named place of its own, is a plan the text vouches for,
though its day is not yet set: it is kept as planned, its date unknown. Not a question
(«Состоится ли визит?»), not one only hoped for, possible or asked for, however deep its
clause hangs («надеемся, что встреча пройдёт в Пекине»), not a topic («обсудили подготовку
визита»), not one with no place (mostly talk of some contact someday).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.accepted import UNDATED
from app.ingest.events.clause_mood import future_clause
from app.ingest.events.lexicon import (
    HOPED_LEMMAS,
    MODAL_LEMMAS,
    POSSIBLE_LEMMAS,
    READY_LEMMAS,
    REQUESTED_LEMMAS,
)
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import NOMINAL, VERBAL, ancestors, anchor_verb
from app.ingest.events.trigger_day import Day
from app.ingest.events.trigger_scene import Trigger
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# Words under which a happening to come is only hoped for, possible, asked for or sought,
# however far down its clause hangs («надеемся, что встреча пройдёт в Пекине»).
_ONLY_HOPED = HOPED_LEMMAS | POSSIBLE_LEMMAS | MODAL_LEMMAS | REQUESTED_LEMMAS | READY_LEMMAS

# Kinds of happening a place is told for: a contact held somewhere, a visit to somewhere.
_PLACED = frozenset({"meeting", "talks", "visit"})


def undated_plan(t: Trigger, places: Sequence[ActorSpan], status: str) -> Day | None:
    """The day of a placed happening told as to come with no date: unknown, planned; None
    when it is not one."""
    s, idx = t.s, t.idx
    if s.inp.published is None or not s.parsed or t.typ not in _PLACED:
        return None
    if not places and not _placed(s.toks, s.parse, idx):
        return None
    if s.toks[idx].pos not in NOMINAL or any(tok.text == "?" for tok in s.toks):
        return None  # told by a noun: «заседание пройдёт», «договорились провести встречу»
    head = s.parse.heads[idx]
    if head in s.at:  # «раунд консультаций пройдёт»: through the trigger it names
        head = s.parse.heads[head]
    if head < 0 or s.toks[head].pos not in VERBAL:
        return None  # «обсудили подготовку визита в Москву»: a topic, not the plan told
    if not (status == "planned" or future_clause(s.toks, s.parse, idx)):
        return None
    if any(lemma_of(s.toks[a]) in _ONLY_HOPED for a in ancestors(s.parse, idx)):
        return None  # «надеется, что встреча пройдёт в Пекине»: a hope, not a plan
    return Day(UNDATED, True, "planned", True, [])


# Prepositions of a place a happening is held in or goes to: «в Париже», «во Вьетнам».
_IN = frozenset({"в", "во"})


def _placed(toks: Sequence[Token], parse: SentenceParse, idx: int) -> bool:
    """A proper noun under «в» hangs on the trigger or its verb: «пройдёт в Пекине»,
    «встречу в России», «визит в Пекин»."""
    anchors = {idx, anchor_verb(list(toks), parse, idx)}
    for j, h in enumerate(parse.heads):
        if h not in anchors or toks[j].pos != "PROPN" or parse.rels[j] not in ("obl", "nmod"):
            continue
        if any(
            parse.heads[k] == j and parse.rels[k] == "case" and toks[k].lemma.lower() in _IN
            for k in range(len(toks))
        ):
            return True
    return False

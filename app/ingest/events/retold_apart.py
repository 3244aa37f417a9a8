"""A happening named again by its noun alone, but of another day: the same parties'
other happening, not one more telling of the one told.

«Министры говорили по телефону в декабре. Личная встреча министров состоялась 24 июля
прошлого года»: the noun with no parties of its own points back at the parties just told
(retold.py), but the day it states contradicts the told happening's stated day, so it is
their earlier (or later) happening: a new candidate with their parties and its own day
and kind. A retelling without a day of its own, or of a compatible day («Разговор
состоялся 16 августа» after a call «в субботу»), stays one more telling of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.anaphora import antecedent
from app.ingest.events.identity import dates_compatible
from app.ingest.events.model import EventCandidate
from app.ingest.events.triggers import find_triggers
from app.ingest.events.unanchored import published_only
from app.ingest.nlp import Token


def own_day_apart(told: EventCandidate, ref: EventCandidate) -> bool:
    """Both state their own dates (not the publication's), and the dates cannot meet."""
    return (
        told.date.explicit
        and ref.date.explicit
        and not published_only(told.date)
        and not published_only(ref.date)
        and not dates_compatible(told.date, ref.date)
    )


def other_happening(
    groups: Sequence[EventCandidate], ref: EventCandidate, toks: list[Token]
) -> EventCandidate | None:
    """`ref`, a retelling without parties, as a happening of its own when the day it states
    is not the day of the happening it points back at (that one's parties are its
    parties, marked on its noun among the sentence's `toks`); None when its noun counts
    other parties than those (a gathering the text does not name); else `ref` unchanged."""
    if not ref.refers_back or ref.actors:
        return ref
    told = antecedent(groups, ref)
    if told is None or len(told.actors) < 2 or not own_day_apart(told, ref):
        return ref
    noun = stand_in(toks, ref.type)
    if noun is not None and counted_other(toks, noun, len(told.actors)):
        return None  # «Встреча трёх президентов»: not the two just told, nor theirs
    ref.refers_back = False
    ref.actors = list(told.actors)
    ref.roles = {a: r for a, r in told.roles.items() if a in told.actors}
    if noun is not None:
        ref.actor_spans = [(noun.start, noun.end, a) for a in told.actors]
    return ref


def stand_in(toks: list[Token], type_: str) -> Token | None:
    """The sentence's trigger word of the retold kind: the noun the parties are told by."""
    for i, t in find_triggers(toks):
        if t == type_:
            return toks[i]
    return None


# Numerals that count the parties just told when there are two of them.
_TWO = frozenset({"два", "двое", "оба", "обе"})


def counted_other(toks: list[Token], noun: Token, told: int) -> bool:
    """The noun's parties are counted right after it by a number other than the told
    parties' («встреча трёх президентов» after a talk of two): another gathering."""
    k = toks.index(noun)
    for t in toks[k + 1 : k + 3]:
        if t.pos == "NUM":
            return not (told == 2 and t.lemma in _TWO)
    return False

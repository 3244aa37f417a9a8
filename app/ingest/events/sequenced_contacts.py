"""A second counterpart met after the first, with the verb left out and no dash: «Утром
Лавров встретился с Керри, затем с Эштон», «министр провёл переговоры с коллегой, а потом
с премьером».

An adverb of sequence («затем», «потом») before a second «с» + person, with no verb of its
own after it, tells a second contact of the same visitor, held after the first: two
happenings, one with each counterpart (SPEC: an event is one meeting of its parties), not
one meeting of all three. The dashed gap («в Эр-Рияде — с Y») is gapped_contacts.py's;
«также» alone («встретился также с X») adds no second contact of its own and is left to
the other readings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.ingest.events.model import ActorSpan, EventCandidate
from app.ingest.events.split_contacts import SPLIT_KINDS
from app.ingest.events.syntax import VERBAL
from app.ingest.nlp import Token

# Adverbs of what came next.
_THEN = frozenset({"затем", "потом", "позднее", "позже"})
# Words that may stand between the first partner and the adverb («, а затем», «и потом»).
_JOINS = frozenset({",", "а", "и"})
_WITH = frozenset({"с", "со"})
_CLAUSE_ENDS = frozenset({";", ":", ".", "—", "–", "(", ")"})


def sequenced(
    toks: list[Token],
    verb: int,
    cand: EventCandidate,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
) -> list[EventCandidate]:
    """The contact held next after the one at `verb`, as a copy of `cand` with the second
    counterpart; `cand` loses it. Empty when the sentence tells none."""
    if cand.type not in SPLIT_KINDS or toks[verb].pos not in (*VERBAL, "NOUN"):
        return []
    then = next(
        (
            k
            for k in range(verb + 1, len(toks) - 1)
            if toks[k].lemma.lower() in _THEN and toks[k + 1].lemma.lower() in _WITH
        ),
        None,
    )
    if then is None or toks[then - 1].text.lower() not in _JOINS:
        return []
    end = next((k for k in range(then, len(toks)) if toks[k].text in _CLAUSE_ENDS), len(toks))
    if any(t.pos in VERBAL for t in toks[then + 1 : end]):
        return []  # «затем с Эштон встретился Керри»: a verb of its own
    first = {
        h.actor_id
        for h in hits
        if toks[verb].end <= h.start < toks[then].start and person(h.actor_id)
    }
    after = [
        h
        for h in hits
        if toks[then].end <= h.start and h.end <= toks[end - 1].end and person(h.actor_id)
    ]
    own = {h.actor_id for h in after}
    if not own or not first or own & first:
        return []
    shared = [a for a in cand.actors if a not in own and a not in first]
    if not shared:
        return []
    copy = replace(
        cand,
        actors=list(dict.fromkeys([*shared, *(h.actor_id for h in after)])),
        actor_spans=[s for s in cand.actor_spans if s[2] in shared]
        + [(h.start, h.end, h.actor_id) for h in after],
        roles=dict.fromkeys([*shared, *own], "participant"),
    )
    cand.actors = [a for a in cand.actors if a not in own]
    cand.actor_spans = [s for s in cand.actor_spans if s[2] not in own]
    cand.roles = {a: r for a, r in cand.roles.items() if a not in own}
    return [copy]

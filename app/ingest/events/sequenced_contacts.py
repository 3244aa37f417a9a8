"""A further counterpart met after the first, with the verb left out and no dash: «Утром
Лавров встретился с Керри, затем с Эштон», «министр провёл переговоры с коллегой, а потом
с премьером», «встретится с главой МИД Швеции, а также с министром Канады», «побеседовал с
послом и отдельно с генсеком», «встретился с премьером, после чего с президентом».

A word of sequence or addition (app/data/triggers.toml [sequenced]) after a comma or «и»,
then a second «с» + person with no verb of its own, tells a second contact of the same
visitor: the repeated «с» under a coordinator that orders or adds the contacts makes them
two happenings, one with each counterpart (SPEC: an event is one meeting of its parties),
not one meeting of all three. One «с» over joined persons («встретился с X и Y») stays one
joint contact. The dashed gap («в Эр-Рияде — с Y») is gapped_contacts.py's; «также» alone
(«встретился также с X») adds no second contact of its own and is left to the other
readings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.ingest.events.lexicon import SEQUENCE_MARKERS
from app.ingest.events.model import ActorSpan, EventCandidate
from app.ingest.events.split_contacts import SPLIT_KINDS
from app.ingest.events.syntax import VERBAL
from app.ingest.nlp import Token

# Words that may stand between the first partner and the marker («, а затем», «и потом»).
_JOINS = frozenset({",", "а", "и"})
_WITH = frozenset({"с", "со"})
_CLAUSE_ENDS = frozenset({";", ":", ".", "—", "–", "(", ")"})


def _word(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _marked_with(toks: list[Token], k: int) -> int | None:
    """The «с» a marker starting at `k` leads to («затем с», «а затем и с», «после чего с»),
    when a comma or «и» stands before the marker; else None."""
    if k == 0 or toks[k - 1].text.lower() not in _JOINS:
        return None
    for marker in SEQUENCE_MARKERS:
        end = k + len(marker)
        if end >= len(toks) or tuple(_word(t) for t in toks[k:end]) != marker:
            continue
        if toks[end].text.lower() == "и" and end + 1 < len(toks):
            end += 1  # «а затем и с»
        if _word(toks[end]) in _WITH:
            return end
    return None


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
    marks = ((k, _marked_with(toks, k)) for k in range(verb + 1, len(toks) - 1))
    found = next(((k, w) for k, w in marks if w is not None), None)
    if found is None:
        return []
    then, with_ = found
    end = next((k for k in range(with_, len(toks)) if toks[k].text in _CLAUSE_ENDS), len(toks))
    if any(t.pos in VERBAL for t in toks[with_ + 1 : end]):
        return []  # «затем с Эштон встретился Керри»: a verb of its own
    # The first counterpart is whom «с» names before the marker, never a subject standing
    # after the verb («во вторник встретился Лавров с X, а затем с Y»).
    opens = next((k for k in range(verb + 1, then) if _word(toks[k]) in _WITH), None)
    if opens is None:
        return []
    first = {
        h.actor_id
        for h in hits
        if toks[opens].end <= h.start < toks[then].start and person(h.actor_id)
    }
    after = [
        h
        for h in hits
        if toks[with_].end <= h.start and h.end <= toks[end - 1].end and person(h.actor_id)
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

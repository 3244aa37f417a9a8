"""A further counterpart met after the first, with the verb left out and no dash: «Утром
Лавров встретился с Керри, затем с Эштон», «министр провёл переговоры с коллегой, а потом
с премьером», «встретится с главой МИД Швеции, а также с министром Канады», «побеседовал с
послом и отдельно с генсеком», «встретился с премьером, после чего с президентом».

A word of sequence or addition (app/data/triggers.toml [sequenced]) after a comma or «и»,
then a second «с» + person with no verb of its own, tells a second contact of the same
visitor: the repeated «с» under a coordinator that orders or adds the contacts makes them
two happenings, one with each counterpart (SPEC: an event is one meeting of its parties),
not one meeting of all three; a chain («с X, затем с Y, а также с Z») gives one contact
with each. A call takes a bare repeated «с» too («созвонился с X, с Y и с Z»): a phone
call is had with one person at a time, and the «с» said again marks each. One «с» over
joined persons («встретился с X и Y») stays one joint contact. The dashed gap («в Эр-Рияде
— с Y») is gapped_contacts.py's; «также» alone («встретился также с X») adds no second
contact of its own and is left to the other readings.
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
    """The contacts held next after the one at `verb`, as copies of `cand` with one further
    counterpart each; `cand` loses them. Empty when the sentence tells none."""
    if cand.type not in SPLIT_KINDS or toks[verb].pos not in (*VERBAL, "NOUN"):
        return []
    starts = _starts(toks, verb, cand.type)
    if not starts:
        return []
    end = next(
        (k for k in range(starts[0][1], len(toks)) if toks[k].text in _CLAUSE_ENDS), len(toks)
    )
    if any(t.pos in VERBAL for t in toks[starts[0][1] + 1 : end]):
        return []  # «затем с Эштон встретился Керри»: a verb of its own
    starts = [(k, w) for k, w in starts if w < end]
    # The first counterpart is whom «с» names before the marker, never a subject standing
    # after the verb («во вторник встретился Лавров с X, а затем с Y»).
    then = starts[0][0]
    opens = next((k for k in range(verb + 1, then) if _word(toks[k]) in _WITH), None)
    if opens is None:
        return []
    first = _people(toks, hits, person, opens, then)
    # Each further «с» up to the next marker (or the clause's end) is a contact of its own.
    bounds = [k for k, _ in starts[1:]] + [end]
    parts = [_people(toks, hits, person, w, b) for (_, w), b in zip(starts, bounds, strict=True)]
    parts = [p for p in parts if p]
    own = {h.actor_id for p in parts for h in p}
    if not parts or not first or own & {h.actor_id for h in first}:
        return []
    shared = [a for a in cand.actors if a not in own and a not in {h.actor_id for h in first}]
    if not shared:
        return []
    copies = [
        replace(
            cand,
            actors=list(dict.fromkeys([*shared, *(h.actor_id for h in p)])),
            actor_spans=[s for s in cand.actor_spans if s[2] in shared]
            + [(h.start, h.end, h.actor_id) for h in p],
            roles=dict.fromkeys([*shared, *(h.actor_id for h in p)], "participant"),
        )
        for p in parts
    ]
    cand.actors = [a for a in cand.actors if a not in own]
    cand.actor_spans = [s for s in cand.actor_spans if s[2] not in own]
    cand.roles = {a: r for a, r in cand.roles.items() if a not in own}
    return copies


def _starts(toks: list[Token], verb: int, kind: str) -> list[tuple[int, int]]:
    """Where each further counterpart starts after the contact at `verb`: (first word of its
    marker, its «с»). A call also takes a bare repeated «с» («созвонился с X, с Y и с Z»):
    one talks on the phone with one person at a time."""
    out: list[tuple[int, int]] = []
    for k in range(verb + 1, len(toks) - 1):
        w = _marked_with(toks, k)
        if w is None and kind == "call" and _bare_repeat(toks, verb, k):
            w = k + 1
        if w is not None and (not out or k > out[-1][1]):
            out.append((k, w))
    return out


def _bare_repeat(toks: list[Token], verb: int, k: int) -> bool:
    """«, с» or «и с» after a «с» of the same contact: the preposition said again."""
    return (
        toks[k].text.lower() in _JOINS - {"а"}
        and _word(toks[k + 1]) in _WITH
        and any(_word(t) in _WITH for t in toks[verb + 1 : k])
    )


def _people(
    toks: list[Token],
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
    start: int,
    stop: int,
) -> list[ActorSpan]:
    """The persons named after token `start` and before token `stop`."""
    last = toks[stop].start if stop < len(toks) else toks[-1].end + 1
    return [h for h in hits if toks[start].end <= h.start and h.end <= last and person(h.actor_id)]

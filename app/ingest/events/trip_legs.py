"""One trip to several destinations is one visit to each: «посетит ОАЭ и Саудовскую
Аравию», «побывал в Абу-Даби и Эр-Рияде».

A visit is to a place (the event's venue, trips.py). A sentence that names two states or
more as where the visitor goes tells a visit to each of them, the legs of one tour, each
with the same visitor and date; and two visits whose destinations are both named and are
different states are two happenings, in one article or across outlets, whatever their
dates. A visit that names no state as its destination (none, or only a body «в Кремле»)
may still be either leg.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from app.ingest.events.model import ArticleInput, EventCandidate
from app.ingest.events.trips import VENUE_MARK, venues

VISIT = "visit"


def legs(
    inp: ArticleInput, cand: EventCandidate, destinations: Sequence[str]
) -> list[EventCandidate]:
    """The visits to `destinations` (the sentence's places, in text order) beyond the
    first, which `cand` already goes to: one copy of `cand` for each further state. Only
    states are legs: «в МИД РФ заявили» names who spoke, not a second destination."""
    if cand.type != VISIT or cand.venue is None or not _state(inp, cand.venue):
        return []
    others = [
        d
        for d in dict.fromkeys(destinations)
        if d != cand.venue and d not in cand.actors and _state(inp, d)
    ]
    return [
        dataclasses.replace(
            cand,
            venue=d,
            sentences=list(cand.sentences),
            sentence_dates=list(cand.sentence_dates),
            actors=list(cand.actors),
            actor_spans=list(cand.actor_spans),
            roles=dict(cand.roles),
        )
        for d in others
    ]


def _state(inp: ArticleInput, actor_id: str) -> bool:
    info = inp.actors.get(actor_id)
    return info is not None and info.kind == "state"


def _states(places: Iterable[str], parents: Mapping[str, str] | None) -> frozenset[str]:
    # A body as the place («в Кремле», «в МИД») says where inside a state talks were held,
    # often in the host's own capital, not where a trip went: only states are compared.
    return frozenset(p for p in places if p not in (parents or {}))


def other_destinations(
    venues_a: Iterable[str], venues_b: Iterable[str], parents: Mapping[str, str] | None
) -> bool:
    """Both visits name the state they went to, and not the same one."""
    sa, sb = _states(venues_a, parents), _states(venues_b, parents)
    return bool(sa and sb) and not sa & sb


def other_legs(
    type_a: str,
    keys_a: Iterable[str],
    type_b: str,
    keys_b: Iterable[str],
    parents: Mapping[str, str] | None,
) -> bool:
    """Two visits, each with its destination among its keys, to different states."""
    if type_a != VISIT or type_b != VISIT:
        return False
    strip = len(VENUE_MARK)
    return other_destinations(
        [v[strip:] for v in venues(keys_a)], [v[strip:] for v in venues(keys_b)], parents
    )

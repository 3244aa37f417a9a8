"""Whom a visitor met where he went: «прибыл в Минск, где провёл переговоры с X».

A contact told in a «где»-clause on a visit's destination is what was done on the trip
(occasion.in_place_clause); its partner in «с» + instrumental hangs under the contact's
noun, and a name under another trigger's noun is no party of the visit (tree.actor_belongs).
As a contact told beside the visit by a coordinated verb gives the visit its host
(counterparts.py), so does this one: the partner is the visit's host.

When that contact is told as done («побывал в Иерихоне, где встретился с X», «находился в
Мапуту, где обсудил с X»), not ahead («прибыл в Сочи, где ему предстоят встречи»), the
report tells the contact the stay was for: the visit carries HELD_THERE among its keys, so
that another outlet's talks of the same people that day meet it (visit_host.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.counterparts import TWO_SIDED, WITH
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.occasion import in_place_clause
from app.ingest.events.syntax import ancestors, anchor_verb, span_head
from app.ingest.nlp import Token


def place_clause_hosts(
    tokens: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    visit: int,
    triggers: Sequence[tuple[int, str]],
) -> list[ActorSpan]:
    """The hits in «с» + instrumental under a two-sided contact's noun that stands in a
    place clause under the visit's verb."""
    contacts = [
        j
        for j, kind in triggers
        if kind in TWO_SIDED
        and j != visit
        and in_place_clause(tokens, parse, j)
        and visit in ancestors(parse, anchor_verb(tokens, parse, j))
    ]
    heads = [span_head(tokens, parse, h.start, h.end) for h in hits]
    # A contact of others («где прошла встреча Лукашенко с Путиным», «где Лукашенко провёл
    # встречу с ...»): a named party of its own, not in «с», under it or its verb.
    own = {parse.heads[k] for k in heads if k is not None and not _with(tokens, parse, k)}
    contacts = [j for j in contacts if j not in own and anchor_verb(tokens, parse, j) not in own]
    return [
        h
        for h, k in zip(hits, heads, strict=True)
        if k is not None and parse.heads[k] in contacts and _with(tokens, parse, k)
    ]


# The mark of a visit whose place clause tells a contact held there (kept in the stored keys).
HELD_THERE = "^held-there"


def held_there(
    tokens: list[Token], parse: SentenceParse, visit: int, triggers: Sequence[tuple[int, str]]
) -> frozenset[str]:
    """HELD_THERE for a visit with a two-sided contact in a place clause under its verb whose
    verb is in the past tense (the contact was held on the stay); none otherwise."""
    for j, kind in triggers:
        if kind not in TWO_SIDED or j == visit or not in_place_clause(tokens, parse, j):
            continue
        verb = anchor_verb(tokens, parse, j)
        if visit in ancestors(parse, verb) and tokens[verb].feats.get("Tense") == "Past":
            return frozenset({HELD_THERE})
    return frozenset()


def _with(tokens: list[Token], parse: SentenceParse, k: int) -> bool:
    return any(p == k and tokens[i].text.lower() in WITH for i, p in enumerate(parse.heads))

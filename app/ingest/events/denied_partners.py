"""Whom a contact told as not held would have met: no party to the trip beside it.

«Лавров прибыл в Минск и не стал встречаться с Лукашенко»: the meeting is denied
(tree.negated) and set aside, but its partner hangs in the same clause chain as the visit
and would be read as the visit's host. A person in a denied contact's own words (the
contact's trigger stands between the person and the happening's trigger) is no party to
that happening.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import ancestors, span_head
from app.ingest.events.tree import negated
from app.ingest.nlp import Token

# Contacts that name the other side in their own clause.
_CONTACTS = frozenset({"call", "meeting", "talks"})


def without_denied_partners(
    tokens: list[Token],
    parse: SentenceParse,
    actors: list[ActorSpan],
    trigger: int,
    triggers: Sequence[tuple[int, str]],
) -> list[ActorSpan]:
    """`actors` of the happening at `trigger` less those under another, denied contact."""
    denied = [
        j
        for j, kind in triggers
        if j != trigger and kind in _CONTACTS and negated(tokens, parse, j)
    ]
    if not denied:
        return actors
    out = []
    for h in actors:
        head = span_head(tokens, parse, h.start, h.end)
        up = ancestors(parse, head) if head is not None else []
        above = up[: up.index(trigger)] if trigger in up else up
        if not any(j in above for j in denied):
            out.append(h)
    return out

"""Whom a contact told as not held would have met: no party to the trip beside it.

«Лавров прибыл в Минск и не стал встречаться с Лукашенко»: the meeting is denied
(clause_mood.negated) and set aside, but its partner hangs in the same clause chain as the visit
and would be read as the visit's host. A person in a denied contact's own words (the
contact's trigger stands between the person and the happening's trigger) is no party to
that happening. Only the person's own branch counts, below where it joins the trigger's
chain: in «Лавров с Эштон не беседовал, зато Рябков провёл встречу с Керри» the held
meeting's clause hangs as a conjunct under the denied one, yet Рябков is the subject of the
meeting's own verb and stays its party.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.clause_mood import negated
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import ancestors, span_head
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
    # The trigger and the words it hangs under: a person's path stops where it meets them.
    chain = {trigger, *ancestors(parse, trigger)}
    out = []
    for h in actors:
        head = span_head(tokens, parse, h.start, h.end)
        up = ancestors(parse, head) if head is not None else []
        joins = next((k for k, j in enumerate(up) if j in chain), len(up))
        above = up[:joins]
        if not any(j in above for j in denied):
            out.append(h)
    return out

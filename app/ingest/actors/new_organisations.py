"""Organisations the gazetteer lacks (match.py rule 11): a natasha ORG entity that overlaps
no hit is one of its own (orgs.py), with the state named right after it as part of its
name.
"""

from __future__ import annotations

import bisect

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.actors.orgs import of_state, organisation
from app.ingest.actors.quoted import noun_before_quote, quoted_span_end
from app.ingest.nlp import Analysis


def new_organisations(
    analysis: Analysis, hits: list[ActorHit], gazetteer: Gazetteer
) -> list[ActorHit]:
    """Rule 11: a natasha ORG entity that overlaps no hit is an organisation of its own
    (orgs.py): a company, a bank, a medium; a state named right after it in the genitive
    is part of its name («Управление по туризму Таиланда»)."""
    tokens = analysis.tokens
    starts = [t.start for t in tokens]
    out: list[ActorHit] = []
    for ent in analysis.entities:
        if ent.type != "ORG" or any(h.start < ent.end and ent.start < h.end for h in hits):
            continue
        k = bisect.bisect_left(starts, ent.start)
        end = bisect.bisect_left(starts, ent.end)
        head = noun_before_quote(tokens, k)  # «партия «Ликуд»»: a name in quotes (quoted.py)
        before = head or (tokens[k - 1] if k > 0 else None)
        record = organisation(ent, tokens[k:end], before, in_quotes=head is not None)
        state = _state_after(analysis, hits, gazetteer, end)
        if record is not None and state is not None:
            record = of_state(record, state.text)
        if record is not None:
            # The hit takes in the head noun: the parse makes it the subject («Партия»).
            s, e = ent.start, ent.end
            if head is not None:  # «партия «Ликуд»», closing quote and all
                s, e = head.start, quoted_span_end(tokens, end, ent.end)
            out.append(ActorHit(s, e, record.id, analysis.text[s:e], "org", record))
    return out


def _state_after(
    analysis: Analysis, hits: list[ActorHit], gazetteer: Gazetteer, k: int
) -> ActorHit | None:
    """The state named in the genitive by the word right after an entity (token k), with
    nothing between them."""
    tokens = analysis.tokens
    if k >= len(tokens) or tokens[k].feats.get("Case") != "Gen" or k == 0:
        return None
    if analysis.text[tokens[k - 1].end : tokens[k].start].strip():
        return None
    for h in hits:
        if h.start == tokens[k].start and h.end == tokens[k].end:
            record = gazetteer.actors.get(h.actor_id)
            return h if record is not None and record.kind == "state" else None
    return None

"""Organisations the gazetteer lacks (match.py rule 11): a natasha ORG entity that overlaps
no hit is one of its own (orgs.py), with the state named right after it as part of its
name.

A unit inside a body the text names right after it («Департамент информации и печати МИД
России») is no organisation of its own: the body speaks through it, and the reader keeps
the body alone rather than a second actor beside it.
"""

from __future__ import annotations

import bisect
import tomllib
from functools import cache
from importlib import resources

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.bodies import coordinated_state, joint_nouns
from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.actors.lemmas import norm
from app.ingest.actors.orgs import of_state, organisation
from app.ingest.actors.quoted import noun_before_quote, quoted_span_end
from app.ingest.nlp import Analysis, Token


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
        if _unit_of_body(analysis, hits, gazetteer, k, end):
            continue
        head = noun_before_quote(tokens, k)  # «партия «Ликуд»»: a name in quotes (quoted.py)
        before = head or (tokens[k - 1] if k > 0 else None)
        record = organisation(ent, tokens[k:end], before, in_quotes=head is not None)
        state = _state_after(analysis, hits, gazetteer, end)
        if state is not None and _joint_of_states(tokens[k:end], tokens, end):
            # «Межправительственная комиссия Узбекистана и России»: the two states' joint
            # body, whose parties they are (bodies.py), no organisation of the first alone
            continue
        if record is not None and state is not None:
            record = of_state(record, state.text)
        if record is not None:
            # The hit takes in the head noun: the parse makes it the subject («Партия»).
            s, e = ent.start, ent.end
            if head is not None:  # «партия «Ликуд»», closing quote and all
                s, e = head.start, quoted_span_end(tokens, end, ent.end)
            out.append(ActorHit(s, e, record.id, analysis.text[s:e], "org", record))
    return out


@cache
def _units() -> frozenset[str]:
    """Nouns of a unit inside a body (app/data/bodies.toml, `units`)."""
    with (resources.files("app") / "data" / "bodies.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["units"])


def _unit_of_body(
    analysis: Analysis, hits: list[ActorHit], gazetteer: Gazetteer, k: int, end: int
) -> bool:
    """Is the entity of tokens [k, end) a unit («Департамент информации и печати») of the
    body whose name ends it or follows it («МИД России»)?"""
    tokens = analysis.tokens
    if k >= len(tokens) or norm(tokens[k].lemma) not in _units():
        return False
    last = tokens[min(end, len(tokens)) - 1].end
    for h in hits:
        if h.start < tokens[k].end or h.start > last + 1:
            continue
        record = h.record or gazetteer.actors.get(h.actor_id)
        if record is not None and record.kind == "organisation":
            return True
    return False


def _joint_of_states(words: list[Token], tokens: list[Token], state_at: int) -> bool:
    """Is an entity a joint body's noun («комиссия», «совет»; bodies.toml) whose state
    after it (token `state_at`) is joined by «и» to another?"""
    return any(norm(t.lemma) in joint_nouns() for t in words) and coordinated_state(
        tokens, state_at
    )


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

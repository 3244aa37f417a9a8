"""A state's body the gazetteer lacks (match.py rule 8): a state at the end of a body's name
(«Минфина Японии», bodies.py), or a state's adjective before the body's head («в индийском
МИД», adjective_bodies.py; «турецкая разведка», services.py).
"""

from __future__ import annotations

from app.ingest.actors.actor_hit import ActorHit
from app.ingest.actors.adjective_bodies import adjective_body
from app.ingest.actors.bodies import body_of_state, host_end
from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.actors.member_councils import members_council
from app.ingest.actors.services import service_body
from app.ingest.actors.state_adjectives import state_adjectives
from app.ingest.nlp import Token


def adjective_bodies(
    tokens: list[Token], gazetteer: Gazetteer, text: str, hits: list[ActorHit]
) -> list[ActorHit]:
    """Rule 8b: «в индийском МИД» is India's MFA (adjective_bodies.py), also where the bare
    «МИД» alone was read as the body of the state the context is about."""
    forms = state_adjectives(gazetteer)
    out = list(hits)
    for k, tok in enumerate(tokens):
        found = adjective_body(tokens, k, gazetteer, forms) if tok.pos == "ADJ" else None
        if found is None and tok.pos == "ADJ":  # «турецкая разведка» (services.py)
            found = service_body(tokens, k, gazetteer, forms, text)
        if found is None:
            continue
        s, e = tok.start, tokens[found[0] - 1].end
        clash = [h for h in out if h.start < e and s < h.end]
        if any(h.start < tokens[k + 1].start or not _is_body(gazetteer, h) for h in clash):
            continue
        out = [h for h in out if h not in clash]
        body = found[1]
        if isinstance(body, str):
            out.append(ActorHit(s, e, body, text[s:e], "alias"))
        else:
            out.append(ActorHit(s, e, body.id, text[s:e], "body", body))
    return out


def _is_body(gaz: Gazetteer, hit: ActorHit) -> bool:
    rec = hit.record or gaz.actors.get(hit.actor_id)
    return rec is not None and rec.part_of is not None and rec.kind != "person"



def with_bodies(
    hits: list[ActorHit], tokens: list[Token], gazetteer: Gazetteer, text: str
) -> list[ActorHit]:
    """Rule 8: a state at the end of a body's name the gazetteer lacks («Минфина Японии»,
    «ФСБ России») is that body, part of the state (bodies.py)."""
    first_token = {t.start: k for k, t in enumerate(tokens)}
    out: list[ActorHit] = []
    named_to = -1  # the end of a mission's name that names its place («в Китае»)
    for h in hits:
        if h.start < named_to:
            continue  # «Посольство России в Китае»: China is part of the name
        rec = gazetteer.actors.get(h.actor_id)
        k = first_token.get(h.start)
        found = None
        # A state, or a union of states («Совет ЕС»).
        whole = rec is not None and rec.kind != "person" and not rec.part_of
        if whole and h.via == "alias" and k is not None:
            found = body_of_state(tokens, k, h.text, h.actor_id)
        start = tokens[found[0]].start if found else h.start
        if found is not None and out and start <= out[-1].start and out[-1].end <= h.start:
            prev = gazetteer.actors.get(out[-1].actor_id)
            if prev is not None and prev.kind != "person":
                # «МИД Турции» in a text about Russia: the bare «МИД» read as the Russian
                # MFA by context is the head of this body's name.
                out.pop()
        if found is None or (out and out[-1].end > start):
            out.append(h)  # no body, or its head is some other actor's phrase
            continue
        if members_council(tokens, found[0], k if k is not None else 0, rec):
            # «Совет министров иностранных дел ОБСЕ»: the organisation (member_councils.py)
            out.append(ActorHit(start, h.end, h.actor_id, text[start : h.end], "alias"))
            continue
        body = found[1]
        end = host_end(tokens, found[0], k if k is not None else 0, h.text) or h.end
        named_to = end if end > h.end else named_to
        out.append(ActorHit(start, end, body.id, text[start:end], "body", body))
    return out

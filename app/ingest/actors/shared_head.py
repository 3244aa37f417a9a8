"""Rule 12: adjectives joined by «и» before one plural head each name an actor of their own.

«Российская и американская стороны», «российская и украинская делегации», «Донецкая и
Луганская народные республики»: Russian shares the head noun between coordinated adjectives,
putting it in the plural, so only the last adjective stands next to it and matches the
gazetteer («американская сторона» = the USA). Each earlier adjective with the same head
names an actor too: the state whose adjective it is, when the last one was read as its
state's (an alias «<adjective> сторона» or rule 10's representatives), else whatever the
gazetteer lists under the phrase the adjective makes with the rest of the head («Донецкая
народная республика»). The hit spans from the earlier adjective to the end of the shared
head, so the parse reaches the happening through the head as it does for the last one.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Protocol

from app.ingest.actors.gazetteer import Gazetteer
from app.ingest.actors.lemmas import norm
from app.ingest.nlp import Token

# What joins coordinated adjectives: «российская и американская», «российская, китайская и
# индийская».
JOINERS = frozenset({"и", ",", "или"})


class Hit(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def actor_id(self) -> str: ...


def shared_head_actors(
    tokens: list[Token],
    keys: Sequence[frozenset[str]],
    gaz: Gazetteer,
    hits: Sequence[Hit],
    state_adjectives: Mapping[str, str],
) -> list[tuple[int, int, str]]:
    """(token index, end offset of the shared head, actor id) for each earlier adjective
    coordinated with the adjective a hit opens, when the hit's head is plural."""
    starts = [t.start for t in tokens]
    taken = [(h.start, h.end) for h in hits]
    out: list[tuple[int, int, str]] = []
    for h in hits:
        k = bisect.bisect_left(starts, h.start)
        if k >= len(tokens) or tokens[k].start != h.start or tokens[k].pos != "ADJ":
            continue
        e = bisect.bisect_left(starts, h.end)
        rest = range(k + 1, e)
        if not rest or not any(tokens[i].feats.get("Number") == "Plur" for i in rest):
            continue  # «российская сторона и американская»: no shared head
        for a in _coordinated(tokens, k):
            tok = tokens[a]
            if any(s < tok.end and tok.start < e2 for s, e2 in taken):
                continue
            actor = _actor_of(tokens, keys, gaz, h.actor_id, k, a, rest, state_adjectives)
            if actor is not None:
                out.append((a, h.end, actor))
    return out


def _coordinated(tokens: list[Token], k: int) -> list[int]:
    """Adjectives before token k joined to it by «и» or commas, agreeing in case."""
    case = tokens[k].feats.get("Case")
    out: list[int] = []
    j = k - 1
    while j >= 1 and norm(tokens[j].text) in JOINERS:
        prev = tokens[j - 1]
        if prev.pos != "ADJ" or (case and prev.feats.get("Case") not in (None, case)):
            break
        out.append(j - 1)
        j -= 2
    return out


def _actor_of(
    tokens: list[Token],
    keys: Sequence[frozenset[str]],
    gaz: Gazetteer,
    last_actor: str,
    k: int,
    a: int,
    rest: range,
    state_adjectives: Mapping[str, str],
) -> str | None:
    """The actor adjective `a` names with the head the adjective at `k` shares."""
    if state_adjectives.get(norm(tokens[k].lemma)) == last_actor:
        return state_adjectives.get(norm(tokens[a].lemma))
    phrase = [keys[a], *(keys[i] for i in rest)]
    for key in phrase[0]:
        for p in gaz.index.get(key, ()):
            if p.kind != "alias" or len(p.words) != len(phrase):
                continue
            if all(p.words[w] & phrase[w] for w in range(1, len(phrase))):
                return p.target
    return None

"""Contacts told by one plural noun, each with its own counterpart: «у Лаврова запланированы
встречи с главой МИД КНР Ван И, а также с президентом Узбекистана Мирзиёевым», «провёл
беседы с X и с Y».

A plural of a noun whose singular is one contact («встречи», «беседы»; not «переговоры»,
which has no singular) with counterparts joined after «с» tells as many contacts as there
are counterparts: each of them with the one who holds them, not the counterparts with each
other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.ingest.events.model import ActorSpan, EventCandidate, SentenceParse
from app.ingest.events.relatives import phrase_head
from app.ingest.events.split_contacts import SPLIT_KINDS
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

WITH = frozenset({"с", "со"})


def each(
    toks: list[Token],
    parse: SentenceParse,
    trigger: int,
    cand: EventCandidate,
    hits: Sequence[ActorSpan],
    person: Callable[[str], bool],
) -> list[EventCandidate]:
    """The contacts after the first, as copies of `cand` with one counterpart each; `cand`
    keeps the first counterpart only. Empty when the noun tells one contact."""
    noun = toks[trigger]
    if (
        cand.type not in SPLIT_KINDS
        or noun.pos != "NOUN"
        or noun.feats.get("Number") != "Plur"
        or noun.lemma.lower() == noun.text.lower()  # «переговоры»: no singular
    ):
        return []
    groups: dict[int, list[str]] = {}
    for h in hits:
        if h.actor_id not in cand.actors or not person(h.actor_id):
            continue
        conjunct = _counterpart(toks, parse, trigger, h)
        if conjunct is not None:
            groups.setdefault(conjunct, []).append(h.actor_id)
    if len(groups) < 2:
        return []
    parts = [list(dict.fromkeys(ids)) for _, ids in sorted(groups.items())]
    named = {a for ids in parts for a in ids}
    holders = [a for a in cand.actors if a not in named]
    if not holders:
        return []  # «встречи с X и Y» with no one holding them: one gathering
    copies = [_copy(cand, holders, ids) for ids in parts[1:]]
    first = _copy(cand, holders, parts[0])
    cand.actors, cand.actor_spans, cand.roles = first.actors, first.actor_spans, first.roles
    return copies


def _counterpart(
    toks: list[Token], parse: SentenceParse, trigger: int, hit: ActorSpan
) -> int | None:
    """The conjunct (its token) the actor stands in, when it is one of the counterparts
    joined after the trigger's «с»; else None."""
    head = span_head(toks, parse, hit.start, hit.end)
    if head is None:
        return None
    top = phrase_head(toks, parse, head)
    first = top
    seen = {first}
    while parse.rels[first] == "conj" and parse.heads[first] not in seen:
        if parse.heads[first] < 0:
            return None
        first = parse.heads[first]
        seen.add(first)
    if parse.heads[first] != trigger or not _with(toks, parse, first):
        return None
    return top


def _with(toks: list[Token], parse: SentenceParse, noun: int) -> bool:
    return any(
        h == noun and parse.rels[j] == "case" and toks[j].lemma.lower() in WITH
        for j, h in enumerate(parse.heads)
    )


def _copy(cand: EventCandidate, holders: list[str], ids: list[str]) -> EventCandidate:
    """`cand` with its holders and one counterpart's ids."""
    keep = [*holders, *ids]
    return replace(
        cand,
        actors=keep,
        actor_spans=[s for s in cand.actor_spans if s[2] in keep],
        roles={a: r for a, r in cand.roles.items() if a in keep},
        sentences=list(cand.sentences),
        sentence_dates=list(cand.sentence_dates),
    )

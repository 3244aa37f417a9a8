"""Two speakers, two statements: «Путин назвал саммит деловым, а ас-Сиси поблагодарил
жителей Сочи» tells the words of each, not one statement of both.

A verb of saying coordinated with the statement's own («назвал ..., а ... поблагодарил»)
that has a subject of its own is another speaker's statement: the actors that are its
subject are taken out of the first statement into one of their own, on the same day. Not
for an occasion both spoke at («на совместной пресс-конференции X назвал ..., а Y заявил»).
"""

from __future__ import annotations

import dataclasses

from app.ingest.events.model import EventCandidate, SentenceParse
from app.ingest.events.syntax import anchor_verb, span_head
from app.ingest.events.titles import gist_of
from app.ingest.nlp import Token


def split(
    text: str,
    s_end: int,
    toks: list[Token],
    parse: SentenceParse,
    statements: set[int],
    idx: int,
    cand: EventCandidate,
) -> list[EventCandidate]:
    """The statement `cand` of trigger `idx`, and one for each speaker of a coordinated
    verb of saying with a subject of its own."""
    out = [cand]
    if cand.type != "statement" or idx not in statements:
        # «На совместной пресс-конференции Лавров назвал ..., а Боррель заявил»: one
        # occasion both spoke at
        return out
    verb = anchor_verb(toks, parse, idx)
    for j in sorted(statements):
        if j == verb or parse.rels[j] != "conj" or parse.heads[j] != verb:
            continue
        subjects = {k for k, h in enumerate(parse.heads) if h == j and parse.rels[k] == "nsubj"}
        spans = [s for s in cand.actor_spans if span_head(toks, parse, s[0], s[1]) in subjects]
        ids = list(dict.fromkeys(a for _, _, a in spans))
        if not ids or len(ids) == len(cand.actors):
            continue
        rest = [s for s in cand.actor_spans if s not in spans]
        cand.actor_spans = rest
        cand.actors = [a for a in cand.actors if a not in ids]
        cand.roles = {a: r for a, r in cand.roles.items() if a not in ids}
        out.append(
            dataclasses.replace(
                cand,
                actors=ids,
                actor_spans=spans,
                roles=dict.fromkeys(ids, "speaker"),
                sentences=list(cand.sentences),
                sentence_dates=list(cand.sentence_dates),
                gist=gist_of(text[toks[j].end : s_end]) if cand.gist is not None else None,
            )
        )
    return out

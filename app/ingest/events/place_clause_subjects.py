"""Who does what a «где»-clause tells when the clause names no one: «Лосюков отправился в
МИД КНР, где провёл консультации с Ван И».

A relative clause opened by «где»/«куда» that has no subject of its own («где провёл
консультации», «куда приехал с визитом») leaves its subject unsaid because it is the subject
of the clause the place belongs to: the one who went there does it. Russian drops a subject
only where it is recoverable, and the person or number of the verb must agree with it
(«Делегация прибыла в Женеву, где в прошлом году подписали соглашение» is an
indefinite-personal plural, not something the delegation did). So the subject (and its
conjuncts) of the verb the place depends on takes part in the clause's happening when the
clause's verb agrees with it. A clause with a subject of its own («где его встретил
Лукашенко», «где прошла встреча») is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.attribution import agrees
from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.occasion import PLACE_RELATIVES
from app.ingest.events.syntax import VERBAL, anchor_verb, shared_subject_verb, span_head
from app.ingest.nlp import Token

# An infinitive under «предстоит», «намерен»: its clause is its head's.
_INFINITIVE_LINKS = frozenset({"csubj", "xcomp"})


def place_clause_subjects(
    tokens: list[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    trigger: int,
) -> list[ActorSpan]:
    """The hits that are the subject of the clause a subjectless «где»-clause holding
    `trigger` hangs on, when the clause's verb agrees with them."""
    verb = anchor_verb(tokens, parse, trigger)
    clause = [verb]
    while parse.rels[clause[-1]] in _INFINITIVE_LINKS and parse.heads[clause[-1]] >= 0:
        clause.append(parse.heads[clause[-1]])
    top = clause[-1]
    if parse.rels[top] != "acl:relcl" or tokens[verb].pos not in VERBAL:
        return []
    if not any(h == top and tokens[j].lemma.lower() in PLACE_RELATIVES for j, h in _links(parse)):
        return []
    if any(h in clause and parse.rels[j].startswith("nsubj") for j, h in _links(parse)):
        return []  # «где прошла встреча», «где его встретил Лукашенко»
    place = parse.heads[top]
    if place < 0:
        return []
    main = anchor_verb(tokens, parse, place)
    if main == place or tokens[main].pos not in VERBAL:
        return []
    main = shared_subject_verb(tokens, parse, main) or main  # «прилетел и отправился в ...»
    subjects = {j for j, h in _links(parse) if h == main and parse.rels[j] == "nsubj"}
    subjects |= {j for j, h in _links(parse) if h in subjects and parse.rels[j] == "conj"}
    out = []
    for hit in hits:
        head = span_head(tokens, parse, hit.start, hit.end)
        if head in subjects and agrees(tokens, parse, verb, hit):
            out.append(hit)
    return out


def _links(parse: SentenceParse) -> list[tuple[int, int]]:
    return list(enumerate(parse.heads))

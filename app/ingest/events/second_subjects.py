"""A second subject the parser hangs on the first clause's verb: «Путин приезжал в Чили с
визитом, в апреле 2009 года президент Бачелет была в Москве».

When a sentence joins two clauses by a comma alone and the second is a nominal one («была в
Москве»), the parser often makes the second clause's subject one more «nsubj» of the first
verb. That person did not do what the first verb tells: a verb has one subject, and one that
stands after a comma, behind the verb's own subject, inside the span of a conjunct clause of
that verb belongs to the conjunct.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import ActorSpan, SentenceParse
from app.ingest.events.syntax import span_head
from app.ingest.nlp import Token

# Links by which a name hangs on the noun that is the subject («президент» <- «Бачелет»).
_NAME_LINKS = frozenset({"appos", "flat", "flat:name"})


def second_subject(tokens: list[Token], parse: SentenceParse, k: int) -> bool:
    """Is token k (or the title noun it names) a subject of a verb that has a subject of
    its own before it, with a comma between them and a conjunct of the verb after it?"""
    while parse.rels[k] in _NAME_LINKS and parse.heads[k] >= 0:
        k = parse.heads[k]
    verb = parse.heads[k]
    if parse.rels[k] != "nsubj" or verb < 0:
        return False
    own = [j for j, h in enumerate(parse.heads) if h == verb and parse.rels[j] == "nsubj"]
    first = min(own)
    if first == k or verb > k:
        return False
    comma = any(tokens[j].text == "," for j in range(max(first, verb) + 1, k))
    conjunct = any(
        h == verb and parse.rels[j] == "conj" and j > k for j, h in enumerate(parse.heads)
    )
    return comma and conjunct


def without_second_subjects(
    tokens: list[Token], parse: SentenceParse, actors: Sequence[ActorSpan], trigger: int
) -> list[ActorSpan]:
    """The actors of the trigger at `trigger` less those named as a later clause's subject
    (see second_subject). A trigger after the subject is that later clause's own («заседание
    прошло 12 марта, сопредседатели X и Y подписали протокол»: X and Y signed)."""
    out: list[ActorSpan] = []
    for h in actors:
        k = span_head(tokens, parse, h.start, h.end)
        if k is None or trigger > k or not second_subject(tokens, parse, k):
            out.append(h)
    return out

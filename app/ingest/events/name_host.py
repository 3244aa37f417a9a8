"""A date the parse hung on a person's name belongs to the clause the name is subject of.

«Посол в последний раз был в Москве в январе 2022 года»: with an unfamiliar name the
parser may make the date an oblique of the subject («Раиси ← январе»). A name takes no
time of its own (a person is not «in January»); the oblique date modifies the predicate,
as it would had the name been a common noun. The date is hung on the word the subject
hangs on, which passes it to the clause's happening.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token


def off_the_name(tokens: list[Token], parse: SentenceParse, date_head: int) -> SentenceParse:
    """`parse` with the date phrase headed at `date_head` moved from a subject name to the
    subject's head, when the parse put it there; else `parse` unchanged."""
    host = parse.heads[date_head]
    if host < 0 or parse.rels[date_head] != "obl" or tokens[host].pos != "PROPN":
        return parse
    if not parse.rels[host].startswith("nsubj"):
        return parse
    predicate = parse.heads[host]
    if predicate < 0 or predicate == date_head:
        return parse
    heads = list(parse.heads)
    heads[date_head] = predicate
    return SentenceParse(tuple(heads), parse.rels)

"""Whose document expires: «Соглашение об усыновлении между Россией и США прекратило действие 1
января 2014 года», «Договор о РСМД прекратил действие 2 августа».

The subject of an expiry verb is often the document, not a party: its parties are then the
states named under the document noun («между Россией и США», «России и США»), or, when none
is named and the expiry has a date of its own, the article's pair of states (as for a
document told concluded in the passive, documents.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import DOCUMENT_NOUNS, NOUN_TRIGGERS
from app.ingest.events.model import ActorSpan, ArticleInput, SentenceParse
from app.ingest.events.state_pair import states_pair
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# «прекращено действие договора»: the document under the noun of its force.
_FORCE = frozenset({"действие"})
# How many heads up a name may hang under the document («между министерствами России и США»).
_DEPTH = 4


def _document(toks: Sequence[Token], parse: SentenceParse, idx: int) -> int | None:
    """The document noun that is the expiry verb's subject, or under its subject «действие»."""
    for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True)):
        if h != idx or rel not in _SUBJECTS:
            continue
        if _is_document(toks[j]):
            return j
        if lemma_of(toks[j]) in _FORCE:
            return next(
                (k for k, hk in enumerate(parse.heads) if hk == j and _is_document(toks[k])),
                None,
            )
    return None


def _is_document(tok: Token) -> bool:
    lemma = lemma_of(tok)
    return lemma in DOCUMENT_NOUNS or NOUN_TRIGGERS.get(lemma) == "agreement"


def _under(parse: SentenceParse, k: int, top: int) -> bool:
    for _ in range(_DEPTH):
        k = parse.heads[k]
        if k < 0:
            return False
        if k == top:
            return True
    return False


def expiring_parties(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    hits: Sequence[ActorSpan],
    idx: int,
    type_: str,
    attached: Sequence[DateMention],
) -> list[ActorSpan]:
    """The parties of the document whose expiry the trigger at `idx` tells (an empty list
    when it tells none, or no party can be read)."""
    if type_ != "expiry":
        return []
    doc = _document(toks, parse, idx)
    if doc is None:
        return []
    named = [
        h
        for h in hits
        if any(
            t.start >= h.start and t.end <= h.end and _under(parse, k, doc)
            for k, t in enumerate(toks)
        )
    ]
    if named:
        return named
    if not any(d.value.precision != "unknown" for d in attached):
        return []
    pair = states_pair(inp)
    if pair is None:
        return []
    return [ActorSpan(toks[idx].start, toks[idx].end, state) for state in pair]


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell a document expiring (worth a parse)?"""
    return any(t == "expiry" and toks[i].pos in ("VERB", "AUX") for i, t in triggers)

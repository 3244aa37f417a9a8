"""Whose document expires: «Соглашение об усыновлении между Россией и США прекратило действие 1
января 2014 года», «Договор о РСМД прекратил действие 2 августа».

The subject of an expiry verb is often the document, not a party: its parties are then the
states named under the document noun («между Россией и США», «России и США»), or, when none
is named and the expiry has a date of its own, the article's pair of states (as for a
document told concluded in the passive, documents.py). So is a body of one state working in
the other whose work ends on a day («С 1 октября агентство прекратило деятельность»,
«представительство перестаёт работать 1 октября»; lexicon.EXPIRING_BODIES).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.ingest.dates import DateMention, DateValue
from app.ingest.events.attach import date_attached
from app.ingest.events.lexicon import DOCUMENT_NOUNS, EXPIRING_BODIES, NOUN_TRIGGERS
from app.ingest.events.model import ActorSpan, ArticleInput, DateReading, SentenceParse
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
        if _is_document(toks[j]) or lemma_of(toks[j]) in EXPIRING_BODIES:
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


def infinitive_dates(
    toks: list[Token],
    parse: SentenceParse,
    mentions: Sequence[DateMention],
    idx: int,
    type_: str,
) -> list[DateMention]:
    """«Соглашение перестаёт действовать 1 октября»: an expiry verb's day told under the
    infinitive it takes (the parse hangs it there, not on the verb)."""
    if type_ != "expiry":
        return []
    inf = [
        j
        for j, (h, r) in enumerate(zip(parse.heads, parse.rels, strict=True))
        if h == idx and r == "xcomp"
    ]
    return [d for d in mentions for j in inf if date_attached(toks, parse, True, d, j)]


# «с 1 октября», «со 2 августа»: the opening bound of a period.
_FROM = ("с ", "со ")


def from_day(reading: DateReading) -> DateReading:
    """«С 1 октября агентство прекратило деятельность»: an end told from a day took effect on
    that day, not at some time after it (the resolver reads «с 1 октября» as an open bound)."""
    v, text = reading.value, (reading.text or "").lower()
    if v.precision != "after" or v.start is None or not text.startswith(_FROM):
        return reading
    return replace(reading, value=DateValue(v.start, v.start, "day", v.how))


def without_expiring(
    toks: Sequence[Token], parse: SentenceParse, triggers: Sequence[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The triggers without an agreement noun that is the subject of an expiry trigger, a
    clause between them («Соглашение, на основании которого агентство работало, перестаёт
    действовать 1 октября»): what expires; the expiry is the news (the token-level
    worded_acts.expiring_documents sees only a subject in the expiry's own clause)."""
    expiring = {i for i, k in triggers if k == "expiry"}
    return [
        (i, k)
        for i, k in triggers
        if not (
            k == "agreement"
            and toks[i].pos not in ("VERB", "AUX")
            and parse.heads[i] in expiring
            and parse.rels[i] in _SUBJECTS
        )
    ]


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell a document expiring (worth a parse)?"""
    return any(t == "expiry" and toks[i].pos in ("VERB", "AUX") for i, t in triggers)

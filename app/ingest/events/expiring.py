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

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from app.ingest.dates import DateMention, DateValue
from app.ingest.events.attach import date_attached
from app.ingest.events.lexicon import DOCUMENT_NOUNS, EXPIRING_BODIES, NOUN_TRIGGERS
from app.ingest.events.model import ActorSpan, ArticleInput, DateReading, SentenceParse
from app.ingest.events.state_pair import state_of, states_pair
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# «прекращено действие договора»: the document under the noun of its force; «срок действия
# договора истекает»: under the noun of its term first.
_FORCE = frozenset({"действие"})
_TERM = frozenset({"срок"})
# «договор, который истекает 5 декабря»: the relative pronoun stands for its noun.
_RELATIVE = frozenset({"который"})
# How many heads up a name may hang under the document («между министерствами России и США»).
_DEPTH = 4


def _document(toks: Sequence[Token], parse: SentenceParse, idx: int) -> int | None:
    """The document noun that is the expiry verb's subject, or under its subject «действие»
    («срок действия»); the noun a relative «который» stands for; the subject of the verb
    whose conjunct the trigger is («договор был подписан в 1991 году и истекает 5
    декабря»)."""
    for j, (h, rel) in enumerate(zip(parse.heads, parse.rels, strict=True)):
        if h != idx or rel not in _SUBJECTS:
            continue
        if _is_document(toks[j]) or lemma_of(toks[j]) in EXPIRING_BODIES:
            return j
        if lemma_of(toks[j]) in _RELATIVE and parse.rels[idx] == "acl:relcl":
            # «соглашению о квотах, которое истекает»: the parser may hang the clause on
            # the nearest noun under the document; the document a step or two up
            head = parse.heads[idx]
            for _ in range(_DEPTH):
                if head < 0 or _is_document(toks[head]):
                    break
                head = parse.heads[head] if parse.rels[head] == "nmod" else -1
            return head if head >= 0 else None
        force = j
        if lemma_of(toks[j]) in _TERM:
            force = next(
                (k for k, hk in enumerate(parse.heads) if hk == j and lemma_of(toks[k]) in _FORCE),
                -1,
            )
        if force >= 0 and lemma_of(toks[force]) in _FORCE:
            # «действия СНВ-1»: a document's own name under the noun of its force
            return next(
                (
                    k
                    for k, hk in enumerate(parse.heads)
                    if hk == force and (_is_document(toks[k]) or toks[k].pos == "PROPN")
                ),
                None,
            )
        return None
    if parse.rels[idx] == "conj" and 0 <= parse.heads[idx] != idx:
        head = parse.heads[idx]
        if toks[head].pos in ("VERB", "AUX"):
            return _document(toks, parse, head)
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
    named = without_document_names(inp, toks, parse, named, idx)  # not «СНВ-1» itself
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


# How a name hangs under the document noun when it is the document's own name or its
# subject, not a party: «договор СНВ-1», «Договор о РСМД».
_NAMING = frozenset({"appos", "flat", "flat:name"})
_TOPIC = frozenset({"о", "об"})


def without_document_names(
    inp: ArticleInput,
    toks: Sequence[Token],
    parse: SentenceParse,
    actors: list[ActorSpan],
    idx: int,
) -> list[ActorSpan]:
    """The expiry's actors less those that only name the expiring document («договор
    СНВ-1 истекает»: no party called СНВ-1) or its subject («Договор о РСМД»). A state,
    its body or a person under the document («соглашение России и США», «между ...») is
    a party and stays."""
    doc = _document(toks, parse, idx)
    if doc is None:
        return actors

    def naming(k: int) -> bool:
        if k == doc or parse.rels[k] in _NAMING:
            return True
        return any(parse.heads[c] == k and toks[c].text.lower() in _TOPIC for c in range(len(toks)))

    def party(a: ActorSpan) -> bool:
        info = inp.actors.get(a.actor_id)
        return state_of(inp, a.actor_id) is not None or (info is not None and info.kind == "person")

    out = []
    for a in actors:
        under = [k for k, t in enumerate(toks) if t.start >= a.start and t.end <= a.end]
        if any(parse.heads[k] == doc or k == doc for k in under) and (
            any(naming(k) for k in under) or not party(a)
        ):
            continue
        out.append(a)
    return out


def term_ahead(verb: Token, reading: DateReading, published: dt.date | None) -> bool:
    """«Договор истекает 5 февраля», «срок действия истекает сегодня»: an expiry verb in the
    present tells the term still ahead (a document's end is told in the present before it
    comes, in the past after it), unless its date lies before the article's day."""
    if verb.pos not in ("VERB", "AUX") or verb.feats.get("Tense") != "Pres":
        return False
    start = reading.value.start
    if start is None or not reading.explicit:
        return False
    return published is None or start >= published


def worth_parsing(toks: Sequence[Token], triggers: Sequence[tuple[int, str]]) -> bool:
    """Could a sentence with no actor tell a document expiring (worth a parse)?"""
    return any(t == "expiry" and toks[i].pos in ("VERB", "AUX") for i, t in triggers)

"""Proposals and what they propose: «пригласил Ван И посетить Москву» is a proposal made that
day by its proposer; the visit proposed is no happening and whom it is addressed to is no party.
"""

from __future__ import annotations

from app.ingest.dates import DateMention
from app.ingest.events.instructed import instructing_verb
from app.ingest.events.model import (
    ActorSpan,
    ArticleInput,
    SentenceParse,
)
from app.ingest.events.syntax import VERBAL, ancestors, anchor_verb, span_head
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token


def proposed(toks: list[Token], parse: SentenceParse, proposals: set[int], idx: int) -> bool:
    """Is trigger `idx` an infinitive that a proposal governs («приглашение посетить
    Москву», «предложил встретиться»), a noun that such an infinitive governs
    («предложил провести переговоры», «предложил сделать саммит ежегодным»), or the object
    of a proposing verb («предложил встречу»)? Then it is what was proposed, not a
    happening."""
    if idx in proposals:
        return False
    verb = anchor_verb(toks, parse, idx)  # the trigger itself when it is a verb
    if verb in proposals:
        # «предложил встречу министров»: the happening proposed, the object of the verb;
        # «пригласил посетить Алжир с ответным визитом», «пригласил на саммит»: what one
        # is invited to (not «предложил на встрече», where the proposal was made)
        return parse.heads[idx] == verb and (
            parse.rels[idx] == "obj" or _invited_to(toks, parse, idx)
        )
    if toks[verb].feats.get("VerbForm") != "Inf":
        return False
    # The parser hangs the infinitive on the proposal or on the verb that conveys it
    # («передал приглашение ... посетить»).
    governing = proposals | {anchor_verb(toks, parse, p) for p in proposals}
    return any(a in governing for a in ancestors(parse, verb)[:2])


# Prepositions and cases of what one is invited to: «с визитом», «на саммит».
INVITED_TO = frozenset({("с", "Ins"), ("на", "Acc")})


def _invited_to(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    case = toks[idx].feats.get("Case")
    return parse.rels[idx] == "obl" and any(
        h == idx and parse.rels[j] == "case" and (lemma_of(toks[j]), case) in INVITED_TO
        for j, h in enumerate(parse.heads)
    )


def in_proposed_act(toks: list[Token], parse: SentenceParse, hit: ActorSpan, idx: int) -> bool:
    """Is the actor named inside the act a proposal proposes («пригласил Ван И посетить
    Москву»: Moscow is where the visit would go, not a proposer)?"""
    head = span_head(toks, parse, hit.start, hit.end)
    stop = {idx, anchor_verb(toks, parse, idx)}
    cur = head
    while cur is not None and cur >= 0 and cur not in stop:
        if toks[cur].pos in VERBAL and toks[cur].feats.get("VerbForm") == "Inf":
            return True
        cur = parse.heads[cur]
    return False


def proposed_now(toks: list[Token], parse: SentenceParse, typ: str, idx: int) -> bool:
    """A proposal told by a perfective past verb («предложил», «пригласил», «передал
    приглашение»; «поручил пригласить», instructed.py): made on the day the article
    reports, like a statement."""
    if typ != "proposal":
        return False
    instructing = instructing_verb(toks, parse, idx, typ)
    verb = toks[anchor_verb(toks, parse, idx) if instructing is None else instructing]
    return (
        verb.pos in VERBAL
        and verb.feats.get("Aspect") == "Perf"
        and verb.feats.get("Tense") == "Past"
    )


# Happenings a proposal may be made at: «на встрече предложил», «открывая саммит, предложил»,
# «на пресс-конференции заявил ... и предложил».
OCCASIONS = frozenset({"meeting", "talks", "press-conference"})
# Sentences back the occasion's day may have been told.
OCCASION_SPAN = 3


def occasion_day(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    idx: int,
    triggers: list[tuple[int, str]],
) -> DateMention | None:
    """The day of the occasion a proposal was made at, when the sentence names that occasion
    only as its setting («Открывая встречу, Токаев предложил ...», «На саммите президент
    предложил ...»), with no date of its own: the last day the sentences before told (the
    occasion told there). Not the happening proposed («предложил встречу» is an object)."""
    verb = anchor_verb(toks, parse, idx)
    # «На пресс-конференции он заявил ..., и предложил»: the setting of the verb the
    # proposal is coordinated with is its setting too
    verbs = {verb, parse.heads[verb]} if parse.rels[verb] == "conj" else {verb}
    if not any(
        t in OCCASIONS and j != idx and any(_setting_of(toks, parse, j, v) for v in verbs)
        for j, t in triggers
    ):
        return None
    sentences = inp.analysis.sentences
    since = sentences[max(0, si - OCCASION_SPAN)].start
    start = sentences[si].start
    told = [
        d
        for d in inp.dates
        if since <= d.start and d.end <= start and d.value.precision == "day" and not d.planned
    ]
    return told[-1] if told else None


def _setting_of(toks: list[Token], parse: SentenceParse, j: int, verb: int) -> bool:
    """«на встрече» under the verb, or «открывая встречу» under an adverbial participle of it."""
    head = parse.heads[j]
    if head == verb:
        return parse.rels[j].startswith("obl")
    return (
        head >= 0
        and parse.heads[head] == verb
        and parse.rels[head] == "advcl"
        and toks[head].feats.get("VerbForm") == "Conv"
        and parse.rels[j] in ("obj", "obl")
    )

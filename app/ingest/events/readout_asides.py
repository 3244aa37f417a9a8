"""A body that only passes on what a contact held, in an aside or a clarification, makes
no statement of its own.

Readouts of a call are told clause by clause with the body as a parenthetical:
«Стороны, как сообщили в МИД, обсудили пандемию», «Трамп поздравил Путина и, как
говорится в сообщении Кремля, отметил вклад...». The clause is what the contact held (what
the parties discussed, what one of them said to the other); the ministry is where the text
got it from. So is a body clarifying a contact the article has told: «В Кремле позже
уточнили, что помощь Путин предложил во время разговора», «В МИД уточнили, что переговоры
министров пройдут в первой половине дня» — a detail of that contact, no news of the body's.

A person's words stay his (readouts.py keeps a minister's own statement on the talks), and
so does a body's saying what the parties settled («Как отметили в МИД, стороны условились
продолжить консультации»): a verb of agreeing is no verb of discussing or of saying.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate, SentenceParse
from app.ingest.events.syntax import anchor_verb
from app.ingest.events.triggers import find_triggers, lemma_of
from app.ingest.nlp import Token


def _load() -> dict[str, list[str]]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        data: dict[str, list[str]] = tomllib.load(f)["readout"]
    return data


_DATA = _load()
_DISCUSSED = frozenset(_DATA["discussed"]) | frozenset(_DATA["exchanged"])
# «стороны», «собеседники», «президенты»: the parties of a contact by a common noun.
_PARTY_NOUNS = frozenset(_DATA["parties"])
_CLARIFYING = frozenset(_DATA["clarifying"])
_CALL_NOUNS = frozenset(_DATA["call"])
_MEETING_NOUNS = frozenset(_DATA["meeting"])
_CONTACT_NOUNS = _CALL_NOUNS | _MEETING_NOUNS
# «новая встреча», «следующий разговор»: a contact other than the one told.
_FRESH = frozenset(_DATA["fresh"])
_NEGATIONS = frozenset({"не", "нет", "ни"})
# «российская сторона отметила»: a side of a contact, speaking in its readout.
_SIDE_NOUNS = frozenset({"сторона"})
# What names who speaks in an aside: «как сообщили в МИД», «как говорится в заявлении Кремля».
_AGENT = frozenset({"nsubj", "obl", "nsubj:pass"})
_CONTACTS = frozenset({"call", "meeting", "talks"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# How a parenthetical «как сообщили в X» hangs on the clause it attributes.
_ASIDE_LINKS = frozenset({"parataxis", "advcl"})
# How many sentences back the contact may be told: a readout follows it closely.
_NEAR = 3


def sentence_of(inp: ArticleInput, start: int) -> int:
    """The index of the sentence holding character `start` (-1: none)."""
    for i, s in enumerate(inp.analysis.sentences):
        if s.start <= start < s.end:
            return i
    return -1


def _told_before(
    inp: ArticleInput, groups: Sequence[EventCandidate], si: int, near: int | None
) -> list[EventCandidate]:
    """The contacts told in the sentences before `si` (within `near` of it, if given)."""
    out = []
    for g in groups:
        if g.type not in _CONTACTS:
            continue
        told = [k for k in (sentence_of(inp, s) for s, _ in g.sentences) if 0 <= k < si]
        if told and (near is None or si - max(told) <= near):
            out.append(g)
    return out


def _bodies(inp: ArticleInput, c: EventCandidate) -> bool:
    speakers = [a for a in c.actors if c.roles.get(a) == "speaker"] or list(c.actors)
    return bool(speakers) and all(
        (info := inp.actors.get(a)) is not None and info.kind != "person" for a in speakers
    )


def _own_subject(parse: SentenceParse, pred: int) -> int | None:
    for j, h in enumerate(parse.heads):
        if h == pred and parse.rels[j] in _SUBJECT:
            return j
    return None


def _subject(toks: list[Token], parse: SentenceParse, pred: int) -> int | None:
    """The subject of predicate `pred`, or of the predicate it is joined to by «и»
    («Трамп поздравил ... и отметил»: the parser may hang the second verb on the first or
    leave it a root of its own)."""
    own = _own_subject(parse, pred)
    if own is not None:
        return own
    if parse.rels[pred] == "conj" and parse.heads[pred] >= 0:
        return _own_subject(parse, parse.heads[pred])
    if not any(parse.heads[j] == pred and parse.rels[j] == "cc" for j in range(len(toks))):
        return None
    for p in range(pred - 1, -1, -1):
        if toks[p].pos == "VERB" and parse.rels[p] not in _ASIDE_LINKS:  # not the aside
            return _own_subject(parse, p)
    return None


def _actor_at(inp: ArticleInput, tok: Token) -> str | None:
    for h in inp.actor_hits:
        if h.start <= tok.start < h.end:
            return h.actor_id
    return None


def _aside_on_contact(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    groups: Sequence[EventCandidate],
) -> bool:
    """Is `verb` a parenthetical «как сообщили в X» on a clause telling what a contact told
    just before held: its parties discussing («Стороны ... обсудили»), or one of them
    saying («Трамп ... отметил»)?"""
    if parse.rels[verb] not in _ASIDE_LINKS or parse.heads[verb] < 0:
        return False
    if not any(parse.heads[j] == verb and lemma_of(toks[j]) == "как" for j in range(len(toks))):
        return False
    host = parse.heads[verb]
    discussing = lemma_of(toks[host]) in _DISCUSSED
    saying = any(
        i == host and t in SPEECH_TYPES for i, t in find_triggers(toks)
    )
    subj = _subject(toks, parse, host)
    if subj is None or not (discussing or saying):
        return False
    contacts = _told_before(inp, groups, si, _NEAR)
    if discussing and lemma_of(toks[subj]) in _PARTY_NOUNS:
        return bool(contacts)
    party = _actor_at(inp, toks[subj])
    return party is not None and any(party in c.actors for c in contacts)


def _side_in_readout(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    groups: Sequence[EventCandidate],
) -> bool:
    """Is `verb` a side of a contact told just before speaking in the readout, under an
    impersonal aside («Как уточняется, российская сторона отметила ...»): the readout's
    content, told by no one in particular."""
    subj = _subject(toks, parse, verb)
    if subj is None or lemma_of(toks[subj]) not in _SIDE_NOUNS:
        return False
    impersonal = any(
        parse.heads[j] == verb
        and parse.rels[j] in _ASIDE_LINKS
        and toks[j].feats.get("Voice") == "Pass"
        and any(parse.heads[k] == j and lemma_of(toks[k]) == "как" for k in range(len(toks)))
        and not any(parse.heads[k] == j and parse.rels[k] in _AGENT for k in range(len(toks)))
        for j in range(len(toks))
    )
    return impersonal and bool(_told_before(inp, groups, si, _NEAR))


def _clarifies_contact(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    groups: Sequence[EventCandidate],
) -> bool:
    """Is `verb` a body clarifying a contact the article has told («уточнили, что
    переговоры министров пройдут утром», «... предложил во время разговора»)? Not words
    denying a contact or naming another one («уточнили, что новая встреча не планируется»:
    an announcement of its own)."""
    if lemma_of(toks[verb]) not in _CLARIFYING or toks[verb].feats.get("VerbForm") != "Fin":
        return False  # «отказались уточнить»: a refusal, words of their own
    if any(parse.heads[j] == verb and lemma_of(toks[j]) in _NEGATIONS for j in range(len(toks))):
        return False
    words = range(verb + 1, len(toks))
    if any(lemma_of(toks[j]) in _NEGATIONS for j in words):
        return False
    told = {c.type for c in _told_before(inp, groups, si, None)}
    for j in words:
        lemma = lemma_of(toks[j])
        if toks[j].pos != "NOUN" or lemma not in _CONTACT_NOUNS:
            continue
        if any(parse.heads[k] == j and lemma_of(toks[k]) in _FRESH for k in range(len(toks))):
            return False  # «следующая встреча»: another contact
        kinds = ({"call"} if lemma in _CALL_NOUNS else set()) | (
            {"meeting", "talks"} if lemma in _MEETING_NOUNS else set()
        )
        if kinds & told:
            return True
    return False


def passed_on(
    inp: ArticleInput,
    si: int,
    toks: list[Token],
    parse: SentenceParse,
    verbs: Sequence[int],
    c: EventCandidate,
    groups: Sequence[EventCandidate],
) -> bool:
    """Are statement `c`'s words a body's passing on what a contact told before held, in
    an aside or a clarification?"""
    if c.type != "statement" or c.date.explicit or not _bodies(inp, c):
        return False
    anchors = {anchor_verb(toks, parse, v) for v in verbs}
    return any(
        _aside_on_contact(inp, si, toks, parse, v, groups)
        or _clarifies_contact(inp, si, toks, parse, v, groups)
        or _side_in_readout(inp, si, toks, parse, v, groups)
        for v in anchors
    )

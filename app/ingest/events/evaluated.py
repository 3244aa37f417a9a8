"""A happening a speaker rates or describes is not told by the rating.

«Песков в воскресенье назвал переговоры Путина и Меркель конструктивными», «Рябков в
четверг положительно оценил итоги встречи», «министр ещё в понедельник описал встречу
двумя словами», «опубликовала снимок со встречи»: the noun is what the words (or the
picture) are about; the day on the verb is when they were said, not when the talks were
held, and the subject is the one who spoke, not a party. The happening, if it is news, is
told in a sentence of its own. A trigger noun that is the object of such a verb (directly,
or under a noun of its outcome or of a part of it: «итоги встречи», «снимок со встречи»),
with no date in its own phrase, gives no event; the words stay a statement when the verb
is one of saying. The parties it names are still the contact later sentences speak of
(«Путин, в свою очередь, призвал ...»: a reply across that table, parties.py).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.dates import DateMention, DateValue
from app.ingest.events.model import ActorSpan, DateReading, SentenceParse
from app.ingest.events.parties import CONTACT, Antecedent
from app.ingest.events.syntax import VERBAL, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["evaluated"]
RATING_VERBS = frozenset(_DATA["verbs"])
OUTCOME_NOUNS = frozenset(_DATA["outcome"])
# Prepositions under which a noun of a part of the happening takes it: «снимок со встречи»,
# «кадры с переговоров»; the outcome nouns take it as a bare genitive («итоги встречи»).
_FROM = frozenset({"с", "со"})


def _preps(toks: list[Token], parse: SentenceParse, i: int) -> set[str]:
    return {
        lemma_of(toks[j]) for j, h in enumerate(parse.heads) if h == i and parse.rels[j] == "case"
    }


def evaluated(
    toks: list[Token], parse: SentenceParse, idx: int, attached: Sequence[DateMention]
) -> bool:
    """Is trigger noun `idx`, with no date in its own phrase, what a verb of rating or
    describing takes as its object («назвал переговоры полезными», «оценил итоги встречи»)?"""
    if toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    phrase, head = idx, parse.heads[idx]
    if head >= 0 and parse.rels[idx] == "nmod" and lemma_of(toks[head]) in OUTCOME_NOUNS:
        preps = _preps(toks, parse, idx)
        if preps and not preps <= _FROM:
            return False  # «итоги переговоров о визите»: not the outcome of this noun
        phrase, head = head, parse.heads[head]
    if head < 0 or parse.rels[phrase] != "obj" or toks[head].pos not in VERBAL:
        return False
    if lemma_of(toks[head]) not in RATING_VERBS:
        return False
    words = subtree(parse, phrase)
    lo, hi = min(toks[i].start for i in words), max(toks[i].end for i in words)
    return not any(lo <= d.start < hi for d in attached)


_UNDATED = DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False)


def rated_contacts(
    toks: list[Token],
    parse: SentenceParse,
    triggers: Sequence[tuple[int, str]],
    hits: Sequence[ActorSpan],
    mentions: Sequence[DateMention],
) -> list[Antecedent]:
    """The contacts a sentence rates without telling them, with the parties its noun
    phrase names («назвал переговоры Путина и Меркель полезными»), as antecedents of the
    sentences after: held, on a day the rating does not give."""
    out: list[Antecedent] = []
    for idx, typ in triggers:
        if typ not in CONTACT or not evaluated(toks, parse, idx, mentions):
            continue
        words = subtree(parse, idx)
        lo, hi = min(toks[i].start for i in words), max(toks[i].end for i in words)
        ids = tuple(dict.fromkeys(h.actor_id for h in hits if lo <= h.start and h.end <= hi))
        if len(ids) >= 2:
            out.append(Antecedent(ids, _UNDATED, typ, "happened"))
    return out


def rated(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` the object of a verb of rating («Обмен пленными, состоявшийся
    в субботу, министры оценили как шаг вперёд»)? Even when its own phrase dates it and
    the happening is kept, the verb's subject rates it: no party to it."""
    head = parse.heads[idx]
    return (
        toks[idx].pos in ("NOUN", "PROPN")
        and head >= 0
        and parse.rels[idx] == "obj"
        and lemma_of(toks[head]) in RATING_VERBS
    )

"""Agreeing on a contact to come arranges that contact; it concludes no agreement.

«Путин и Болтон договорились о времени и месте встречи президентов», «в Лох-Эрне они
условились о сентябрьском саммите», «договорились о личной встрече»: what is agreed on is a
meeting or a visit, or its time; the happening arranged (and the contact the agreeing took
place in) is the news, not a document or commitment between the parties. An agreeing verb
whose matter under «о» is a contact noun or a noun of scheduling gives no agreement; the
contact noun is read on its own, as still to come: «договорились о консультациях» tells
consultations planned, not held (agreed_on). So too an agreeing verb whose infinitive is a
contact or a gathering: «договорились собраться в Провидения 16–17 августа», «условились
встретиться в Вене» arrange the meeting.
"""

from __future__ import annotations

from app.ingest.events.lexicon import (
    AGREED_TO_LEMMAS,
    GATHER_VERBS,
    HOLDING_NOUNS,
    NOUN_TRIGGERS,
    SCHEDULING_NOUNS,
    VERB_TRIGGERS,
)
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

CONTACTS = frozenset({"call", "meeting", "talks", "visit"})
# The preposition of the matter agreed on: «договорились о встрече», «об обмене визитами».
_ABOUT = frozenset({"о", "об"})


def arranged_contact(tokens: list[Token], parse: SentenceParse, trigger: int) -> bool:
    """Is agreeing verb `trigger` about a contact or its time («договорились о встрече»,
    «о времени и месте встречи»)?"""
    if tokens[trigger].pos not in VERBAL or lemma_of(tokens[trigger]) not in AGREED_TO_LEMMAS:
        return False
    if any(
        h == trigger and parse.rels[j] == "xcomp" and _contact_verb(tokens[j])
        for j, h in enumerate(parse.heads)
    ):
        return True  # «договорились собраться в Провидения», «условились встретиться»
    for j, h in enumerate(parse.heads):
        if h != trigger or parse.rels[j] != "obl":
            continue
        if not any(
            parse.heads[k] == j and parse.rels[k] == "case" and lemma_of(tokens[k]) in _ABOUT
            for k in range(len(tokens))
        ):
            continue
        lemma = lemma_of(tokens[j])
        if lemma in SCHEDULING_NOUNS or NOUN_TRIGGERS.get(lemma) in CONTACTS:
            return True
        if lemma in HOLDING_NOUNS and _holds_contact(tokens, parse, j):
            return True  # «договорились о проведении консультаций»
    return False


def agreed_on(tokens: list[Token], parse: SentenceParse, trigger: int, verb: int) -> bool:
    """Is contact noun `trigger` the matter under «о» of agreeing verb `verb`, itself or
    through a noun of scheduling («договорились о встрече», «о консультациях», «о времени и
    месте встречи»)? What the sides agree on holding is still to come."""
    kind = NOUN_TRIGGERS.get(lemma_of(tokens[trigger]))
    if tokens[trigger].pos in VERBAL or kind not in CONTACTS:
        return False
    if not arranged_contact(tokens, parse, verb):
        return False
    matter = trigger
    head = parse.heads[matter]
    if head >= 0 and lemma_of(tokens[head]) in SCHEDULING_NOUNS | HOLDING_NOUNS:
        matter = head  # «о времени встречи», «о проведении встречи»: the meeting agreed on
    return parse.heads[matter] == verb and parse.rels[matter] == "obl"


def _contact_verb(tok: Token) -> bool:
    """Is `tok` a verb of a contact or of gathering («встретиться», «собраться»)?"""
    lemma = lemma_of(tok)
    return tok.pos in VERBAL and (lemma in GATHER_VERBS or VERB_TRIGGERS.get(lemma) in CONTACTS)


def _holds_contact(tokens: list[Token], parse: SentenceParse, noun: int) -> bool:
    """Does a contact noun hang on `noun` («проведении консультаций»)?"""
    return any(
        h == noun and NOUN_TRIGGERS.get(lemma_of(tokens[k])) in CONTACTS and tokens[k].pos == "NOUN"
        for k, h in enumerate(parse.heads)
    )

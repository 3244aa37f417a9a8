"""An envoy recalled home for consultations («Россия отозвала посла для консультаций»,
«вызвала своего посла в Москву для консультаций», «посол приглашён в Москву на
консультации»), or leaving for them («посол уезжает из Москвы на консультации»).

A state calling its own envoy home is a sign of displeasure, not a contact: the
«консультации» are the purpose of the recalling word, held at home with no other side, and
the envoy summoned is not summoned to a foreign ministry. trigger_parse.confirmed asks here before
it reads «консультации» as talks or «вызвать» as a summons.
"""

from __future__ import annotations

from app.ingest.events.lexicon import (
    RECALL_LEAVING,
    RECALL_OWN,
    RECALL_PURPOSES,
    RECALL_WORDS,
    SUMMONED,
)
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import children
from app.ingest.nlp import Token

PURPOSE_CASES = frozenset({"для", "на"})


def _lemma(tok: Token) -> str:
    return tok.lemma.lower().replace("ё", "е")


def _purpose(tokens: list[Token], parse: SentenceParse, j: int) -> bool:
    """Is the word at `j` «консультации» after «для»/«на» («для консультаций»)?"""
    return _lemma(tokens[j]) in RECALL_PURPOSES and any(
        parse.rels[k] == "case" and _lemma(tokens[k]) in PURPOSE_CASES
        for k in children(parse, j)
    )


def consultations_of_recall(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Are the «консультации» at `i` what an envoy is recalled for («отозвала посла для
    консультаций»), not talks held?"""
    head = parse.heads[i]
    if head < 0 or not _purpose(tokens, parse, i):
        return False
    return _lemma(tokens[head]) in RECALL_WORDS or _envoy_leaving(tokens, parse, head)


def _envoy_leaving(tokens: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Is `verb` an envoy's leaving («посол уезжает из Москвы на консультации»), or the
    infinitive of one told to an envoy («рекомендует послу отправиться в Вашингтон»)? An
    envoy goes home for consultations: those are his own side's, no talks."""
    if _lemma(tokens[verb]) not in RECALL_LEAVING:
        return False
    doers = [j for j in children(parse, verb) if parse.rels[j] == "nsubj"]
    up = parse.heads[verb]
    if parse.rels[verb] == "xcomp" and up >= 0:
        doers += [j for j in children(parse, up) if parse.rels[j] in ("iobj", "obj", "obl")]
    return any(_lemma(tokens[j]) in SUMMONED for j in doers)


def recalled(tokens: list[Token], parse: SentenceParse, i: int) -> bool:
    """Is the summoning or inviting word at `i` a recall: an envoy called (or invited) home
    for consultations («вызвала посла в Москву для консультаций», «посол приглашён в Москву
    на консультации», «его вызвали на консультации»), or the state's own («вызвала своего
    посла»)? Not «пригласил коллегу на консультации»: a proposal of talks."""
    if _lemma(tokens[i]) not in RECALL_WORDS:
        return False
    kids = children(parse, i)
    called = [j for j in kids if parse.rels[j] in ("obj", "nsubj:pass")]
    envoy = any(_lemma(tokens[j]) in SUMMONED or tokens[j].pos == "PRON" for j in called)
    if envoy and any(_purpose(tokens, parse, j) for j in kids):
        return True
    return any(any(_lemma(tokens[k]) in RECALL_OWN for k in children(parse, j)) for j in called)

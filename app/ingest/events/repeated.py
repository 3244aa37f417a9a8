"""A happening told as a habit or by a count is no one happening.

«Лавров и Блинкен неоднократно встречались», «семья несколько раз встречалась с
президентом», «МИД не раз заявлял», «провёл два телефонных разговора», «встречались в
Бонне, Гамбурге и Маниле», «сравнили с прошлыми встречами», «привычное место для встреч
лидера с коллегами»: the words tell that such happenings were many, not when one of them
was. With no date of their own they fell back to «before publication» and stood for a
happening nobody can place; the occasions worth a line are told, if at all, each in words
of its own; a sentence that singles one out («несколько раз говорили, последний раз — в
конце июля») tells that one. The words are data (app/data/triggers.toml, [repeated]).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.dates import DateMention
from app.ingest.events.anaphora import PHASE_NOUNS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import anchor_verb, children
from app.ingest.events.topic import TOPIC_VERBS
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["repeated"]

TIMES = frozenset(_DATA["times"])
ADVERBS = frozenset(_DATA["adverbs"])
COUNTS = frozenset(_DATA["counts"])
COUNT_NOUNS = frozenset(_DATA["count_nouns"])
SERIES = frozenset(_DATA["series"])
SINGLED = tuple(_DATA["singled"])

_NOUNS = ("NOUN", "PROPN")


def _times(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does `verb`, told in the past, carry a word of repetition: «неоднократно», «не раз»,
    «несколько раз»? A custom told in the present («регулярно проводят») is left to
    present_now.py, which keeps its fallback."""
    if toks[verb].feats.get("Tense") == "Pres":
        return False
    for j in children(parse, verb):
        lemma = lemma_of(toks[j])
        if lemma in ADVERBS:
            return True
        if lemma == "раз" and any(lemma_of(toks[k]) in TIMES for k in children(parse, j)):
            return True
    return False


def _counted(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` counted as several: «два телефонных разговора»?"""
    return any(
        parse.rels[j].startswith("nummod") or parse.rels[j] == "det" or toks[j].pos == "NUM"
        for j in children(parse, idx)
        if lemma_of(toks[j]) in COUNTS
    )


def _series(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` a plural of occasions told as a series («с прошлыми
    встречами») or as what something serves («место для встреч лидера»)?"""
    t = toks[idx]
    if lemma_of(t) not in COUNT_NOUNS or t.feats.get("Number") != "Plur":
        return False
    if any(
        parse.rels[j] == "amod" and lemma_of(toks[j]) in SERIES for j in children(parse, idx)
    ):
        return True
    head = parse.heads[idx]
    return (
        head >= 0
        and parse.rels[idx] == "nmod"
        and toks[head].pos in _NOUNS
        and lemma_of(toks[head]) not in PHASE_NOUNS  # «по итогам встреч»: the ones told
        and lemma_of(toks[head]) not in COUNT_NOUNS
    )


# Date words that place nothing: «ранее не раз заявлял» is still many occasions.
_UNPLACED = frozenset({"unknown", "before", "after"})


def placed(attached: Sequence[DateMention]) -> bool:
    """Does a date attached place the happening («в мае», «5 мая»), beyond «ранее»?"""
    return any(d.value.precision not in _UNPLACED for d in attached)


def _singled_out(toks: list[Token], idx: int) -> bool:
    """Does the sentence single one occasion of trigger `idx` out («последний раз — в конце
    июля»)? Not a topic singled out of what was discussed: after a converb or a verb of
    discussing («созванивались, обсуждая в том числе Сирию») the words pick a matter, not an
    occasion; nor words in a clause of another verb («созванивались несколько раз, а 12
    апреля поговорили в том числе втроём»): they single out that verb's own occasion."""
    words = [t.text.lower() for t in toks]
    for phrase in SINGLED:
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if (
                words[i : i + len(parts)] == parts
                and not _after_topic(toks, i)
                and not _verb_between(toks, idx, i)
            ):
                return True
    return False


def _verb_between(toks: list[Token], idx: int, i: int) -> bool:
    """Is there a finite verb other than the trigger between the trigger at `idx` and the
    word at `i`?"""
    lo, hi = sorted((idx, i))
    return any(
        t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" for t in toks[lo + 1 : hi]
    )


def _after_topic(toks: list[Token], i: int) -> bool:
    """Is the word before `i` a converb or a verb of discussing («обсуждая», «обсудили»)?"""
    if i == 0:
        return False
    before = toks[i - 1]
    return before.feats.get("VerbForm") == "Conv" or lemma_of(before) in TOPIC_VERBS


# Places listed for one contact that make it a series: «встречались в Бонне, Гамбурге и
# Маниле» (three or more; a visit's trip may take in several cities).
_MANY_PLACES = 3
_IN = frozenset({"в", "во"})


def _many_places(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    """Does `i` (the verb or the trigger noun) hold three or more places listed under «в»?"""
    for j in children(parse, i):
        if parse.rels[j] not in ("obl", "nmod") or toks[j].pos != "PROPN":
            continue
        kids = children(parse, j)
        if not any(lemma_of(toks[k]) in _IN and parse.rels[k] == "case" for k in kids):
            continue
        listed = [k for k in kids if parse.rels[k] == "conj" and toks[k].pos == "PROPN"]
        if len(listed) + 1 >= _MANY_PLACES:
            return True
    return False


def repeated(toks: list[Token], parse: SentenceParse, idx: int, typ: str = "") -> bool:
    """Is trigger `idx` told as done many times, or as several occasions at once, with
    none of them singled out?"""
    if _singled_out(toks, idx):
        return False
    if toks[idx].pos in _NOUNS and (_counted(toks, parse, idx) or _series(toks, parse, idx)):
        return True
    verb = anchor_verb(toks, parse, idx)
    if typ in ("meeting", "talks") and (
        _many_places(toks, parse, idx) or _many_places(toks, parse, verb)
    ):
        return True  # «встречались в Бонне, Гамбурге и Маниле»: a meeting in each
    return _times(toks, parse, verb)

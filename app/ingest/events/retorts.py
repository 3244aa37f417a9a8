"""Answers given by a deed, not by words.

«ответить» is a verb of saying («Захарова ответила на вопрос», «ответил, что ...»), but
states and ministries answer a measure with a measure: «Москва ответила на высылку
дипломатов», «ответила зеркально, выслав двух дипломатов», «ответила аналогичным числом
высылаемых». Such an answer is the measure itself (read as sanctions where its word
stands), no statement. The verb answers by a deed when its own clause (the words under it,
not passing into a clause of what was said, nor under a noun of words: «ответил на вопрос о
санкциях») holds a word of a measure.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import NOUN_TRIGGERS, UNILATERAL_ACTS, VERB_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    _RETORT = tomllib.load(_f)["retort"]

ANSWER_VERBS = frozenset(_RETORT["verbs"])
MEASURE_WORDS = frozenset(
    [w for w, t in {**NOUN_TRIGGERS, **VERB_TRIGGERS}.items() if t == "sanctions"]
    + _RETORT["measures"]
)
SPOKEN_NOUNS = frozenset(_RETORT["spoken"])
# Links into what was said, or into another sentence of its own: not the verb's clause.
_WORDS_LINKS = frozenset({"ccomp", "parataxis", "csubj", "appos"})


def by_deed(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does verb of answering `verb` answer by a measure taken («ответила на высылку»,
    «ответила зеркально, выслав дипломатов»)?"""
    if lemma_of(toks[verb]) not in ANSWER_VERBS:
        return False
    stack = [verb]
    seen = {verb}
    while stack:
        cur = stack.pop()
        for j, h in enumerate(parse.heads):
            if h != cur or j in seen or parse.rels[j] in _WORDS_LINKS:
                continue
            seen.add(j)
            lemma = lemma_of(toks[j])
            if lemma in MEASURE_WORDS:
                return True
            if cur == verb and _act_as_means(toks, parse, j):
                return True  # «Москва ответила своим законом»: the law is the answer
            if lemma not in SPOKEN_NOUNS:
                stack.append(j)
    return False


def _act_as_means(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """Is word `j`, hung on the verb of answering, one party's act in the bare instrumental,
    the means of the answer («ответила своим законом», «ответил указом»)? Under a
    preposition («ответила на закон») the act is what was answered, and words may be."""
    return (
        lemma_of(toks[j]) in UNILATERAL_ACTS
        and toks[j].feats.get("Case") == "Ins"
        and not any(h == j and parse.rels[k] == "case" for k, h in enumerate(parse.heads))
    )

"""A body's words that only deny a happening is planned or was discussed are no statement.

«Встреча министров пока не планируется, уточнили в МИД», «Вопрос о квотах на заседании не
обсуждался, подчеркнули в ведомстве», «Визит, как сообщили в Кремле, не планируется»: the
news is that nothing is to happen (a denial, which gives no event of its own); the body
closing the words, on no day of its own, only names where the text got that from, as «...,
сообщили в МИД» does after a happening that took place (sourcing.source_only); so does a
closing verb with an adverb of its own before it («..., заранее уточнили в Кремле»). Words that
put the denial under the verb of saying («В Кремле заявили, что встреча не планируется»,
«Как отметили в МИД, визит не планируется») and the words of a named person keep their
statement: news tell those as the speaker's own.
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.model import SentenceParse
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "speech.toml").open("rb") as _f:
    UNPLANNED_VERBS = frozenset(tomllib.load(_f)["source"]["unplanned"])


def _negated(toks: list[Token], parse: SentenceParse, j: int) -> bool:
    """Does «не» deny verb `j`, right before it or hung on it?"""
    return (j > 0 and lemma_of(toks[j - 1]) == "не") or any(
        h == j and lemma_of(toks[k]) == "не" and toks[k].pos == "PART"
        for k, h in enumerate(parse.heads)
    )


def inside_words(toks: list[Token], verb: int) -> bool:
    """Is verb of saying `verb` a «как» parenthetical inside the words, after what they
    are about («Визит президента, как сообщили в Кремле, не планируется»)?"""
    return verb >= 2 and lemma_of(toks[verb - 1]) == "как" and toks[verb - 2].text == ","


def closing_after_adverb(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does verb of saying `verb` close the words before it with only adverbs of its own
    between the comma and it («Встреча не планируется, заранее уточнили в Кремле», «...,
    дополнительно пояснили в МИД»)? A date adverb gives the verb a day of its own, which
    source_only checks apart."""
    if toks[verb].feats.get("VerbForm") != "Fin":
        return False
    j = verb - 1
    while j >= 0 and toks[j].pos == "ADV" and parse.heads[j] == verb:
        j -= 1
    return j < verb - 1 and j >= 0 and toks[j].text in (",", "—", "–")


def denies_plan(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Do the words of verb of saying `verb` deny that a happening is planned, scheduled,
    discussed or decided («пока не планируется», «не значится», «не обсуждался»)?"""
    return any(
        j != verb
        and toks[j].pos in ("VERB", "AUX")
        and lemma_of(toks[j]) in UNPLANNED_VERBS
        and _negated(toks, parse, j)
        for j in range(len(toks))
    )

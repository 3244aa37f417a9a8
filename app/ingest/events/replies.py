"""A party's reply inside a contact the article tells is part of that contact's exchange.

«Путин и Эрдоган провели переговоры. Турецкий лидер заявил, что ... Путин в ответ
отметил, что ...»: the answer («в ответ», «в свою очередь», «со своей стороны») of one
of the parties of the talks, meeting or call just told is what was said across the table,
a part of that contact, not a statement of its own. A speaker who was no party to the
contact («Минфин, в свою очередь, опроверг сообщения») still makes a statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.model import SentenceParse
from app.ingest.events.parties import Antecedent
from app.ingest.events.sourcing import PROCLAIMING, REPLY_PHRASES
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

_PUNCT = "PUNCT"


def replying(toks: list[Token], parse: SentenceParse, verb: int) -> bool:
    """Does a reply phrase hang on verb of saying `verb`, with no words of its own beyond
    the phrase («в ответ», not «в ответ на вопрос»)?"""
    for j in range(len(toks)):
        if parse.heads[j] != verb:
            continue
        children = [
            lemma_of(toks[k])
            for k in range(len(toks))
            if parse.heads[k] == j and toks[k].pos != _PUNCT
        ]
        for phrase in REPLY_PHRASES:
            if lemma_of(toks[j]) == phrase[-1] and sorted(children) == sorted(phrase[:-1]):
                return True
    return False


def in_exchange(
    toks: list[Token],
    parse: SentenceParse,
    verb: int,
    speakers: Sequence[str],
    contacts: Sequence[Antecedent],
) -> bool:
    """Is statement verb `verb` a reply of `speakers` who were parties of a contact told
    before («Путин в ответ отметил» after «Путин и Эрдоган провели переговоры»)?"""
    return (
        bool(speakers)
        and any(set(speakers) <= set(c.actors) for c in contacts)
        and replying(toks, parse, verb)
        and lemma_of(toks[verb]) not in PROCLAIMING  # «в свою очередь объявила»: news to all
    )

"""Where a describing clause ends when the parser hangs some of its words on the main verb.

«Посла Трейси, которая вручила грамоты Путину 5 апреля, вызвали в МИД»: a parser may hang
«Путину» on «вызвали», which breaks the relative clause's unbroken run of words before its
date; the date, hung on the clause's own verb with no comma or verb between, is still
inside it. After a comma or the main verb («Фидан, прибывший в Москву, провёл переговоры
5 марта») a word is the main clause's, whatever the parse says.
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.nlp import Token

# Tokens that close a describing clause: punctuation, or the verb of another clause.
CLOSING = frozenset({"PUNCT", "VERB", "AUX"})


def runs_on_to(tokens: list[Token], parse: SentenceParse, run: range, j: int) -> bool:
    """Does token `j`, hung on a word of the clause whose unbroken run is `run`, belong to
    it though it lies after the run: nothing that closes a clause stands between?"""
    if j < run.stop or parse.heads[j] not in run:
        return False
    return not any(tokens[k].pos in CLOSING for k in range(run.stop, j))


def within(tokens: list[Token], parse: SentenceParse, run: range, j: int) -> bool:
    """Is token `j` in the clause: in its run, or running on from it (`runs_on_to`)?"""
    return j in run or runs_on_to(tokens, parse, run, j)

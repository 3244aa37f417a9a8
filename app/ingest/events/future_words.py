"""An appearance to come, told in another speaker's words: «Песков подтвердил, что Путин
в четверг, 22 октября, выступит на итоговой сессии клуба «Валдай»».

A verb of saying reads the first verb of saying in the sentence as the words' own, and the
one inside them as part of what was said; but a verb of appearing in the future («выступит
на сессии», «обратится к нации») with a subject of its own is no part of the words: it is a
happening they report, as «Песков подтвердил, что Путин проведёт переговоры» reports the
talks. It is read first, as a happening told in the words, so the statement keeps its own
day and the appearance its day to come. The verbs are data (app/data/triggers.toml,
[appearing]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events import attribution as words
from app.ingest.events.clause_mood import future_clause
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    APPEARING_VERBS = frozenset(tomllib.load(_f)["appearing"]["verbs"])

# How a subject of its own hangs on the verb of appearing.
_SUBJECTS = frozenset({"nsubj"})


def future_appearance(
    toks: list[Token], parse: SentenceParse, statements: set[int], idx: int
) -> bool:
    """Is trigger `idx` a verb of appearing, in the future, with a subject of its own,
    inside the words of another verb of saying?"""
    tok = toks[idx]
    if tok.pos not in VERBAL or lemma_of(tok) not in APPEARING_VERBS:
        return False
    if tok.feats.get("VerbForm") != "Fin" or not future_clause(toks, parse, idx):
        return False
    if not any(h == idx and parse.rels[j] in _SUBJECTS for j, h in enumerate(parse.heads)):
        return False
    return words.said(toks, parse, statements - {idx}, idx)

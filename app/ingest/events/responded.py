"""A proposal someone answers is the proposal told elsewhere, not one made in the answer.

«Трамп предложил направить аппараты ИВЛ. Путин это предложение принял», «Дамаск поддержал
предложение», «реакция Вашингтона на последние предложения Москвы»: the noun stands for a
proposal the article has told (or only alludes to); the answer, accepting, backing or
turning it down, is no proposal of the one who answers, and its day is not the proposal's.
A proposal noun with no date in its phrase and nothing proposed under it (no infinitive,
no «о ...»: «принял предложение провести консультации» is accepted.py's) that a verb of
answering takes as its object, or a noun of answering under «на», gives no event.

So does an agreement others concluded that a party welcomes or backs: «Обама приветствовал
договорённость», «МИД Сирии приветствовал российско-турецкое соглашение по Идлибу» are
words on it (a statement), not the agreement, nor its day; an agreement told with its own
clause («договорённости, достигнутые месяц назад») stays. The words are data
(app/data/triggers.toml, [responded]).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

from app.ingest.dates import DateMention
from app.ingest.events.lexicon import NOUN_TRIGGERS
from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL, subtree
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["responded"]
ANSWERING_VERBS = frozenset(_DATA["verbs"])
ANSWER_NOUNS = frozenset(_DATA["nouns"])
WELCOMING_VERBS = frozenset(_DATA["welcoming"])
# What may hang on the noun without saying what is proposed: «это», «последние»,
# «российское», «Москвы» (whose proposal), the preposition it takes.
_BARE = frozenset({"det", "amod", "case", "punct"})
_OBJECT = frozenset({"obj", "nsubj:pass"})


def responded(
    toks: list[Token], parse: SentenceParse, idx: int, attached: Sequence[DateMention]
) -> bool:
    """Is proposal noun `idx` one that the sentence answers («это предложение принял»), or
    agreement noun `idx` one it welcomes («приветствовал договорённость»)?"""
    kind = NOUN_TRIGGERS.get(lemma_of(toks[idx]))
    if toks[idx].pos != "NOUN" or kind not in ("proposal", "agreement"):
        return False
    if kind == "proposal" and not _bare(toks, parse, idx):
        return False
    if kind == "agreement" and any(
        h == idx and (parse.rels[j] == "acl" or toks[j].pos in VERBAL)
        for j, h in enumerate(parse.heads)
    ):
        return False  # «договорённости, достигнутые месяц назад»: told here, with its day
    head = parse.heads[idx]
    if head < 0:
        return False
    if kind == "agreement":
        answered = (
            parse.rels[idx] in _OBJECT
            and toks[head].pos in VERBAL
            and lemma_of(toks[head]) in WELCOMING_VERBS
        )
    elif parse.rels[idx] in _OBJECT and toks[head].pos in VERBAL:
        answered = lemma_of(toks[head]) in ANSWERING_VERBS
    else:
        answered = (
            parse.rels[idx] == "nmod"
            and lemma_of(toks[head]) in ANSWER_NOUNS
            and "на" in _cases(toks, parse, idx)
        )
    if not answered:
        return False
    words = subtree(parse, idx)
    lo, hi = min(toks[i].start for i in words), max(toks[i].end for i in words)
    return not any(lo <= d.start < hi for d in attached)


def _bare(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Does nothing under proposal noun `idx` say what it proposes («это предложение»,
    «предложения Москвы», not «предложение провести консультации»)?"""
    for j, h in enumerate(parse.heads):
        if h != idx or parse.rels[j] in _BARE:
            continue
        if parse.rels[j] == "nmod" and toks[j].pos == "PROPN" and not _has_case(toks, parse, j):
            continue  # «предложения Москвы»: whose proposal, not what it proposes
        return False
    return True


def _cases(toks: list[Token], parse: SentenceParse, i: int) -> set[str]:
    return {
        lemma_of(toks[j]) for j, h in enumerate(parse.heads) if h == i and parse.rels[j] == "case"
    }


def _has_case(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    return bool(_cases(toks, parse, i))

"""A happening in preparation is planned even before a day is set.

«Идёт подготовка визита Токаева в Москву», «готовится визит президента в Москву, сроки пока
не определены»: the visit is planned (status.py reads preparing as planned) and news often
tells it with no day yet. Such a plan is read undated (SPEC: a planned event is dated when
it is due, else unknown), like an accepted invitation (accepted.py). Only the noun of
preparing right above the trigger («подготовка визита») or the verb whose subject the
trigger is («готовится визит»): «план» and «приглашение» are weaker words (proposals.py).
"""

from __future__ import annotations

from app.ingest.events.model import SentenceParse
from app.ingest.events.syntax import VERBAL
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

# The noun and the verb of preparing a happening.
_PREPARATION = frozenset({"подготовка"})
_PREPARE_VERBS = frozenset({"готовиться", "подготавливаться"})
_SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})
# How the noun of preparing stands in its clause when the preparing itself is told.
_TOLD_LINKS = frozenset({"nsubj", "nsubj:pass", "root"})


def in_preparation(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` what is being prepared: the genitive under «подготовка», or
    the subject of «готовится»?"""
    if toks[idx].pos in VERBAL:
        return False
    head = parse.heads[idx]
    if head < 0:
        return False
    word = lemma_of(toks[head])
    if word in _PREPARATION and parse.rels[idx] == "nmod" and _bare(parse, idx):
        # what is told of the preparing itself: «идёт подготовка визита», «задача —
        # подготовка визита»; not a topic or an effort («обсудили подготовку визита»,
        # «ушло много сил на подготовку поездки»: the visit may be long held)
        return parse.rels[head] in _TOLD_LINKS
    return (
        word in _PREPARE_VERBS
        and toks[head].pos in VERBAL
        and parse.rels[idx] in _SUBJECT_LINKS
        and not any(h == head and lemma_of(toks[j]) == "не" for j, h in enumerate(parse.heads))
    )


def prepared_for(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` what a noun of preparing is for («подготовка к встрече»,
    «подготовка визита»)?"""
    head = parse.heads[idx]
    return head >= 0 and toks[idx].pos not in VERBAL and lemma_of(toks[head]) in _PREPARATION


def _bare(parse: SentenceParse, idx: int) -> bool:
    """The genitive of what is prepared («подготовка визита»), with no preposition of its
    own: «подготовка к встрече продолжается» tells only that work goes on (status.py)."""
    return not any(h == idx and parse.rels[j] == "case" for j, h in enumerate(parse.heads))

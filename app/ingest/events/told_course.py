"""«Переговоры продлились пять часов»: how a told happening went is no happening of its own.

An article that tells a meeting, talks or a call goes on with its course: «переговоры
прошли в отеле, где жил президент, и затянулись», «встреча министров продлилась час»,
«начало встречи задержалось». The happening is the subject of a verb of course; with no
date of its own the sentence fell back to «before publication» and stood beside the told
happening as a second one. It is that happening, one more source of it, when the article
has told one of its kind before and the sentence names no party the told one lacks (a
state stands for its people: «переговоры глав МИД России и США» of Lavrov and Tillerson's).
Told first, the course sentence is the telling, and stays. The verbs are data
(app/data/triggers.toml, [course]).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from importlib import resources

from app.ingest.events import anaphora
from app.ingest.events.model import ArticleInput, EventCandidate, SentenceParse
from app.ingest.events.plural_refs import state_for
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)["course"]

COURSE_VERBS = frozenset(_DATA["verbs"])
PHASES = frozenset(_DATA["phases"])

_SUBJECTS = ("nsubj", "nsubj:pass")


def _course_subject(toks: list[Token], parse: SentenceParse, i: int) -> bool:
    head = parse.heads[i]
    return (
        head >= 0
        and parse.rels[i] in _SUBJECTS
        and lemma_of(toks[head]) in COURSE_VERBS
        and toks[head].feats.get("Tense") != "Fut"  # «переговоры пройдут»: planned
    )


def course_told(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """Is trigger noun `idx` the subject of a verb of course («переговоры продлились»), or
    the happening of a phase that is («начало встречи задержалось»)?"""
    if toks[idx].pos not in ("NOUN", "PROPN"):
        return False
    if _course_subject(toks, parse, idx):
        return True
    head = parse.heads[idx]
    return (
        head >= 0
        and parse.rels[idx] == "nmod"
        and lemma_of(toks[head]) in PHASES
        and _course_subject(toks, parse, head)
    )


def _sides(inp: ArticleInput, actors: Sequence[str]) -> set[str]:
    out = set(actors)
    for a in actors:
        state = state_for(inp, a)
        if state is not None:
            out.add(state)
    return out


def told_one(
    inp: ArticleInput, groups: Sequence[EventCandidate], cand: EventCandidate
) -> EventCandidate | None:
    """The happening told before that course sentence `cand` goes on with: the last told of
    its kind and status, whose sides hold every party the sentence names."""
    if cand.date.explicit:
        return None  # «переговоры 5 мая продлились»: its own day, maybe another round
    g = anaphora.antecedent(groups, cand)
    if g is None or len(g.actors) < 2:
        return None  # one side told: which contact the course is of is not sure (retold.py)
    told = _sides(inp, g.actors)
    if all(a in told or state_for(inp, a) in told for a in cand.actors):
        return g
    return None


def fold(
    told: EventCandidate,
    cand: EventCandidate,
    absorb: Callable[[EventCandidate, EventCandidate], None],
) -> None:
    """Course sentence `cand` joins `told` as one more source; the states it names for the
    told people are not parties of their own («глав МИД России и США»)."""
    cand.type = told.type
    cand.actors = [a for a in cand.actors if a in told.actors]
    cand.actor_spans = [s for s in cand.actor_spans if s[2] in told.actors]
    cand.roles = {a: r for a, r in cand.roles.items() if a in told.actors}
    absorb(told, cand)

"""Words named by a noun in a past clause of another doing were spoken before the news.

«Интервью министра вызвало споры», «как стало ясно из интервью министра, ...»: a speech
noun (an interview, a press conference) as the subject or the «из»-source of a past clause
that tells something else of it (no verb of saying, no happening of its own) is an
occasion told as known, not the news of the day; undated, it falls before publication, not
on its day («заявил в интервью» is the news and keeps the day). Only a noun with no date
of its own, under a finite past verb that is not a trigger, not a verb of saying and not
one that holds it («дал интервью», «брифинг продлился час»: app/data/triggers.toml,
[spoken_before]).
"""

from __future__ import annotations

import tomllib
from importlib import resources

from app.ingest.events.lexicon import REPORTING_VERBS
from app.ingest.events.model import SentenceParse
from app.ingest.events.standing import HELD_BY
from app.ingest.events.syntax import VERBAL, ancestors
from app.ingest.events.triggers import lemma_of
from app.ingest.nlp import Token

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _HELD_PAST = frozenset(tomllib.load(_f)["spoken_before"]["held_past"])

# How the noun hangs in its clause up to the verb (as in standing.py), and a predicative's
# link to its copula («стало ясно из интервью»).
_CLAUSE_LINKS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "iobj", "nmod", "xcomp"})


def spoken_before(toks: list[Token], parse: SentenceParse, idx: int, triggers: set[int]) -> bool:
    """Is speech noun `idx` named by a past clause that tells something else of it?"""
    if toks[idx].pos not in ("NOUN", "PROPN") or not _as_cause_or_source(toks, parse, idx):
        return False
    cur = idx
    for above in ancestors(parse, idx):
        if parse.rels[cur] not in _CLAUSE_LINKS:
            return False
        if above in triggers or lemma_of(toks[above]) in HELD_BY | _HELD_PAST:
            return False  # «интервью состоялось», «в интервью заявил»: its own news
        verb = toks[above]
        if verb.pos in VERBAL or verb.feats.get("VerbForm") == "Fin":
            return (
                verb.feats.get("VerbForm") == "Fin"
                and verb.feats.get("Tense") == "Past"
                and lemma_of(verb) not in REPORTING_VERBS
                and not _said_beside(parse, above, cur, triggers)
            )
        cur = above
    return False


def _said_beside(parse: SentenceParse, verb: int, own: int, triggers: set[int]) -> bool:
    """Another trigger hangs on the same verb («на интервью министр ответил заявлением»):
    the clause tells a happening of its own, not only the noun's."""
    return any(
        parse.heads[j] == verb and j in triggers for j in range(len(parse.heads)) if j != own
    )


def _as_cause_or_source(toks: list[Token], parse: SentenceParse, idx: int) -> bool:
    """The noun is what the clause's doing comes from: its subject («интервью вызвало
    споры») or a source with «из» («ясно из интервью»). Words reacted to («ознакомился с
    заявлением») are of the day of the reaction."""
    if parse.rels[idx] in ("nsubj", "nsubj:pass"):
        return True
    return any(
        parse.heads[j] == idx and parse.rels[j] == "case" and toks[j].text.lower() == "из"
        for j in range(len(toks))
    )

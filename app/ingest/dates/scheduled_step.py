"""«Договор истекает 5 декабря», «соглашение вступает в силу 1 января»: a step on the
calendar told in the present looks forward.

A day without a year in a clause of the present tense takes the nearest such day, gone by
or ahead (resolve.py). But a verb of a scheduled step — a term running out, a document
coming into force, a happening opening or closing — in the imperfective present tells a
step set for a day still ahead, as «истечёт» would: in March, «истекает 5 декабря» is the
coming December, not the one gone by. A day a few weeks before publication stays the
nearest («форум, который открывается 3 марта» in news of 10 March may still be told as
going on). Only the date's own clause is read (scheduled_weekday._clause). The verbs are
data (app/data/dates.toml, [scheduled_step_present]).
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from importlib import resources

from .expr import Expr
from .model import Tense
from .morph import word

with (resources.files("app") / "data" / "dates.toml").open("rb") as _f:
    _STEPS = frozenset(tomllib.load(_f)["scheduled_step_present"])
_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
# a day this close before publication may be a step told as still going on
RECENT = timedelta(days=31)


def step_tense(e: Expr, tense: Tense | None, clause: str, published: date | None) -> Tense | None:
    """«future» for a day without a year read in the present whose clause (``clause``) has a
    scheduled step's present verb («истекает 5 декабря»), unless that day in the
    publication's year is at most a month before publication; else `tense` unchanged."""
    if e.kind != "day" or e.y1.kind != "none" or tense != "present" or published is None:
        return tense
    try:
        this_year = date(published.year, e.m1, e.d1)
    except ValueError:
        return tense
    if published - RECENT <= this_year <= published:
        return tense
    for w in _WORDS.findall(clause):
        f = word(w.lower())
        if f.pos == "VERB" and f.lemma in _STEPS and "pres" in f.grammemes:
            return "future"
    return tense

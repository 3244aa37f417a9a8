"""«Лавров в пятницу вылетает в Пекин»: a trip on the schedule told in the present.

A weekday in a clause of the present tense reads back from publication («в пятницу
заявляет» tells of the Friday gone by). But a verb of setting off or arriving in the
imperfective present tells a trip set for a coming day: «в пятницу вылетает в Пекин» in
Thursday's news is tomorrow, as «вылетит» would be; the news tells arrivals gone by in the
past («прибыл»). Only the date's own clause is read (up to a comma, a colon, a dash or a
bracket): «В пятницу он заявил, что делегация прибывает в Ереван» keeps its Friday behind.
The verbs are data (app/data/dates.toml, [scheduled_present]).
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib import resources

from .expr import Expr
from .model import Tense
from .morph import word
from .scheduled_step import step_tense

with (resources.files("app") / "data" / "dates.toml").open("rb") as _f:
    _SCHEDULED = frozenset(tomllib.load(_f)["scheduled_present"])
_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
_BOUNDS = re.compile(r"[,;:()«»\"—–]")


def _clause(sentence: str, start: int, end: int) -> str:
    """The text of the clause holding ``sentence[start:end]``."""
    before = [m.end() for m in _BOUNDS.finditer(sentence, 0, start)]
    after = _BOUNDS.search(sentence, end)
    return sentence[before[-1] if before else 0 : after.start() if after else len(sentence)]


def scheduled_tense(
    e: Expr,
    tense: Tense | None,
    sentence: str,
    start: int,
    end: int,
    published: date | None = None,
) -> Tense | None:
    """«future» for a weekday read in the present whose own clause has a scheduled trip's
    present verb («в пятницу вылетает»), or for a day without a year whose clause has a
    scheduled step's («истекает 5 декабря», scheduled_step.py), else `tense` unchanged."""
    if e.kind == "day":
        return step_tense(e, tense, _clause(sentence, start, end), published)
    if e.kind != "weekday" or e.n != 9 or e.nearest or tense != "present":
        return tense
    for w in _WORDS.findall(_clause(sentence, start, end)):
        f = word(w.lower())
        if f.pos == "VERB" and f.lemma in _SCHEDULED and "pres" in f.grammemes:
            return "future"
    return tense

"""«отменил запланированный на понедельник визит»: the weekday a called-off plan was due.

A weekday after a planned participle («запланированный на понедельник», «намеченную на
субботу») is a due day; alone the resolver reads it ahead of publication, as plans are. But
when the sentence tells in the past that the plan was called off or put off («Помпео
отменил запланированный на понедельник визит» in Tuesday's news; «назначенная на пятницу
встреча отложена»), the due day may be gone or still ahead: the day it was due is told
before or after it alike, so the nearest such weekday to publication (Monday just past in
Tuesday's news; Saturday ahead in Thursday's, «Трамп отменил запланированную на субботу
встречу»). The verbs of calling off are data (app/data/triggers.toml, [status]).
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from importlib import resources

from .calendar import add_days
from .expr import Expr
from .model import DateValue
from .morph import word

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _STATUS = tomllib.load(_f)["status"]
_CALLED_OFF = frozenset(_STATUS["postponed"]) | frozenset(_STATUS["cancelled"])
_TOOK_PLACE = frozenset(_STATUS["took_place"])
_PLANNED = frozenset({"запланировать", "наметить", "назначить", "намечать", "планировать"})
_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)
_LAST_WORD = re.compile(r"([а-яё]+)\s*$", re.IGNORECASE)


def _after_planned(before: str) -> bool:
    """Does a planned participle stand right before the date («запланированный на»)?"""
    m = _LAST_WORD.search(before)
    if m is None:
        return False
    w = word(m[1].lower())
    return w.pos in ("PRTF", "PRTS") and w.lemma in _PLANNED


def _called_off_past(sentence: str) -> bool:
    """Is the plan told as called off, put off or not held, in the past: «отменил»,
    «отложена», «не состоялась»? Not «может отменить» (still ahead) nor a bare noun."""
    words = [w.lower() for w in _WORDS.findall(sentence)]
    for i, w in enumerate(words):
        f = word(w)
        if "past" not in f.grammemes or f.pos not in ("VERB", "PRTS"):
            continue
        if f.lemma in _CALLED_OFF:
            return True
        if f.lemma in _TOOK_PLACE and i > 0 and words[i - 1] == "не":
            return True
    return False


def due_weekday(e: Expr, before: str, sentence: str, published: date | None) -> DateValue | None:
    """The nearest weekday to publication for a called-off plan's due weekday, else None.
    `before` is the sentence's text up to the date, `sentence` the whole sentence."""
    if published is None or e.kind != "weekday" or e.n != 9 or e.weekday2 >= 0:
        return None
    if e.prep != "на" or not _after_planned(before) or not _called_off_past(sentence):
        return None
    back = (published.weekday() - e.weekday) % 7
    ahead = (e.weekday - published.weekday()) % 7
    day = add_days(published, -back if back <= ahead else ahead)
    if day is None:
        return None
    return DateValue(day, day, "day", "weekday-from-publication")

"""«Начатые в октябре переговоры продолжатся», «обсудят подписанное в сентябре соглашение»:
a yearless month or day right after a perfective passive full participle is the time that
deed was done to its noun, so before the telling, whatever the tense of the main verb (the
latest such month not after publication, not the next one). The participle must stand in
the date's own phrase (no comma, colon, dash, bracket or quote between) at most two words
before it.

Not a participle of planning, putting off or inviting («запланированная на май встреча»,
«отложенный визит»: the day it was due), nor a term the deed set («перенесённые на февраль»,
«продлённый до июня»): the date itself then opens with «на», «к» or «до».
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from .expr import Expr
from .model import Tense
from .morph import word
from .plans import PLANNED_PRTS

__all__ = ["done_passive_before", "done_tense"]

with (resources.files("app") / "data" / "triggers.toml").open("rb") as _f:
    _STATUS = tomllib.load(_f)["status"]
# Deeds whose date is a day set or due, not the day done: planning, putting off, calling
# off, inviting.
_NOT_DONE = (
    PLANNED_PRTS
    | frozenset(_STATUS["postponed"])
    | frozenset(_STATUS["cancelled"])
    | frozenset({"пригласить"})
)
# A date opening with one of these is a term set, not the time of the deed.
_TERM_PREPS = frozenset({"на", "к", "ко", "до", "по"})
_BOUNDARY = re.compile(r"[,;:—–()«»\"“”„.!?]")
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE)
# The participle and up to two words between it and the date («принятые комиссией 20 октября»).
REACH = 3


def done_passive_before(before: str, date_text: str) -> bool:
    """Whether the date ``date_text`` that ``before`` (its sentence up to it) leads to is
    the time a perfective passive participle right before it tells."""
    first = _WORD.match(date_text)
    if first is not None and first.group().lower() in _TERM_PREPS:
        return False
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    words = [w.lower() for w in _WORD.findall(before[cut:])][-REACH:]
    for w in reversed(words):
        if w in _TERM_PREPS:
            return False
        f = word(w)
        if f.pos == "PRTF" and {"past", "perf", "pssv"} <= f.grammemes:
            return f.lemma not in _NOT_DONE
    return False


# Calendar dates whose year the tense chooses; anaphora («тогда», «накануне») keep theirs.
_DONE_KINDS = frozenset({"day", "dayrange", "month", "monthrange"})


def done_tense(tense: Tense | None, e: Expr, text: str, s0: int) -> Tense | None:
    """The tense a date in text (its sentence opening at s0) is read in: past when it is a
    calendar date right after a perfective passive participle, else `tense` unchanged."""
    if (
        tense != "past"
        and e.kind in _DONE_KINDS
        and e.mode == "at"
        and done_passive_before(text[s0 : e.start], text[e.start : e.end])
    ):
        return "past"  # the deed's month, gone by the telling
    return tense

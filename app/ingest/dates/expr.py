"""What a date pattern yields and how patterns are registered: :class:`Expr` (what was
written, not yet resolved), :class:`YearRef`, and the registry the pattern modules
(written.py, deictic.py, pairs.py, weekends.py, ...) add to with :func:`pattern`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .first_chars import compile_scanned
from .lexicon import REL, YEAR_WORD_OPT, rel_offset

Kind = Literal[
    "then",
    "day",
    "dayrange",
    "month",
    "monthrange",
    "year",
    "yearrange",
    "relunit",
    "weekday",
    "relday",
    "shift",
    "vague",
    "anaphor",
    "recent",
    "soon",
    "nthday",
]
Mode = Literal["at", "since", "until"]


@dataclass(frozen=True, slots=True)
class YearRef:
    """How the text gives the year: ``explicit`` (value is the year), ``relative`` (value is
    an offset from the publication year), ``same`` («того же года»: the year the text last
    stated) or ``none``."""

    kind: Literal["explicit", "relative", "same", "none"] = "none"
    value: int = 0


NO_YEAR = YearRef()


@dataclass(frozen=True, slots=True)
class Expr:
    kind: Kind
    start: int
    end: int
    mode: Mode = "at"
    prep: str = ""
    d1: int = 0
    m1: int = 0
    y1: YearRef = NO_YEAR
    d2: int = 0
    m2: int = 0
    y2: YearRef = NO_YEAR
    part: str | None = None
    unit: str = ""  # relunit/shift: day, week, month, year
    n: int = 0  # relunit/relday/shift: offset; weekday: qualifier -1/0/+1 (or 9 = none)
    weekday: int = -1
    weekday2: int = -1  # «в четверг и пятницу»: the last of two weekdays told together
    numeric: bool = False
    deadline: bool = False  # «до конца февраля»: a term set for something still to happen
    antecedent: bool = False  # anaphor: «в тот же день» needs a stated day, «днём ранее» not
    # weekday: the day of a happening the reader knows («пятничная встреча»): with no past
    # or future verb, the nearest such weekday
    nearest: bool = False


NB = r"(?<![\w.,:/\-+])"  # a number not glued to other digits/punctuation on its left


# «того же года», «этого же года»: the year the text has just stated
_SAME = re.compile(r"(?:то|это)го\s+же(?![а-яё])", re.IGNORECASE)


def year_ref(y: str | None, rel: str | None) -> YearRef:
    if y:
        return YearRef("explicit", int(y))
    if rel and _SAME.match(rel):
        return YearRef("same")
    if rel:
        return YearRef("relative", rel_offset(rel))
    return NO_YEAR


def year_after(y: str, r: str) -> str:
    """An optional year after a day or month: «2025 года», «2025», «прошлого года»."""
    return (
        r"(?:\s*,?\s+(?P<"
        + y
        + r">\d{4})(?!\d)"
        + YEAR_WORD_OPT
        + r"|\s+(?P<"
        + r
        + r">"
        + REL
        + r"|(?:то|это)го\s+же)\s+год(?:а|у)?(?![а-яё]))?"
    )


Handler = Callable[[re.Match[str]], Expr | None]
PATTERNS: list[tuple[re.Pattern[str], Handler]] = []


def pattern(regex: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        PATTERNS.append((compile_scanned(regex, re.IGNORECASE), fn))
        return fn

    return deco

"""Candidate temporal expressions: compiled regexes over the raw text.

The patterns live in the modules that register them (written.py: calendar dates;
deictic.py: words counted from «now» or from the happening told; around_happening.py,
weekends.py, pairs.py). Each pattern yields an :class:`Expr` (what was written, not yet
resolved). Overlaps are settled by keeping, left to right, the longest expression; a
heading preposition (в, на, с, до, к, после, начиная с, не позднее ...) is taken into the
span and sets the mode: ``at``, ``since`` or ``until``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

# Importing a pattern module registers its patterns; the order here is the order ties are
# settled in (around_happening, weekends, pairs, then the written dates, then the deictic).
# isort: off
from . import around_happening as around_happening
from . import weekends as weekends
from .pairs import MOVED_TO
from . import written as written
from . import deictic as deictic
from . import sequel as sequel

# isort: on
from .earlier_on import fold_earlier_on
from .expr import NO_YEAR, Expr, Kind, Mode, YearRef
from .expr import PATTERNS as _PATTERNS
from .lexicon import SINCE_PREPS, UNTIL_PREPS
from .lowered_scan import lower_text, matches

__all__ = ["NO_YEAR", "Expr", "Kind", "Mode", "YearRef", "candidates", "iter_patterns"]

_F = re.IGNORECASE


_PREP = re.compile(
    r"(?<![а-яё])(начиная\s+со?|вплоть\s+до|не\s+позднее|не\s+ранее|после|во|в|на|со|с|до|ко|к|по|от)"
    r"\s+$",
    _F,
)
_OWN_SINCE = re.compile(r"с\s", _F)


def _with_prep(text: str, e: Expr) -> Expr:
    if e.kind == "day" and MOVED_TO.match(text, e.end):
        return e  # «с 12 на 18 марта»: a day moved from, not «since» it
    if e.kind in ("relday", "shift", "vague", "weekday", "anaphor", "recent", "soon", "nthday"):
        return e
    if e.kind == "month" and e.prep:
        return e  # «на майском заседании»: the preposition is the happening's, not the month's
    if _OWN_SINCE.match(text, e.start):
        if e.kind in ("day", "month", "year"):
            return replace(e, mode="since", prep="с")
        return e  # «с 10 по 12 февраля»: the «с» belongs to the range
    mt = _PREP.search(text, max(0, e.start - 16), e.start)
    if mt is None:
        return e
    prep = re.sub(r"\s+", " ", mt[1].lower())
    mode: Mode = "since" if prep in SINCE_PREPS else "until" if prep in UNTIL_PREPS else "at"
    if e.kind in ("dayrange", "monthrange", "yearrange"):
        mode = "at"
    if prep in ("до", "вплоть до") and e.part == "end" and e.kind in ("month", "relunit", "year"):
        # «до конца февраля»: a term for something to be done, due by the month's (or year's)
        # last day: ``before`` it, like «до 5 февраля», not the whole month
        return replace(e, start=mt.start(), mode="until", prep=prep, part=None, deadline=True)
    return replace(e, start=mt.start(), mode=mode, prep=prep)


def candidates(text: str) -> list[Expr]:
    """All candidate expressions, non-overlapping, in text order."""
    return list(_candidates(text))


# The same article is read several times (its publication date, its lead, its body): the
# patterns run once per text.
@lru_cache(maxsize=16)
def _candidates(text: str) -> tuple[Expr, ...]:
    found: list[Expr] = []
    low = lower_text(text)  # the patterns scan it without re.IGNORECASE (lowered_scan.py)
    for rx, fn in _PATTERNS:
        for mt in matches(rx, text, low):
            e = fn(mt)
            if e is None:
                continue
            e = _with_prep(text, e)
            if e.kind == "month" and not e.prep and e.part is None and e.y1.kind == "none":
                continue  # a bare month name («Марта Кос») is a date only after a preposition
            found.append(e)
    found.sort(key=lambda e: (e.start, -e.end))
    out: list[Expr] = []
    last_end = -1
    for e in found:
        if e.start >= last_end:
            out.append(e)
            last_end = e.end
    return tuple(fold_earlier_on(text, out))


def iter_patterns() -> Iterator[re.Pattern[str]]:
    for rx, _ in _PATTERNS:
        yield rx

"""«Ранее сегодня», «ранее в понедельник»: «earlier» narrowed by the day it names.

A news writer's «ранее» alone says only "some time before publication", but followed at
once by a day («Ранее сегодня Песков сказал», «Ранее в среду президент побывал в ОАЭ»,
«ранее на этой неделе») it means "earlier on that day": the happening is on the day named,
not merely before publication. The two expressions are read as one, the day's, so the vague
«ранее» no longer stands beside it as a rival date for the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .expr import Expr

_EARLIER = re.compile(r"ранее", re.IGNORECASE)
_GAP = re.compile(r"\s+")


def _names_a_day(e: Expr) -> bool:
    """A day (or this week) that «ранее» may narrow to: «сегодня», «в среду», «в тот же
    день», «на этой неделе». Not a day-month («не ранее 5 марта» is a lower bound)."""
    if e.kind == "weekday":
        return True
    if e.kind in ("relday", "anaphor"):
        return e.n == 0
    return e.kind == "relunit" and e.unit == "week" and e.n == 0


def fold_earlier_on(text: str, found: Sequence[Expr]) -> list[Expr]:
    """`found` (in text order) with each «ранее» that a day follows at once folded into it."""
    out: list[Expr] = []
    i = 0
    while i < len(found):
        e = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            e.kind == "vague"
            and nxt is not None
            and _EARLIER.fullmatch(text, e.start, e.end)
            and _GAP.fullmatch(text, e.end, nxt.start)
            and _names_a_day(nxt)
        ):
            out.append(replace(nxt, start=e.start))
            i += 2
            continue
        out.append(e)
        i += 1
    return out

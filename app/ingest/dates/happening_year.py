"""«Весенний саммит прошлого года прошёл в мае в Сочи»: a year in the genitive on the noun
of a happening («саммит прошлого года», «встреча следующего года») dates that happening, so
a yearless month or day told of it in the same clause is of that year, not the one the
tense would choose from publication.

Only on a happening noun (app/data/dates.toml, weekday_happenings) right before the year:
«итоги прошлого года обсудят в марте» dates the topic, not the discussing. Only a whole
year with no preposition of its own, and no comma, colon, dash, bracket or quote between it
and the date: another clause may tell another time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from datetime import date
from importlib import resources

from .expr import Expr
from .morph import word

__all__ = ["happening_year"]

with (resources.files("app") / "data" / "dates.toml").open("rb") as _f:
    _HAPPENINGS = frozenset(tomllib.load(_f)["weekday_happenings"])

_BOUNDARY = re.compile(r"[,;:—–()«»\"“”„.!?]")
_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE)
# Words before the year its happening noun may stand at («саммит Россия–ЕС прошлого года»
# has a dash: a boundary; «встреча министров прошлого года»: one genitive between).
NOUN_REACH = 2


def _on_happening(text: str, start: int) -> bool:
    """Whether a happening noun stands among the NOUN_REACH words before ``start``, in the
    same phrase."""
    before = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    words = _WORD.findall(before[cut:])[-NOUN_REACH:]
    return any(word(w.lower()).lemma in _HAPPENINGS for w in words)


def happening_year(
    e: Expr, found: Sequence[Expr], text: str, clause: tuple[int, int], published: date | None
) -> int | None:
    """The year a genitive year on a happening noun in ``e``'s clause (``clause`` = the
    sentence's span) gives ``e``, a month or day written without one; else None."""
    if published is None or e.kind not in ("day", "dayrange", "month") or e.y1.kind != "none":
        return None
    for f in found:
        if f is e or f.kind != "relunit" or f.unit != "year" or f.part or f.prep:
            continue
        if not (clause[0] <= f.start and f.end <= clause[1]):
            continue
        lo, hi = (f.end, e.start) if f.end <= e.start else (e.end, f.start)
        if lo > hi or _BOUNDARY.search(text, lo, hi):
            continue
        if not text[f.start : f.end].lower().endswith("года"):
            continue
        if _on_happening(text, f.start):
            return published.year + f.n
    return None

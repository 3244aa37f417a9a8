"""The time an undated page says it was told at: «Беседа состоялась в середине июля 2012 года».

An interview page often prints no publication date but states when the conversation took
place, in a line of its own or under the headline («Интервью записано 3 марта 2019 года»).
Its speaker counts «прошлого года», «в первой половине будущего года», «с октября» from
that time, as a news text counts them from its publication. Without a publication date
such a statement is the only «now» the text has; with one, the publication rules.

The time must be stated with its year and lie within one year (a season or a month is
enough: only years are counted from it, and «с октября прошлого года» runs up to it). The
nouns and verb forms are data (app/data/dates.toml).
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

from .calendar import Interval
from .patterns import candidates
from .resolve import Context, resolve

__all__ = ["told_time"]

with (resources.files("app") / "data" / "dates.toml").open("rb") as _f:
    _DATA = tomllib.load(_f)


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# «Беседа состоялась», «Интервью было записано»: the noun heads its sentence (after a line
# break or a sentence's end), so «после того как беседа состоялась» is not read.
_STATEMENT = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*)(?:{_alternatives(_DATA['told_nouns'])})\s+"
    rf"(?:был[аои]?\s+)?(?:{_alternatives(_DATA['told_verbs'])})\s+",
    re.IGNORECASE | re.MULTILINE,
)
_REACH = 40  # characters after the verb the time must begin within («в середине июля …»)


def told_time(text: str) -> Interval | None:
    """The first time the text states its own conversation took place, if any."""
    for m in _STATEMENT.finditer(text):
        tail = text[m.end() : m.end() + _REACH + 60]
        first = next(iter(candidates(tail)), None)
        # only the expression right after the verb is the conversation's time
        if first is None or first.start > _REACH or first.y1.kind != "explicit":
            continue
        v = resolve(first, "past", Context(None))
        if v is None or v.start is None or v.end is None or v.start.year != v.end.year:
            continue
        if v.precision in ("day", "range", "month", "part", "year"):
            return v.start, v.end
    return None

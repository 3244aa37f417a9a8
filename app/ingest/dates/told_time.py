"""The time an undated page says it was told at: «Беседа состоялась в середине июля 2012 года».

An interview page often prints no publication date but states when the conversation took
place, in a line of its own or under the headline («Интервью записано 3 марта 2019 года»),
or ends the title of its talk with the talk's day («Интервью Министра газете «Труд»,
Москва, 12 марта 2019 года», «Текст выступления посла ... 22 апреля 2020 г.»).
Its speaker counts «прошлого года», «в первой половине будущего года», «с октября» from
that time, as a news text counts them from its publication. Without a publication date
such a statement is the only «now» the text has; with one, the publication rules.

The time must be stated with its year and lie within one year (a season or a month is
enough): only what every day of it gives alike is counted from it («будущего года»; «на
этой неделе» only from a day), and «с октября прошлого года» runs up to its end. The
nouns, verb forms and title openings are data (app/data/dates.toml).
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
# a title among the page's first lines opening with its talk («Интервью», «Брифинг»)
_HEADING = re.compile(
    rf"^[ \t]*(?:{_alternatives(_DATA['told_headings'])})(?![а-яё])[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_LINES = 5  # non-empty lines at the head of a page a title may stand among
_TITLE_END = re.compile(r"[\s.)»\"]*")  # what may follow the day at the title's end
_REACH = 40  # characters after the verb the time must begin within («в середине июля …»)


def told_time(text: str) -> Interval | None:
    """The first time the text states its own conversation took place, if any."""
    return _statement(text) or _title_day(text)


def _title_day(text: str) -> Interval | None:
    """The day a title at the page's head ends with, when it opens with its talk."""
    head = "\n".join([line for line in text.split("\n") if line.strip()][:_HEAD_LINES])
    for m in _HEADING.finditer(head):
        line = m.group(0)
        found = candidates(line)
        last = found[-1] if found else None
        if last is None or last.kind != "day" or last.y1.kind != "explicit":
            continue
        if not _TITLE_END.fullmatch(line, last.end):
            continue
        v = resolve(last, "past", Context(None))
        if v is not None and v.start is not None and v.end is not None:
            return v.start, v.end
    return None


def _statement(text: str) -> Interval | None:
    """«Беседа состоялась в середине июля 2012 года»: the time such a sentence states."""
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

"""The article's own time stamp against a date given from outside it (a crawler's header
line, a JSON Lines record's ``published``, an HTML page's meta date).

* «Вчера, 14:10» / «Сегодня, 09:00» count from that outside date;
* when the article's own stamp or dateline differs from it by one day, the article's own
  wins: crawlers stamp the day they fetched or the day in their own time zone, the page
  says when it was published;
* a stamp without a year («3 июня») is placed in the year that puts it within a day of the
  outside date; farther apart, the outside date stands.

Also the stamps of pages whose main text leaves them out: under the headline, or above it
as a lone hour beside a document code that carries the date («12:06 1598-03-08-2022»).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .furniture import _TIME, _valid_date

__all__ = [
    "RELATIVE_STAMP_DAYS",
    "code_stamp",
    "reconcile",
    "stamp_after_title",
    "stamp_before_title",
]

_MAX_STAMP_WORDS = 6
_BEFORE_WORDS = 5  # «14:05 21/05/2018», «21 мая 2018, 14:05»: a stamp's words above a headline

RELATIVE_STAMP_DAYS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "today": 0, "yesterday": -1}


def _near(own: date, outside: date) -> bool:
    return abs((own - outside).days) == 1


def reconcile(
    outside: date,
    own: date | None,
    partial: tuple[int, int] | None,
    offset: int | None,
) -> date | None:
    """The article's own date when it should replace ``outside``, else None."""
    if offset is not None:
        return outside + timedelta(days=offset)
    if own is not None:
        return own if _near(own, outside) else None
    if partial is not None:
        d, m = partial
        for y in (outside.year - 1, outside.year, outside.year + 1):
            cand = _valid_date(y, m, d)
            if cand is not None and _near(cand, outside):
                return cand
    return None


Stamp = tuple[date | None, tuple[int, int] | None, tuple[int, int]]


def stamp_after_title(
    page: str, title: str | None, read: Callable[[str], Stamp | None]
) -> date | None:
    """A page's stamp right under its headline («Заголовок 25 октября 2024, 16:45 Автор»):
    the longest run of up to six words after the title that ``read`` takes for a stamp with
    its year. ``page`` is the page's whole text on one line."""
    if not title:
        return None
    at = page.find(title)
    if at < 0:
        return None
    words = page[at + len(title) :].split(maxsplit=_MAX_STAMP_WORDS)[:_MAX_STAMP_WORDS]
    best: date | None = None
    for n in range(1, len(words) + 1):
        found = read(" ".join(words[:n]).rstrip(",;"))
        if found is not None and found[0] is not None:
            best = found[0]
    return best


# A release's number and date as one code, «1598-03-08-2022» (number 1598 of 3 August 2022),
# beside the hour of the release: a ministry's stamp.
_CODE_STAMP_RE = re.compile(
    rf"^(?:(?P<t1>{_TIME})\s+)?(?:№\s*)?\d{{1,6}}-(?P<d>\d{{2}})-(?P<m>\d{{2}})-(?P<y>\d{{4}})"
    rf"(?:\s+(?P<t2>{_TIME}))?$",
    re.IGNORECASE,
)
_CODE_WORDS = 3


def code_stamp(s: str) -> date | None:
    """The date of a document code beside the hour («12:06 1598-03-08-2022»). Without the
    hour a dashed number is not read: it may be a phone, an order or a case number."""
    m = _CODE_STAMP_RE.match(s.strip())
    if m is None or not (m["t1"] or m["t2"]):
        return None
    return _valid_date(int(m["y"]), int(m["m"]), int(m["d"]))


def stamp_before_title(
    page: str, title: str | None, read: Callable[[str], Stamp | None] | None = None
) -> date | None:
    """A code stamp right above the headline, as the last words before it on the page
    (``page`` is the page's whole text on one line); or, with ``read``, a stamp with its year
    standing right above it («14:05 21/05/2018» over the headline of an AMP page)."""
    if not title:
        return None
    at = page.find(title)
    if at < 0:
        return None
    words = page[:at].split()[-_CODE_WORDS:]
    for n in range(2, len(words) + 1):
        found = code_stamp(" ".join(words[-n:]))
        if found is not None:
            return found
    above = page[:at].split()[-_BEFORE_WORDS:]
    for n in range(1, len(above) + 1):
        stamped = read(" ".join(above[-n:])) if read is not None else None
        if stamped is not None and stamped[0] is not None:
            return stamped[0]
    return None

"""infer_publication_date: the year of a dateline that gave only day and month."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import make_date
from .extract import extract_dates
from .noise import LINK_LINE
from .patterns import candidates
from .story_year import since_year

_STATED = ("explicit", "numeric", "year-from-context")


def infer_publication_date(
    text: str, day: int, month: int, weekday: int | None = None, today: date | None = None
) -> date | None:
    """A dateline/time stamp gave day and month but no year (e.g. '3 февраля, 09:55'
    heading an article).
    Choose the year from the text's own dates and tenses: the publication must lie after every
    event the text states in the past tense with an explicit year (e.g. 'в конце 2025 года Москва
    заявила' => after 2025-12-31 => 2026-02-03), and before what it states as future. Return None
    when the text gives no evidence (never guess).

    Dates whose year was carried from an earlier explicit year count as stated. A past
    event must have begun by publication and a future one must not have ended, so the
    bounds are the latest start of a past event and the earliest end of a future one; the
    answer is the first day-month on or after the lower bound that respects the upper one.

    `weekday` (0 = Monday) is the day of the week the dateline's day must fall on, when
    the caller knows it (an agency lead «Москва. 2 февраля. ... заявили в понедельник»
    reports that day's news): the year is then the first one from the lower bound whose
    day-month is that weekday. A year stated without tense («в 2025 году») then counts
    as a lower bound too, because the weekday, not the tense, decides between years.
    A weekday recurs on the same day-month every 5, 6 or 11 years, so it settles the year
    only when one year between the bounds fits: a page cannot be published after it is
    read (`today`, the reading day when None), and «6 декабря», a Friday, after a
    background year 2016 fits 2019 and 2024 alike: the year stays unknown.
    """
    if make_date(2024, month, day) is None:
        return None
    lower: date | None = None
    upper: date | None = None
    dated = False  # a past happening dated, not only a span told as running since a year
    for m in extract_dates(text, None):
        v = m.value
        if v.how not in _STATED:
            continue
        if (m.tense == "past" or (weekday is not None and m.tense != "future")) and v.start:
            lower = v.start if lower is None else max(lower, v.start)
            dated = dated or not _since_year(m.text)
        elif m.tense == "future" and v.end is not None:
            upper = v.end if upper is None else min(upper, v.end)
    if lower is None or (weekday is None and not dated):
        # «Консультации шли с 2000 года» bounds the publication from below and says
        # nothing of how long after: with no weekday to count, the year stays unknown
        return None
    if weekday is not None:
        last = min(upper or date.max, today or date.today())
        fits = [
            d
            for y in range(lower.year, last.year + 1)
            if (d := make_date(y, month, day)) is not None
            and lower <= d <= last
            and d.weekday() == weekday
        ]
        return fits[0] if len(fits) == 1 else None
    for y in (lower.year, lower.year + 1):
        d = make_date(y, month, day)
        if d is not None and d >= lower:
            return d if upper is None or d <= upper else None
    return None


def _since_year(expression: str) -> bool:
    """Is `expression` («с 2000 года», «начиная с 2014 года») a span run since a year?"""
    return any(since_year(e) for e in candidates(expression))


_NUMERIC_STAMP = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
LINK_LINES = 5  # lines under a «Читайте также» heading that list links
LINK_DAYS = 3  # a linked article stamped this many days before the dateline, at most


def year_from_links(text: str, day: int, month: int) -> date | None:
    """The dateline's year from the stamps of the page's own «Читайте также» links.

    A news page lists its latest related articles with their stamps («Читайте также /
    18:40 11.12.2024 ...»); one stamped 0–3 days before the dateline's day and month
    dates the page to that year. Only link lists are read (never a «viewed on» date, a
    copyright line or the body), and the year must be the only one that fits."""
    years: set[int] = set()
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not LINK_LINE.match(line):
            continue
        for below in lines[i : i + 1 + LINK_LINES]:
            if below is not line and not below.strip():
                break
            for m in _NUMERIC_STAMP.finditer(below):
                linked = make_date(int(m[3]), int(m[2]), int(m[1]))
                own = make_date(int(m[3]), month, day)
                if linked is None or own is None:
                    continue
                if timedelta(0) <= own - linked <= timedelta(days=LINK_DAYS):
                    years.add(own.year)
    if len(years) != 1:
        return None
    return make_date(years.pop(), month, day)

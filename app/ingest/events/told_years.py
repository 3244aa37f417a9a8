"""The years an article without a publication date is about, from its own dated reports.

A reprint that lost its publication date still dates some of what it tells: «в сентябре
2013 года», «20 марта 2018 года». A report of it without any date of its own («стороны
провели переговоры», «Путин заявил») belongs to those years; the store must not join it to
a stored happening of the same parties dated years away (a call of 2019 for a reprint that
dates everything it tells to 2022, a summit of 2018 for a review of 2000–2002): the best
word-match of the same parties has no limit on era otherwise. An article that dates
nothing (and a dated one, whose publication day places its reports) sets no limit.

The era of its dated roles (app.ingest.dates.era: «госсекретарь США Энтони Блинкен» was
written in 2021–2025) bounds it the same way: a stored happening over before the era
begins, or begun after it ends, is not the undated report's (`beyond_era`).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.ingest.dates.era import Era
from app.ingest.events.model import DateReading

Years = tuple[int, int]  # the first and the last year, inclusive


def years_told(readings: Iterable[DateReading]) -> Years | None:
    """The first and last year the article's own words date a report to, or None when
    they date none. Only the text's dates count (not a publication-day fallback)."""
    years: set[int] = set()
    for r in readings:
        if not r.explicit:
            continue
        for d in (r.value.start, r.value.end):
            if d is not None:
                years.add(d.year)
    return (min(years), max(years)) if years else None


def beyond_years(cand: DateReading, stored: DateReading, years: Years | None) -> bool:
    """The undated report `cand` of an article about `years` and a stored happening dated
    wholly outside those years: not one happening. Only for a report with no date at all
    (a dated one is placed by its own date)."""
    if years is None or cand.value.start is not None or cand.value.end is not None:
        return False
    start, end = stored.value.start, stored.value.end
    if start is None and end is None:
        return False  # nothing dates the stored one either
    first, last = years
    if end is not None and end.year < first:
        return True  # over before the first year the article dates anything to
    return start is not None and start.year > last


def beyond_era(cand: DateReading, stored: DateReading, era: Era | None) -> bool:
    """The undated report `cand` of an article written in `era` and a stored happening
    dated wholly outside every span of it (a span open at an end bounds only the other)."""
    if era is None or cand.value.start is not None or cand.value.end is not None:
        return False
    start, end = stored.value.start, stored.value.end
    if start is None and end is None:
        return False
    return all(
        (lo is not None and end is not None and end < lo)
        or (hi is not None and start is not None and start > hi)
        for lo, hi in era
    )

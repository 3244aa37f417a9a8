"""infer_publication_date: the year of a dateline that gave only day and month."""

from __future__ import annotations

from datetime import date

from .calendar import make_date
from .extract import extract_dates

_STATED = ("explicit", "numeric", "year-from-context")


def infer_publication_date(
    text: str, day: int, month: int, weekday: int | None = None
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
    """
    if make_date(2024, month, day) is None:
        return None
    lower: date | None = None
    upper: date | None = None
    for m in extract_dates(text, None):
        v = m.value
        if v.how not in _STATED:
            continue
        if (m.tense == "past" or (weekday is not None and m.tense != "future")) and v.start:
            lower = v.start if lower is None else max(lower, v.start)
        elif m.tense == "future" and v.end is not None:
            upper = v.end if upper is None else min(upper, v.end)
    if lower is None:
        return None
    if weekday is not None:
        for y in range(lower.year, lower.year + 8):  # every weekday recurs within 7 years
            d = make_date(y, month, day)
            if d is not None and d >= lower and d.weekday() == weekday:
                return d if upper is None or d <= upper else None
        return None
    for y in (lower.year, lower.year + 1):
        d = make_date(y, month, day)
        if d is not None and d >= lower:
            return d if upper is None or d <= upper else None
    return None

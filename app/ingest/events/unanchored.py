"""Dates with nothing to anchor them, and dates told by a publication alone, beside another
report's stated day: when they can and cannot be that day.

«В среду» in an article without a date resolves like a stated day that is a Wednesday
and never like a Thursday; «15 мая» with no year, read as if published on the other
report's day, falls within a few days of it (a disagreement of outlets) or far from it
(another happening); a dateline says when a report was written, not when its happening
took place. Used by identity.same_happening.
"""

from __future__ import annotations

import datetime as dt
import re

from app.ingest.dates.lexicon import WEEKDAY_ANY, weekday_number
from app.ingest.dates.model import DateMention
from app.ingest.events.model import DateReading


def _read(text: str, day: dt.date) -> list[DateMention]:
    """The resolver's reading of `text` as if published on `day`. Imported here, on first
    use: the store step of ingest (app/ingest/store.py) reaches this module through the
    merge tests and seldom meets an unanchored date, and the resolver's rules are CPU the
    storing process would otherwise spend at every start (issue 13)."""
    from app.ingest.dates.extract import extract_dates

    return extract_dates(text, day)


# Outlets that disagree on the day of the same happening by at most this much are still
# reporting one happening (the disagreement is kept and shown).
DISAGREEMENT_WINDOW = dt.timedelta(days=3)
WEEK = dt.timedelta(days=7)


_WEEKDAY = re.compile(r"(?:в|во)\s+(?:[а-яё]+\s+)?(" + WEEKDAY_ANY + r")", re.IGNORECASE)


def weekday_only(r: DateReading) -> int | None:
    """The weekday of a report dated only by it («в среду», «в минувшую среду») where
    nothing anchors it (no publication date to count from): 0 for Monday."""
    if not r.explicit or r.value.start is not None or r.value.end is not None or not r.text:
        return None
    m = _WEEKDAY.fullmatch(r.text.strip())
    return weekday_number(m.group(1)) if m else None


def same_weekday(a: DateReading, b: DateReading) -> bool:
    """«В среду» with nothing to count from and a stated day that is a Wednesday: they
    resolve alike, as they would had the first article carried its date."""
    for vague, dated in ((a, b), (b, a)):
        w = weekday_only(vague)
        d = dated.value.start
        if w is not None and dated.explicit and dated.value.precision == "day" and d:
            return d.weekday() == w
    return False


def published_only(r: DateReading) -> bool:
    """The report is dated by its publication alone: no date in its sentence, or the
    dateline («Москва. 8 октября. INTERFAX.RU -»), which says when it was written, not
    when the call or meeting it reports took place."""
    return r.value.how == "publication-date" and r.value.end is not None


def other_weekday(a: DateReading, b: DateReading) -> bool:
    """«В субботу» with nothing to count from and a stated day that is a Thursday: the
    weekday cannot be that day (the converse of `same_weekday`); nor can «в понедельник»
    of another undated article."""
    wa, wb = weekday_only(a), weekday_only(b)
    if wa is not None and wb is not None:
        return wa != wb
    for vague, dated in ((a, b), (b, a)):
        w = weekday_only(vague)
        v = dated.value
        if w is not None and dated.explicit and v.precision == "day" and v.start:
            if v.start == v.end and not published_only(dated):
                return v.start.weekday() != w
    return False


def resolves_far(a: DateReading, b: DateReading) -> bool:
    """A date the text gives with nothing to anchor it on («7 марта», «в марте» in an
    article without a publication date), read as if published on the other report's
    stated day, falls far from it: another happening (`resolves_near` is the converse)."""
    for vague, dated in ((a, b), (b, a)):
        v, d = vague.value, dated.value
        if not vague.text or v.start is not None or v.end is not None:
            continue
        if weekday_only(vague) is not None:
            continue  # a weekday alone: `other_weekday`
        if not dated.explicit or published_only(dated) or d.start is None or d.end is None:
            continue
        if d.end - d.start > WEEK:
            continue  # a month or a year is no day to measure from
        found = _read(vague.text, d.start)
        start, end = (found[0].value.start, found[0].value.end) if found else (None, None)
        if start is None or end is None:
            continue
        if start - d.end > DISAGREEMENT_WINDOW or d.start - end > DISAGREEMENT_WINDOW:
            return True
    return False


def resolves_near(a: DateReading, b: DateReading) -> bool:
    """A date the text gives with nothing to anchor it on («15 мая» in an article without
    a publication date), read as if published on the other report's day, falls within a
    few days of it (a disagreement of outlets); «ранее» or another month does not."""
    for vague, dated in ((a, b), (b, a)):
        v, d = vague.value, dated.value
        if not vague.text or v.start is not None or v.end is not None:
            continue
        if not dated.explicit or d.start is None or d.end is None:
            continue
        found = _read(vague.text, d.start)
        start, end = (found[0].value.start, found[0].value.end) if found else (None, None)
        if start is None or end is None:
            continue
        if start - d.end <= DISAGREEMENT_WINDOW and d.start - end <= DISAGREEMENT_WINDOW:
            return True
    return False

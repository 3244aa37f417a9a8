"""How the dates two reports give a happening relate, for telling whether they are one
happening (identity.py): compatible at all, the same stated day, days within each other's,
a few days apart (sources disagreeing), or one only «before» a publication the other's day
precedes.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.model import DateReading
from app.ingest.events.unanchored import (
    DISAGREEMENT_WINDOW,
    WEEK,
    other_weekday,
    published_only,
    resolves_far,
)
from app.ingest.events.yearless import days_apart

# A happening reported without a date took place at most this long before publication.
REPORTING_LAG = dt.timedelta(days=7)
FAR_PAST = dt.date(1, 1, 1)
FAR_FUTURE = dt.date(9999, 12, 31)


def interval(r: DateReading) -> tuple[dt.date, dt.date]:
    v = r.value
    if (not r.explicit or published_only(r)) and v.end is not None:
        # Fallback to the publication date: "on or shortly before publication".
        return (v.end - REPORTING_LAG, v.end)
    return (v.start or FAR_PAST, v.end or FAR_FUTURE)


def dates_compatible(a: DateReading, b: DateReading) -> bool:
    if other_weekday(a, b) or resolves_far(a, b) or days_apart(a, b):
        return False
    # «ранее» marks an earlier occasion than the one the article reports as news.
    earlier = {
        a.explicit and a.value.how == "before-publication",
        b.explicit and b.value.how == "before-publication",
    }
    weak = {not a.explicit, not b.explicit}
    if earlier == {True, False} and True in weak:
        return False
    sa, ea = interval(a)
    sb, eb = interval(b)
    return sa <= eb and sb <= ea


def same_day(a: DateReading, b: DateReading) -> bool:
    return (
        a.explicit
        and b.explicit
        and a.value.precision == "day"
        and b.value.precision == "day"
        and a.value.start == b.value.start
    )


def within_days(a: DateReading, b: DateReading) -> bool:
    """Both stated as days or short ranges («8–9 июля», not a week), and they overlap."""
    for r in (a, b):
        v = r.value
        if not r.explicit or v.precision not in ("day", "range") or v.start is None:
            return False
        if v.end is None or v.end - v.start > dt.timedelta(days=3) or published_only(r):
            return False  # a dateline is no stated day of the happening
    sa, ea = interval(a)
    sb, eb = interval(b)
    return sa <= eb and sb <= ea


def stated_overlap(a: DateReading, b: DateReading) -> bool:
    """Both give their own days (a day, a few days, a week; not a publication date nor
    «before»), and they overlap."""
    for r in (a, b):
        v = r.value
        if not r.explicit or published_only(r) or v.start is None or v.end is None:
            return False
        if v.end - v.start > WEEK:
            return False
    sa, ea = interval(a)
    sb, eb = interval(b)
    return sa <= eb and sb <= ea


def near_days(a: DateReading, b: DateReading) -> bool:
    """Two explicit single days a few days apart: a disagreement between sources."""
    va, vb = a.value, b.value
    if not (a.explicit and b.explicit and va.precision == "day" == vb.precision):
        return False
    if va.start is None or vb.start is None:
        return False
    return abs(va.start - vb.start) <= DISAGREEMENT_WINDOW


def published_before(a: DateReading, b: DateReading) -> bool:
    """One report is dated by its publication alone, the other states a day in the week
    before that publication (or on it): «Москва. 8 октября» over a call «накануне»."""
    for pub, dated in ((a, b), (b, a)):
        v, d = pub.value, dated.value
        if not published_only(pub) or v.end is None:
            continue
        if dated.explicit and not published_only(dated) and d.precision == "day" and d.start:
            if v.end - REPORTING_LAG <= d.start <= v.end:
                return True
    return False


# A happening a report places «before» its publication, told again with its day or days.
STATED_DAYS = frozenset({"day", "range"})
SHORT_STAY = dt.timedelta(days=3)
# «Ранее» in news points back weeks, not seasons: a call of the same leaders months before
# is more likely another call than the one the report means.
RECENT_PAST = dt.timedelta(days=62)


def day_before(a: DateReading, b: DateReading) -> bool:
    """One report gives the day (or the few days) of a happening, the other only that it
    took place before its publication («ранее», or no date at all), and the day lies in
    the weeks before that publication (the dates were checked compatible)."""
    for dated, vague in ((a, b), (b, a)):
        v = dated.value
        if not dated.explicit or v.precision not in STATED_DAYS or v.start is None:
            continue
        if v.end is None or v.end - v.start > SHORT_STAY:
            continue  # a week («на этой неделе») is no day to match
        w = vague.value
        if w.precision != "before" or w.start is not None or w.end is None:
            continue
        if w.end - v.start <= RECENT_PAST:
            return True
    return False

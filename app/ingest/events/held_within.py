"""A happening one report dates by its day and another by the week it lies in.

«На прошлой неделе в Москве прошли консультации» and the consultations in Moscow on the
Tuesday of that week; «в середине месяца в Пекине» and a day of those ten: the coarser report
does not contradict the finer one, it holds it. Used by identity.same_happening only with the
same place and parties (in_one_place). A whole month is too loose: the same parties may meet
twice in one place in a month (a visit and a summit there), so a month holds no day here.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.model import DateReading
from app.ingest.events.unanchored import published_only

# The longest span a report's own date may have and still date one happening: a week, a
# third of a month («в конце мая»: 21–31).
MAX_HOLDING = dt.timedelta(days=10)
# A stated day, or a few days («8–9 июля»).
MAX_HELD = dt.timedelta(days=3)
HOLDING = frozenset({"range", "part"})


def _stated(r: DateReading) -> tuple[dt.date, dt.date] | None:
    """The days the report's own text gives (not its publication, not «before» it)."""
    v = r.value
    if not r.explicit or published_only(r) or v.start is None or v.end is None:
        return None
    return v.start, v.end


def holds_day(a: DateReading, b: DateReading) -> bool:
    """One report gives a day (or a few days), the other a week or a third of a month of its
    own that holds it."""
    for held, holding in ((a, b), (b, a)):
        d, w = _stated(held), _stated(holding)
        if d is None or w is None or holding.value.precision not in HOLDING:
            continue
        if d[1] - d[0] > MAX_HELD or w[1] - w[0] > MAX_HOLDING or w[1] - w[0] <= d[1] - d[0]:
            continue
        if w[0] <= d[0] and d[1] <= w[1]:
            return True
    return False

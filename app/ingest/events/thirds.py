"""A third of a month told for a happening («в середине сентября», or «тогда» taking it up)
and another report's «before» its publication: the same parties' happening, for the merge
of reports (identity.same_happening), as a stated day is (identity.day_before).

A third of a month is ten days or so; a longer period (a quarter, a month) places nothing
firmly enough to weld two reports on.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.model import DateReading

LONGEST_THIRD = dt.timedelta(days=10)


def third_before(a: DateReading, b: DateReading, recent: dt.timedelta) -> bool:
    """One report gives a third of a month, the other only that the happening took place
    before its publication, and the third lies within `recent` before that bound."""
    for dated, vague in ((a, b), (b, a)):
        v, w = dated.value, vague.value
        if not dated.explicit or v.precision != "part" or v.start is None or v.end is None:
            continue
        if v.end - v.start > LONGEST_THIRD:
            continue
        if vague.explicit or w.precision != "before" or w.start is not None or w.end is None:
            continue  # only a report with no date of its own
        if v.end <= w.end and w.end - v.start <= recent:
            return True
    return False

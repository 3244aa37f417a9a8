"""One happening dated by a wire's stamp in one report and by its own day in another.

A report that gives no date of its own takes its publication day, and a publication day
is the day in Moscow when the news went out: talks in Reykjavik that end late at night are
«в ночь на четверг, 20 мая» in one outlet and, in another that says only «проходит в эти
минуты», the 19th of its stamp. The stamp is no stated day, so it may be the stated day or
the one next to it (identity.py joins such reports of the same parties in the same named
place; of different people or places, or two stated days, they stay apart).
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.model import DateReading
from app.ingest.events.unanchored import published_only

# A day's two readings across time zones (and a report filed after midnight) are at most
# one day apart.
WIRE_SLACK = dt.timedelta(days=1)


def wire_day(a: DateReading, b: DateReading) -> bool:
    """One reading is a publication day alone, the other a stated day at most a day from
    it."""
    for stamp, dated in ((a, b), (b, a)):
        if not published_only(stamp) or stamp.value.end is None:
            continue
        d = dated.value
        if not dated.explicit or published_only(dated) or d.precision != "day" or d.start is None:
            continue
        if abs(stamp.value.end - d.start) <= WIRE_SLACK:
            return True
    return False

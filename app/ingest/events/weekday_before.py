"""A report dated only by a weekday with nothing to count from («в среду», a reprint that
lost its publication date) and a report of the same parties' happening dated only «before»
its publication: a weekday always falls in the week before a publication, so nothing the two
state tells them apart (as with a report without any date, identity.py)."""

from __future__ import annotations

from app.ingest.events.model import DateReading
from app.ingest.events.unanchored import weekday_only

BEFORE_PUBLICATION = "before-publication"


def weekday_before(a: DateReading, b: DateReading) -> bool:
    """One reading is a bare weekday, the other «before publication» (a publication date
    and no date of its own)."""
    for vague, before in ((a, b), (b, a)):
        v = before.value
        if weekday_only(vague) is not None and v.how == BEFORE_PUBLICATION and v.end is not None:
            return v.start is None and not before.explicit
    return False

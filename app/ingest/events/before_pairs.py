"""Two reports that each say only that a happening took place before their publication.

«Ранее Лавров провёл переговоры с Вунна Маун Лвином» in one outlet and «министр успел
провести переговоры с Вунна Маун Лвином» in another of the same days: neither gives a
day, both point back from publications a few days apart. Of the same parties and the same
kind of happening that is one happening, the latest one they had (news points back to the
recent occasion). Used by identity.same_happening, across articles only.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.model import DateReading

# Publications farther apart than this may each mean another, more recent occasion.
BEFORE_WINDOW = dt.timedelta(days=7)


def told_before(r: DateReading) -> bool:
    """The report dates the happening only as before its publication."""
    v = r.value
    return v.precision == "before" and v.start is None and v.end is not None


def both_before(a: DateReading, b: DateReading) -> bool:
    """Both reports tell the happening only as before their publications, and those
    publications lie within days of each other."""
    ea, eb = a.value.end, b.value.end
    if not (told_before(a) and told_before(b)) or ea is None or eb is None:
        return False
    return abs(ea - eb) <= BEFORE_WINDOW

"""A report dated only by words that need a publication date to mean a day, in an article
that has none: «на днях», «ранее», «накануне» of a reprint or an explainer that lost its
date. Nothing in such a report can tell its happening apart from another report's by date:
for the same parties' happening in the same named place it is as good as a report with no
date at all.

A weekday alone is left to unanchored.same_weekday (it still names one day of the week),
and a date that resolves far from the other report's (unanchored.resolves_far) is another
happening before this is asked. Used by identity.same_happening, across articles only:
inside one article «ранее» marks an earlier occasion than the article's news.
"""

from __future__ import annotations

from app.ingest.events.model import DateReading
from app.ingest.events.places import places
from app.ingest.events.unanchored import weekday_only


def floating(r: DateReading) -> bool:
    """The report's date is words with nothing to count them from."""
    v = r.value
    return (
        r.explicit
        and bool(r.text)
        and v.start is None
        and v.end is None
        and v.how == "unanchored"
        and weekday_only(r) is None
    )


def floating_at(
    date_a: DateReading, keys_a: frozenset[str], date_b: DateReading, keys_b: frozenset[str]
) -> bool:
    """One report's date is floating and every place it names the other names too
    («делегации ранее встретились в Стамбуле» beside the dated talks in Istanbul): a
    floating report that names another place as well may be telling another occasion."""
    for vague, k_vague, k_other in ((date_a, keys_a, keys_b), (date_b, keys_b, keys_a)):
        named = places(k_vague)
        if floating(vague) and named and named <= places(k_other):
            return True
    return False

"""A contact told only as before a later day, and the one dated contact of the same people
the store knows before it: one happening.

«Тогда Лавров побывал в Белом доме, где его принял Трамп», in an analysis a year later
that gives no date the reader can keep («before» its publication), is the Oval Office
meeting another outlet dated: the same two people, and the store knows no other meeting of
theirs before that day. identity.day_before joins such a pair only in the weeks before the
publication (a later report of the same people may be of a later meeting); further back,
only the uniqueness says which meeting it is, and only for a report that says nothing of
when: one that says «ранее» months later tells another, recent occasion the store may not
know. So, as a month in month_holds.py, the pair
is only an offer: the store step (same_stored.find_same) takes it when nothing else matched
and exactly one stored contact of those people fits, and from the dated side only when the
store knows no dated contact of theirs that the vague report could be instead. The store
judges by what it knows: a vague report stored before any dated one goes to the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.ingest.events.model import DateReading
from app.ingest.events.ordinals import apart
from app.ingest.events.places import places
from app.ingest.events.report_dates import STATED_DAYS
from app.ingest.events.report_parties import MIN_SHARED_PARTIES, places_differ
from app.ingest.events.report_types import same_family
from app.ingest.events.unanchored import published_only

# Contacts of people face to face or on the line (what came of them may name other sides).
CONTACTS = frozenset({"call", "meeting", "talks"})


def before_day(r: DateReading) -> dt.date | None:
    """The day a report only says its happening came before («ранее», or its publication)."""
    v = r.value
    if v.precision != "before" or v.start is not None or v.end is None:
        return None
    return v.end


def dated_before(r: DateReading, limit: dt.date) -> bool:
    """A day (or a few days) its own text states, all before `limit`."""
    v = r.value
    if not r.explicit or published_only(r) or v.precision not in STATED_DAYS:
        return False
    return v.start is not None and v.end is not None and v.end < limit


def held_before(r: DateReading, limit: dt.date) -> bool:
    """Dated by its own text at any precision («в ноябре», a day), and over before `limit`:
    a contact a vague report may be, so one that makes the offer ambiguous."""
    v = r.value
    if not r.explicit or published_only(r):
        return False
    return v.start is not None and v.end is not None and v.end < limit


def same_people(a: Iterable[str], b: Iterable[str], people: frozenset[str]) -> bool:
    """Exactly the same actors, all of them people, two at least."""
    sa, sb = set(a), set(b)
    return sa == sb and len(sa) >= MIN_SHARED_PARTIES and sa <= people


def sole_offer(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
    people: frozenset[str],
) -> bool:
    """One report's contact is only «before» a day, the other's is dated before that day,
    of the same people, of one family, not told apart by place or ordinal. Only an offer:
    see the module's docstring."""
    if type_a not in CONTACTS or type_b not in CONTACTS or not same_family(type_a, type_b):
        return False
    if not same_people(actors_a, actors_b, people):
        return False
    if places_differ(keys_a, keys_b) or apart(keys_a, keys_b):
        return False
    for vague, kv, dated, kd in (
        (date_a, keys_a, date_b, keys_b),
        (date_b, keys_b, date_a, keys_a),
    ):
        limit = before_day(vague)
        if limit is None or vague.explicit or not dated_before(dated, limit):
            continue  # «Ранее X и Y провели переговоры» months later: other talks
        # A place the vague report names must be the dated one's: «В Абу-Даби Путин
        # встретился с ...» is not the same people's meeting at a forum with no city told.
        return places(kv) <= places(kd)
    return False

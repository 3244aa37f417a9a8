"""A one-day visit told by the contact held on it («накануне министр побывал в Мапуту, где
обсудил с коллегой ...») and another outlet's talks or meeting of exactly the same people
on that same day: one happening.

A visit to a state or a city is a trip, and the meetings held on it are happenings of their
own beside it (SPEC: a leg or meeting inside a longer visit, host_house.py). But when the
visit's report tells it by the contact held there, its host among its parties
(place_clause_hosts.HELD_THERE; not an arrival with meetings ahead, «прибыл в Сочи, где ему
предстоят встречи», which is the trip), it tells the contact the stay was for, and a contact
of the very same people on the same stated day is that contact told by another outlet (an
analyst writes one event: «X visited Y's capital and held talks with Y»). Kept narrow:
across outlets only (one article that tells a visit and talks apart means two), both told as
days (not a multi-day visit holding a day's talks), the same parties with nobody more or
less, and no two different places named.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.ingest.events.model import DateReading
from app.ingest.events.place_clause_hosts import HELD_THERE
from app.ingest.events.report_dates import same_day
from app.ingest.events.report_parties import places_differ, same_parties

VISIT = "visit"
# The contacts a visit to a host is paid for.
CONTACTS = frozenset({"meeting", "talks"})


def visit_with_host(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
) -> bool:
    """One report is a visit told by the contact held there, its parties the visitor and
    his host, the other a meeting (talks) of exactly those parties, both on the same stated
    day, in no two different named places."""
    types = {type_a, type_b}
    if VISIT not in types or not types - {VISIT} <= CONTACTS or types == {VISIT}:
        return False
    if HELD_THERE not in (keys_a if type_a == VISIT else keys_b):
        return False
    sa, sb = set(actors_a), set(actors_b)
    return (
        sa == sb
        and same_parties(sa, sb)
        and same_day(date_a, date_b)
        and not places_differ(keys_a, keys_b)
    )

"""A visit to the house of a body («визит Лаврова в Белый дом», «гость прибыл в Кремль»)
and the meeting held there that day with the guest among its parties: one happening.

A visit to a state or a city is a trip, and the meetings held on it are happenings of
their own beside it (SPEC: a leg or meeting inside a longer visit). A visit whose
destination is a body's seat (the White House, the Kremlin, a ministry: a body of a state,
`parents`) is no trip: it is the guest's call on his host, and the meeting or talks that
day in the same place, with the guest among their parties, is what the call was. Used by
identity.same_happening, in one article and across outlets; the store keeps the place of
a contact among its keys (trips.VENUE_MARK), as it does a visit's destination.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.ingest.events.model import DateReading
from app.ingest.events.report_dates import same_day
from app.ingest.events.same_voice import shared_place
from app.ingest.events.trips import VENUE_MARK, venues

VISIT = "visit"
# Contacts held in a house: what a guest's call there is.
HELD_IN = frozenset({"meeting", "talks"})


def house_of(keys: Iterable[str], parents: Mapping[str, str] | None) -> frozenset[str]:
    """The venue marks of a report that are bodies of a state (a house, not a country)."""
    return frozenset(v for v in venues(keys) if v[len(VENUE_MARK) :] in (parents or {}))


def call_at_house(
    type_a: str,
    actors_a: Iterable[str],
    date_a: DateReading,
    keys_a: frozenset[str],
    type_b: str,
    actors_b: Iterable[str],
    date_b: DateReading,
    keys_b: frozenset[str],
    parents: Mapping[str, str] | None = None,
) -> bool:
    """One report is a visit to a body's house, the other a meeting (talks) in that same
    place on the same stated day, and the visitors are among the contact's parties."""
    for (tv, av, kv), (tc, ac, kc) in (
        ((type_a, actors_a, keys_a), (type_b, actors_b, keys_b)),
        ((type_b, actors_b, keys_b), (type_a, actors_a, keys_a)),
    ):
        if tv != VISIT or tc not in HELD_IN:
            continue
        house = house_of(kv, parents)
        guests = set(av)
        if not house or not guests or not guests <= set(ac):
            continue
        if (house & venues(kc) or shared_place(kv, kc)) and same_day(date_a, date_b):
            return True
    return False

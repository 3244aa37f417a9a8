"""A guest's visit to a body's house («визит министра в Белый дом», «гость прибыл в
Кремль») and the meeting held there that day with him among its parties are one happening
(app/ingest/events/host_house.py); a visit to a state or city stays a trip of its own, and
the store looks the contact up for a visit (report_types.lookup_types). Reports of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.keys import root
from app.ingest.events.model import DateReading
from app.ingest.events.trips import venue_key

D = dt.date
GUEST, HOST, AIDE = "guest-minister", "host-president", "host-aide"
# Bodies of a state (their houses) and a state, as the gazetteer's parents give them.
PARENTS = {"presidential-palace": "ruritania", "foreign-ministry": "ruritania"}
PALACE = venue_key("presidential-palace")
MINISTRY = venue_key("foreign-ministry")
STATE = venue_key("ruritania")


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


def before(d: D) -> DateReading:
    value = DateValue(None, d, "before", "before-publication")
    return DateReading(value, text=None, explicit=False)


def place(word: str) -> frozenset[str]:
    return frozenset({"@" + root(word)})


DAY, NEXT = day(D(2022, 6, 8)), day(D(2022, 6, 9))


@pytest.mark.parametrize(
    ("visit", "contact", "same"),
    [
        # «визит министра во дворец, состоявшийся 8 июня» and the president's reception there
        (([GUEST], DAY, PALACE), ("meeting", [GUEST, HOST], DAY, PALACE), True),
        (([GUEST], DAY, PALACE), ("talks", [GUEST, HOST], DAY, PALACE), True),
        # named as the same place in both («прибыл во дворец», «встреча во дворце»)
        (([GUEST], DAY, PALACE | place("дворец")), ("meeting", [GUEST, HOST], DAY,
                                                   place("дворец")), True),  # fmt: skip
        # a visit to the state is a trip: its meetings are happenings of their own
        (([GUEST], DAY, STATE), ("meeting", [GUEST, HOST], DAY, STATE), False),
        # another house that day: the ministry and the palace
        (([GUEST], DAY, MINISTRY), ("meeting", [GUEST, HOST], DAY, PALACE), False),
        # the guest is not among the meeting's parties
        (([GUEST], DAY, PALACE), ("meeting", [HOST, AIDE], DAY, PALACE), False),
        # another day, or no stated day
        (([GUEST], DAY, PALACE), ("meeting", [GUEST, HOST], NEXT, PALACE), False),
        (([GUEST], before(D(2022, 6, 8)), PALACE), ("meeting", [GUEST, HOST], DAY, PALACE),
         False),  # fmt: skip
    ],
)
def test_visit_to_a_house(
    visit: tuple[list[str], DateReading, frozenset[str]],
    contact: tuple[str, list[str], DateReading, frozenset[str]],
    same: bool,
) -> None:
    actors, date, keys = visit
    ctype, cactors, cdate, ckeys = contact
    args = ("visit", actors, date, keys, ctype, cactors, cdate, ckeys, PARENTS)
    assert identity.same_happening(*args) is same
    back = (ctype, cactors, cdate, ckeys, "visit", actors, date, keys, PARENTS)
    assert identity.same_happening(*back) is same
    assert identity.same_happening(*back, same_article=True) is same


def test_store_looks_up_the_contact_for_a_visit() -> None:
    assert {"meeting", "talks"} <= identity.lookup_types("visit")
    assert "visit" in identity.lookup_types("meeting")


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        ("visit", "talks", "talks"),  # «прибыл в Кремль» and the talks there: the talks
        ("talks", "visit", "talks"),
        ("visit", "meeting", "meeting"),
        ("meeting", "talks", "meeting"),  # as before
    ],
)
def test_the_contact_names_the_joined_event(a: str, b: str, merged: str) -> None:
    assert identity.merged_type(a, b) == merged

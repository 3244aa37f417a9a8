"""A meeting dated by its wire's stamp alone and the same parties' meeting in the same
named place a day apart (app/ingest/events/wire_day.py, identity.stamped_contact), and the
place names after a noun for the kind of place (places.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.keys import root
from app.ingest.events.model import DateReading
from app.ingest.events.wire_day import wire_day

D = dt.date


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


def stamp(d: D) -> DateReading:
    """A report with no date of its own: its publication day."""
    return DateReading(DateValue(d, d, "day", "publication-date"), text=None, explicit=False)


def place(word: str) -> str:
    return "@" + root(word)


OSLO, BERN = frozenset({place("осло")}), frozenset({place("берн")})
A, B, C = "minister-a", "minister-b", "minister-c"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (stamp(D(2021, 3, 9)), day(D(2021, 3, 10)), True),  # the stamp and the night after
        (stamp(D(2021, 3, 10)), day(D(2021, 3, 9)), True),  # filed after midnight
        (stamp(D(2021, 3, 9)), day(D(2021, 3, 9)), True),
        (stamp(D(2021, 3, 9)), day(D(2021, 3, 11)), False),  # two days: another day
        (day(D(2021, 3, 9)), day(D(2021, 3, 10)), False),  # two stated days disagree
        (stamp(D(2021, 3, 9)), stamp(D(2021, 3, 10)), False),  # two stamps: no stated day
    ],
)
def test_wire_day(a: DateReading, b: DateReading, same: bool) -> None:
    assert wire_day(a, b) is same
    assert wire_day(b, a) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «Встреча идёт в эти минуты в Осло» (stamped the 9th) and «в ночь на 10-е в Осло
        # завершились переговоры» of the same two ministers: one meeting.
        (("meeting", [A, B], stamp(D(2021, 3, 9)), OSLO),
         ("talks", [A, B], day(D(2021, 3, 10)), OSLO), True),
        (("talks", [A, B], stamp(D(2021, 3, 9)), OSLO),
         ("talks", [A, B], day(D(2021, 3, 10)), OSLO), True),
        # Another place: two meetings.
        (("meeting", [A, B], stamp(D(2021, 3, 9)), OSLO),
         ("talks", [A, B], day(D(2021, 3, 10)), BERN), False),
        # No place in one of them: nothing says it is the same meeting.
        (("meeting", [A, B], stamp(D(2021, 3, 9)), OSLO),
         ("talks", [A, B], day(D(2021, 3, 10)), frozenset()), False),
        # Another counterpart.
        (("meeting", [A, B], stamp(D(2021, 3, 9)), OSLO),
         ("talks", [A, C], day(D(2021, 3, 10)), OSLO), False),
        # Two stated days a day apart stay two (a meeting on arrival, talks the next day).
        (("meeting", [A, B], day(D(2021, 3, 9)), OSLO),
         ("talks", [A, B], day(D(2021, 3, 10)), OSLO), False),
    ],
)  # fmt: skip
def test_stamped_contact(
    a: tuple[str, list[str], DateReading, frozenset[str]],
    b: tuple[str, list[str], DateReading, frozenset[str]],
    same: bool,
) -> None:
    ta, xa, da, ka = a
    tb, xb, db, kb = b
    assert identity.same_happening(ta, xa, da, ka, tb, xb, db, kb) is same
    assert identity.same_happening(tb, xb, db, kb, ta, xa, da, ka) is same

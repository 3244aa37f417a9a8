"""A state and the holder of an office that speaks for it (app/ingest/events/
state_voice.py): one speaker of one day's statement in same_voice.one_voice, as tables
over the gazetteer's own roles and terms."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity, same_voice
from app.ingest.events.model import DateReading
from app.ingest.events.state_voice import speaks_for

D = dt.date
NO_KEYS: frozenset[str] = frozenset()


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


@pytest.mark.parametrize(
    ("person", "state", "on", "speaks"),
    [
        # A foreign minister in office speaks for his state (a role id with the state's id).
        ("peter-szijjarto", "hungary", D(2024, 11, 21), True),
        ("sergey-lavrov", "russia", D(2023, 5, 2), True),
        # ...and a head of state (a role id with the state's adjective: «russian-president»).
        ("vladimir-putin", "russia", D(2022, 3, 1), True),
        # Not for another state.
        ("peter-szijjarto", "russia", D(2024, 11, 21), False),
        # Before he took office he did not.
        ("peter-szijjarto", "hungary", D(2010, 1, 1), False),
        # Between his terms as president (2008-2012) he was the prime minister.
        ("vladimir-putin", "russia", D(2010, 3, 1), True),
        # Before his first term the data gives Putin no term.
        ("vladimir-putin", "russia", D(1998, 3, 1), False),
        # Someone the gazetteer does not know speaks for no state.
        ("nobody-known", "russia", D(2022, 3, 1), False),
    ],
)
def test_speaks_for(person: str, state: str, on: D, speaks: bool) -> None:
    assert speaks_for(person, state, on) is speaks


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «Будапешт вчера потребовал исключения» and «глава МИД Венгрии заявил» the same
        # day: one statement.
        ((["hungary"], day(D(2024, 11, 21))), (["peter-szijjarto"], day(D(2024, 11, 21))), True),
        # Another day: another statement.
        ((["hungary"], day(D(2024, 11, 20))), (["peter-szijjarto"], day(D(2024, 11, 21))), False),
        # Another state's words that day are not his.
        ((["slovakia"], day(D(2024, 11, 21))), (["peter-szijjarto"], day(D(2024, 11, 21))), False),
        # A minister who took office later did not speak for his state then.
        ((["hungary"], day(D(2010, 5, 4))), (["peter-szijjarto"], day(D(2010, 5, 4))), False),
        # Two speakers in one report are no one voice of the state.
        ((["hungary"], day(D(2024, 11, 21))),
         (["peter-szijjarto", "sergey-lavrov"], day(D(2024, 11, 21))), False),
    ],
)  # fmt: skip
def test_a_state_and_its_minister_are_one_voice(
    a: tuple[list[str], DateReading], b: tuple[list[str], DateReading], same: bool
) -> None:
    xa, da = a
    xb, db = b
    assert same_voice.one_voice("statement", xa, da, "statement", xb, db) is same
    assert same_voice.one_voice("statement", xb, db, "statement", xa, da) is same
    got = identity.same_happening("statement", xa, da, NO_KEYS, "statement", xb, db, NO_KEYS)
    assert got is same

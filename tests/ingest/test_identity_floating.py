"""Reports dated only by words that need a missing publication date («на днях», «ранее»,
«накануне» in a reprint without a date): app/ingest/events/floating.py and its use in
identity.same_happening, as tables of our own readings."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity
from app.ingest.events.floating import floating, floating_at
from app.ingest.events.model import DateReading

D = dt.date
NO_KEYS: frozenset[str] = frozenset()
RUS, UKR, MED, ARA, ERD = "russia", "ukraine", "medinsky", "arakhamia", "erdogan"
MINSK, ISTANBUL, KREMLIN, KAZAN = "@минск", "@стамбу", "@кремл", "@казан"


def unanchored(text: str) -> DateReading:
    """Words with nothing to count them from."""
    return DateReading(DateValue(None, None, "unknown", "unanchored"), text=text)


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


def test_floating_readings() -> None:
    assert floating(unanchored("на днях"))
    assert floating(unanchored("ранее"))
    assert floating(unanchored("накануне"))
    # A weekday still names one day of the week (unanchored.same_weekday).
    assert not floating(unanchored("в пятницу"))
    # «Ранее» of an article with a publication date: before that date, not floating.
    assert not floating(
        DateReading(DateValue(None, D(2024, 5, 2), "before", "before-publication"), text="ранее")
    )
    # No date words at all: undated, a rule of its own.
    assert not floating(DateReading(DateValue(None, None, "unknown", "unknown"), explicit=False))
    assert not floating(day(D(2024, 5, 2)))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # «на днях делегации двух стран встретились в Минске» (a reprint without a date)
        # and the dated talks in Minsk of the delegations' heads and their states.
        (("meeting", [RUS, UKR], unanchored("на днях"), {MINSK, "очн"}),
         ("talks", [MED, ARA, RUS, UKR], day(D(2022, 2, 28)), {MINSK, "раунд"}), True),
        (("talks", [RUS, UKR], unanchored("ранее"), {MINSK}),
         ("talks", [MED, ARA, RUS, UKR], day(D(2022, 2, 28)), {MINSK}), True),
        # Another city: another round.
        (("meeting", [RUS, UKR], unanchored("на днях"), {ISTANBUL}),
         ("talks", [MED, ARA, RUS, UKR], day(D(2022, 2, 28)), {MINSK}), False),
        # No place named: a floating date alone cannot pick one of the parties' meetings.
        (("meeting", [RUS, UKR], unanchored("на днях"), {"очн"}),
         ("talks", [MED, ARA, RUS, UKR], day(D(2022, 2, 28)), {"очн"}), False),
        # The floating report also names a place the dated one does not («побывал в
        # Казани, а затем был принят в Кремле»): it may be telling another occasion.
        (("meeting", [ERD, "putin"], unanchored("на днях"), {KAZAN, KREMLIN}),
         ("meeting", [ERD, "putin"], day(D(2024, 6, 11)), {KREMLIN}), False),
        # A weekday of the week is not floating: a Thursday is no Wednesday.
        (("meeting", [RUS, UKR], unanchored("в четверг"), {MINSK}),
         ("talks", [MED, ARA, RUS, UKR], day(D(2024, 10, 16)), {MINSK}), False),
        # Each names someone the other does not: two happenings.
        (("talks", [ERD, UKR], unanchored("на днях"), {ISTANBUL}),
         ("talks", [RUS, UKR], day(D(2022, 3, 29)), {ISTANBUL}), False),
    ],
)  # fmt: skip
def test_a_floating_report_in_the_same_place(
    a: tuple[str, list[str], DateReading, set[str]],
    b: tuple[str, list[str], DateReading, set[str]],
    same: bool,
) -> None:
    ta, xa, da, ka = a
    tb, xb, db, kb = b
    got = identity.same_happening(ta, xa, da, frozenset(ka), tb, xb, db, frozenset(kb))
    assert got is same
    back = identity.same_happening(tb, xb, db, frozenset(kb), ta, xa, da, frozenset(ka))
    assert back is same


def test_floating_at_needs_every_place_of_the_floating_report() -> None:
    vague = unanchored("ранее")
    dated = day(D(2022, 3, 29))
    assert floating_at(vague, frozenset({ISTANBUL}), dated, frozenset({ISTANBUL, "@турц"}))
    assert floating_at(dated, frozenset({ISTANBUL}), vague, frozenset({ISTANBUL}))
    assert not floating_at(vague, frozenset({ISTANBUL, "@анкар"}), dated, frozenset({ISTANBUL}))
    assert not floating_at(vague, NO_KEYS, dated, NO_KEYS)
    assert not floating_at(day(D(2022, 3, 28)), frozenset({ISTANBUL}), dated, frozenset({ISTANBUL}))

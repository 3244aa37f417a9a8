"""A capital's place key brings its state's (app/ingest/events/capitals.py), so reports
placing one happening in the country and in its capital share a place."""

from __future__ import annotations

import pytest

from app.ingest.events import identity
from app.ingest.events.capitals import with_states
from app.ingest.events.keys import root


def place(word: str) -> str:
    return "@" + root(word)


@pytest.mark.parametrize(
    ("places", "added"),
    [
        ({place("ереван")}, {place("армения")}),
        ({place("тбилиси")}, {place("грузия")}),
        ({place("армения")}, set()),  # a state brings no capital: it has many cities
        ({place("гюмри")}, set()),  # no capital: nothing added
        ({place("кремль")}, {place("россия")}),  # a state's body as its seat: «в Кремле»
        ({place("пентагон")}, {place("сша")}),
        ({place("госдепартамент")}, {place("сша")}),
        (set(), set()),
    ],
)
def test_a_capital_brings_its_state(places: set[str], added: set[str]) -> None:
    assert with_states(places, root) == places | added


def test_the_state_and_its_capital_are_no_different_places() -> None:
    country = frozenset({place("армения")})
    capital = frozenset(with_states({place("ереван")}, root))
    other = frozenset(with_states({place("тбилиси")}, root))
    assert not identity.places_differ(country, capital)
    assert identity.places_differ(country, other)


@pytest.mark.parametrize(
    ("seat", "other", "differ"),
    [
        ("кремль", "москва", False),  # talks «в Кремле» and «в Москве»: one state
        ("пентагон", "вашингтон", False),
        ("кремль", "сочи", True),  # a city that is no capital stays another place
        ("кремль", "вашингтон", True),
    ],
)
def test_a_state_body_as_a_place_is_in_its_state(seat: str, other: str, differ: bool) -> None:
    a = frozenset(with_states({place(seat)}, root))
    b = frozenset(with_states({place(other)}, root))
    assert identity.places_differ(a, b) is differ

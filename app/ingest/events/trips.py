"""One visitor's trip to one destination, told by outlets with different dates.

A visit is told before it («посетит КНДР на этой неделе»), on its days («находился с
визитом 18–19 октября») and after it («ранее побывал в Баку», «завершил визит»), often in
few shared words: what the reports share is the visitor and where he went. The destination
(the event's venue: the state or city the visitor went to) is kept among the keys as
VENUE_MARK + its actor id, so that it travels with the other keys (an event's signature);
two reports of a visit by the same visitors to the same venue are one trip when their dates
meet (a stated week holding the stay, or told «before» a publication in the weeks after
it, or undated).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.ingest.events.key_memo import keyed

VENUE_MARK = "%"
# Reports whose venue the store keeps among the keys: a visit's destination, and the place
# a meeting or talks were held (a guest's visit to that house is the contact: host_house.py).
PLACED = frozenset({"visit", "meeting", "talks"})


def venue_key(venue: str | None) -> frozenset[str]:
    return frozenset({VENUE_MARK + venue}) if venue else frozenset()


@keyed
def venues(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith(VENUE_MARK))


@keyed
def plain(keys: Iterable[str]) -> frozenset[str]:
    """The keys without the venue (wording is compared on the rest)."""
    return frozenset(k for k in keys if not k.startswith(VENUE_MARK))


def one_destination(
    actors_a: Iterable[str], keys_a: Iterable[str], actors_b: Iterable[str], keys_b: Iterable[str]
) -> bool:
    """The same visitors (the same people, not one of a delegation) and the same venue."""
    sa, sb = set(actors_a), set(actors_b)
    return bool(sa) and sa == sb and bool(venues(keys_a) & venues(keys_b))

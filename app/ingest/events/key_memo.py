"""A memo for the views the merge takes of an event's keys (its places, its plain words,
its numbered nouns), so that they are worked out once per key set, not once per pair.

The store step compares a candidate with up to 250 stored events (same_stored.find_same),
and same_happening asks the same views of the same two signatures many times per pair
(places_differ alone several times). A key set is a frozenset, so its view is kept by the
set itself (its hash is cached, one signature's set is one object: same_stored keeps one
per signature text). Any other iterable is worked out as before. The views are frozen or
only read, so sharing one result is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache, wraps
from typing import TypeVar

K = TypeVar("K", bound=Iterable[str])
T = TypeVar("T")

# Key sets of one ingest's candidates and the stored events they meet: a few thousand.
MEMO_SIZE = 8192


def keyed(fn: Callable[[K], T]) -> Callable[[K], T]:
    """`fn` of a key set, remembered for frozensets (the only hashable key sets)."""
    cached = lru_cache(maxsize=MEMO_SIZE)(fn)

    @wraps(fn)
    def view(keys: K) -> T:
        if isinstance(keys, frozenset):
            return cached(keys)
        return fn(keys)

    return view


@lru_cache(maxsize=MEMO_SIZE)
def signature_keys(signature: str) -> frozenset[str]:
    """A stored event's keys from its signature text: one set object per text, so that
    every view of it above is worked out once."""
    return frozenset(signature.split())

"""What is read off a gazetteer as a whole, computed once per gazetteer.

A gazetteer is not changed after it is loaded, so tables derived from all its actors or
roles (the states' adjectives, the dated holders of roles) need not be rebuilt for every
article. ``@per_gazetteer`` keeps the result for the last few gazetteers seen, each held
alive with its result so that its ``id`` cannot be reused by another while it is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from app.ingest.actors.gazetteer import Gazetteer

T = TypeVar("T")

_KEPT = 4  # gazetteers remembered per function (tests build many small ones)


def per_gazetteer(fn: Callable[[Gazetteer], T]) -> Callable[[Gazetteer], T]:
    """``fn(gazetteer)``, computed once per gazetteer; the result is shared: read it only."""
    kept: dict[int, tuple[Gazetteer, T]] = {}

    @wraps(fn)
    def cached(gaz: Gazetteer) -> T:
        hit = kept.get(id(gaz))
        if hit is not None and hit[0] is gaz:
            return hit[1]
        value = fn(gaz)
        if len(kept) >= _KEPT:
            del kept[next(iter(kept))]
        kept[id(gaz)] = (gaz, value)
        return value

    return cached

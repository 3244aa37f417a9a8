"""What is read off an article as a whole, computed once per article.

Some readings of the whole article (the two states it is about, what it says of each
person) are asked for by the rules of every trigger; an `ArticleInput` is not changed
once built, so ``@per_article`` keeps the result for the article last asked about (held
with it, so that its ``id`` is not reused by another while it is kept).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from app.ingest.events.model import ArticleInput

T = TypeVar("T")


def per_article(fn: Callable[[ArticleInput], T]) -> Callable[[ArticleInput], T]:
    """``fn(inp)``, computed once per article; the result is shared: read it only."""
    last: list[tuple[ArticleInput, T]] = []

    @wraps(fn)
    def cached(inp: ArticleInput) -> T:
        if last and last[0][0] is inp:
            return last[0][1]
        value = fn(inp)
        last[:] = [(inp, value)]
        return value

    return cached

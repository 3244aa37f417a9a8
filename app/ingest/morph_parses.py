"""One pymorphy3 analyser per process, its parses remembered per word (issue 13).

The actor matcher (lemma keys, names, adjective bodies), the date reader and the title
inflector each asked pymorphy3 about words of every article, each through an analyser of
its own, so a word common to several of them («министр», «встреча», «Москва») was parsed
two or three times over. pymorphy3 is pure Python (its dictionary walks are most of its
time), and one parse costs about a tenth of a millisecond; on the reading set the same
word came back about twice per article batch.

``analyzer()`` is that one analyser. Its ``parse`` is pymorphy3's, remembered per word
string (exactly as given: pymorphy3 reads the word's case too); every analyser built from
the same dictionary answers the same, so nothing read changes. Each call returns a fresh
list, so a caller may still change what it gets. Everything else (``word_is_known``,
``inflect`` on a parse) is the analyser's own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Distinct words a worker meets; an entry is a few parses sharing pymorphy3's tag objects.
_CACHE_SIZE = 100_000


class CachedAnalyzer:
    """A pymorphy3 ``MorphAnalyzer`` whose ``parse`` answers are kept per word."""

    def __init__(self, morph: Any) -> None:
        self._morph = morph
        self._parses = lru_cache(maxsize=_CACHE_SIZE)(self._parses_uncached)

    def _parses_uncached(self, word: str) -> tuple[Any, ...]:
        return tuple(self._morph.parse(word))

    def parse(self, word: str) -> list[Any]:
        """pymorphy3's parses of `word`, best first (a new list on every call)."""
        return list(self._parses(word))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The process's pymorphy3 analyser, with its parses cached per word."""
    import pymorphy3

    return CachedAnalyzer(pymorphy3.MorphAnalyzer())

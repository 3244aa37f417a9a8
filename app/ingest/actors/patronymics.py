"""A name and patronymic without a surname («Олег Николаевич», as an interviewer or a
colleague addresses a man) is the one full name of the article that begins with that name
(«Олег Ветлугин»): Russian speech names a person so, and an outlet's interview gives his
full name once, in its lead. Two full names of that first name leave it alone. Used by
names.article_names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any


def patronymic(word: str, morph: Callable[[], Any]) -> bool:
    """The word is only ever a patronymic («Николаевич», «Сергеевна»), never also a
    surname («Абрамович» may be either; «Милошевич», «Вучич» are surnames)."""
    return _patronymic(word, morph())


@lru_cache(maxsize=5_000)
def _patronymic_parses(word: str, morph: Any) -> tuple[bool, bool]:
    tags = [p.tag for p in morph.parse(word)]
    return any("Patr" in t for t in tags), any("Surn" in t for t in tags)


def _patronymic(word: str, morph: Any) -> bool:
    patr, surn = _patronymic_parses(word, morph)
    return patr and not surn


def addressed(
    names: Iterable[str],
    canonical: Mapping[str, str],
    first_key: Callable[[str], str],
    morph: Callable[[], Any],
) -> dict[str, str]:
    """Name-and-patronymic forms of the article's names -> the one full name each stands
    for (first_key compares first names across their case forms)."""
    names = set(names)
    full: dict[str, set[str]] = {}
    for n in names:
        words = n.split()
        if len(words) > 1 and not patronymic(words[-1], morph):
            full.setdefault(first_key(words[0]), set()).add(canonical.get(n, n))
    out: dict[str, str] = {}
    for n in names:
        words = n.split()
        if len(words) != 2 or not patronymic(words[1], morph):
            continue
        begun = full.get(first_key(words[0]), set())
        if len(begun) == 1:
            out[n] = next(iter(begun))
    return out

"""A faster scan for the date patterns: case-insensitive patterns run over the lowercased text.

Python's regex engine compares every character case-insensitively under ``re.IGNORECASE``
(a lowercase mapping per character tried), which made the date patterns' scan of an article
about twice as slow as the same scan without the flag. When every letter a pattern names is
lowercase, the pattern without the flag matches the lowercased text exactly where the
pattern with it matches the text, as long as each character of the text lowercases to one
character and none has case-insensitive equivalents other than its own upper and lower
forms (Latin, Cyrillic, digits, punctuation, CJK, emoji: what news is written in). So the
lowercased text is scanned to find where the matches are, and each is matched again, at
the same place, by the pattern itself over the text as written, so that the groups read
are the text's own. A pattern this module cannot read through, or a text with other
characters («İ», «ſ», «ı», Greek sigma), is scanned as before.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

# Lowercase letters that match other lowercase letters case-insensitively (the regex
# module's own table: «ſ» and «s», «ı» and «i», «ᲀ» and «в», Greek sigma and final sigma ...).
# A text whose lowercase holds one not in the plain alphabets (Latin-1, basic Cyrillic) is
# scanned as before, and a pattern may name only letters of those alphabets.
_FOLDED = {chr(k) for k in _EXTRA_CASES} | {chr(v) for vs in _EXTRA_CASES.values() for v in vs}
_PLAIN_RANGES = ((0x00, 0xFF), (0x400, 0x45F))
_EXOTIC = frozenset(
    ch for ch in _FOLDED if not any(lo <= ord(ch) <= hi for lo, hi in _PLAIN_RANGES)
) | {"\xb5"}  # the micro sign (Latin-1) matches Greek mu
_EXOTIC_RX = re.compile("[" + "".join(sorted(_EXOTIC)) + "]")

_NESTED = (c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_LONGEST_RANGE = 2000


class _Unread(Exception):
    """A construct this module does not read through: the pattern is scanned as before."""


def _lower_char(code: int) -> None:
    ch = chr(code)
    if ch.lower() != ch or ch in _EXOTIC:
        raise _Unread


def _check(items: Any) -> None:
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            _lower_char(av)
        elif op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    _lower_char(iav)
                elif iop is c.RANGE:
                    if iav[1] - iav[0] > _LONGEST_RANGE:
                        raise _Unread
                    for code in range(iav[0], iav[1] + 1):
                        _lower_char(code)
                elif iop not in (c.CATEGORY, c.NEGATE):
                    raise _Unread
        elif op in (c.AT, c.ANY):
            continue
        elif op is c.SUBPATTERN:
            if av[1] or av[2]:  # flags changed inside the group
                raise _Unread
            _check(av[3])
        elif op is c.BRANCH:
            for alt in av[1]:
                _check(alt)
        elif op in _NESTED:
            _check(av[1])
        elif op in _REPEATS:
            _check(av[2])
        elif op is c.ATOMIC_GROUP:
            _check(av)
        else:
            raise _Unread


@cache
def lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """`rx` without ``re.IGNORECASE``, when it matches the lowercased text where `rx`
    matches the text; None when `rx` is case-sensitive or names an uppercase letter (or a
    construct not read here)."""
    if not rx.flags & re.IGNORECASE:
        return None
    try:
        _check(p.parse(rx.pattern, rx.flags))
    except _Unread:
        return None
    twin = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
    return None if twin.flags & re.IGNORECASE else twin  # an inline (?i) stays


def lower_text(text: str) -> str | None:
    """The text lowercased, or None when it holds a character the lowered scan is not
    sure of."""
    low = text.lower()
    if len(low) != len(text) or _EXOTIC_RX.search(low):  # «İ» lowercases to two characters
        return None
    return low


def matches(rx: re.Pattern[str], text: str, low: str | None) -> list[re.Match[str]]:
    """Every match of `rx` in `text`, as ``rx.finditer(text)`` gives them; `low` is
    ``lower_text(text)``."""
    twin = lowered(rx) if low is not None else None
    if twin is None or low is None:
        return list(rx.finditer(text))
    out: list[re.Match[str]] = []
    for found in twin.finditer(low):
        mt = rx.match(text, found.start())
        if mt is None or mt.end() != found.end():  # not expected: the plain scan decides
            return list(rx.finditer(text))
        out.append(mt)
    return out

"""A faster scan for the date patterns: a lookahead on the characters a match can start with.

Python's regex engine tries a pattern at every position of the text unless it starts with
a literal or a character class; the date patterns start with an optional part
(«в начале», a lookbehind, a preposition), so each was tried at every character of an
article. ``(?=[...])`` of every character a match can begin with lets the engine skip the
others. The lookahead is implied by the pattern itself, so what matches, and where, is
unchanged; a pattern this module cannot read through is left as it is.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as p  # type: ignore[attr-defined]
from typing import Any


class _Unread(Exception):
    """A construct whose first characters are not worked out here."""


_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def _first(items: Any, chars: set[str], classes: set[str]) -> bool:
    """Adds the characters (and classes) a match of `items` can begin with; True when
    `items` can match the empty string (then what follows may begin the match)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is c.LITERAL:
            chars.add(chr(av))
            return False
        if op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] < 1000:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                elif iop is c.CATEGORY and iav in _CATEGORIES:
                    classes.add(_CATEGORIES[iav])
                else:
                    raise _Unread
            return False
        if op is c.SUBPATTERN:
            if av[1] or av[2]:  # flags changed inside the group
                raise _Unread
            if not _first(av[3], chars, classes):
                return False
        elif op is c.BRANCH:
            empty = False
            for alt in av[1]:
                empty |= _first(alt, chars, classes)
            if not empty:
                return False
        elif op in _REPEATS:
            empty = _first(av[2], chars, classes)
            if av[0] > 0 and not empty:
                return False
        else:
            raise _Unread
    return True


def compile_scanned(regex: str, flags: int = 0) -> re.Pattern[str]:
    """`regex` compiled behind a lookahead on its first characters (when they can be read
    off it and it cannot match the empty string): same matches, fewer places tried."""
    chars: set[str] = set()
    classes: set[str] = set()
    try:
        empty = _first(p.parse(regex, flags), chars, classes)
    except _Unread:
        empty = True
    if empty:
        return re.compile(regex, flags)
    members = "".join("\\" + ch if ch in "\\]^-[" else ch for ch in sorted(chars))
    return re.compile("(?=[" + members + "".join(sorted(classes)) + "])" + regex, flags)

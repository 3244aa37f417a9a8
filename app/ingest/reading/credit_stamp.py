"""A page's closing stamp after the source credit of a reprint: «(По материалам агентства
Синьхуа) 21/06/2004» as the last line, or the credit on a line of its own above the stamp.
The credit in brackets is the reprinting site's furniture; the stamp after it is the page's
date, read like a stamp line of its own (stamp_line.py)."""

from __future__ import annotations

import re
from datetime import date

from .spans import Span
from .stamp_line import stamp

# A credit in round brackets opening the line: a source, an agency, a «по материалам».
_CREDIT = re.compile(r"\s*\([^()\n]{3,200}\)\s*")


def credit_line(s: str) -> bool:
    """Is the line a source credit in brackets and nothing else («(Синьхуа)»)?"""
    m = _CREDIT.fullmatch(s)
    return m is not None


def stamp_after_credit(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """The stamp a line holds after a credit in brackets, with its span in the line; or the
    line's own stamp when it holds nothing else."""
    m = _CREDIT.match(s)
    if m is None or m.end() >= len(s):
        return stamp(s)
    found = stamp(s[m.end() :])
    if found is None:
        return None
    full, partial, (a, b) = found
    return full, partial, (a + m.end(), b + m.end())

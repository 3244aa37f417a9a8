"""Expressions a date pattern matches that date no happening where they stand.

A number after «версия» is a version; «с 2017 года» after «первый» / «впервые» in its clause
or inside a noun phrase («первый с 2021 года саммит») is a comparison; «накануне» with a noun
in the genitive after it («накануне визита») is the eve of that, not the day before
publication; «ранее», «прежде», «недавно» are the writer's «earlier» only as adverbs of a past
telling («не ранее», «прежде чем», «ранее чем» are not); a weekday without a year on a
navigation line is the site's menu. extract.py drops what `not_a_date` says.
"""

from __future__ import annotations

import re

from .model import Tense
from .morph import word
from .noise import is_navigation
from .patterns import Expr

_WORD_BEFORE = re.compile(r"([а-яёa-z]+)[\s,]*$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*([а-яёa-z]+)", re.IGNORECASE)
_VERSION_WORDS = frozenset({"версия", "версии", "версию", "версией", "version", "v", "ver"})
_FIRSTLIKE = frozenset({"первый", "впервые", "последний", "единственный", "самый"})




def _prev_word(text: str, pos: int) -> str | None:
    mt = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return mt[1].lower() if mt else None


def _next_word(text: str, pos: int) -> str | None:
    mt = _WORD_AFTER.match(text, pos)
    return mt[1].lower() if mt else None


_CLAUSE_WORDS = re.compile(r"[^,;:—–\-.!?()«»\"]{0,80}$")
_FIRST_WORDS = 8  # words back in the clause a «первый ...» may stand


def _first_since(text: str, e: Expr) -> bool:
    """«это первый визит главы ЕС в Россию с 2017 года»: «первый»/«впервые» earlier in the
    date's own clause makes «с 2017 года» a comparison, not the date of the visit."""
    m = _CLAUSE_WORDS.search(text, max(0, e.start - 80), e.start)
    words = re.findall(r"[а-яё]+", m.group(0).lower()) if m else []
    return any(word(w).lemma in _FIRSTLIKE for w in words[-_FIRST_WORDS:])


def _is_noun_phrase_since(text: str, e: Expr) -> bool:
    """«первый с 2021 года саммит», «впервые с 2021 года»: a comparison inside a noun phrase,
    not the date of an event."""
    prev = _prev_word(text, e.start)
    if prev is None:
        return False
    if _first_since(text, e):
        return True
    pw = word(prev)
    if pw.lemma in _FIRSTLIKE or "Supr" in pw.grammemes:
        return True
    if pw.pos in ("ADJF", "PRTF"):
        nxt = _next_word(text, e.end)
        return nxt is not None and word(nxt).pos == "NOUN"
    return False


def _is_eve_of(text: str, e: Expr) -> bool:
    """«накануне визита»: on the eve of something named, not the day before publication."""
    nxt = _next_word(text, e.end)
    if nxt is None:
        return False
    w = word(nxt)
    nominal = w.pos in ("NOUN", "ADJF", "PRTF", "NPRO")
    return nominal and "gent" in w.grammemes and "Abbr" not in w.grammemes


def _is_vague_adverb(text: str, e: Expr, tense: Tense | None) -> bool:
    """«ранее», «недавно», «прежде» as adverbs of a past statement."""
    w = text[e.start : e.end].lower()
    prev = _prev_word(text, e.start)
    nxt = _next_word(text, e.end)
    if prev in ("не", "как") and w == "ранее" and prev == "не":
        return False  # «не ранее»
    if w == "прежде" and (nxt in ("всего", "чем", "того", "чтобы") or prev == "как"):
        return False
    if w == "ранее" and nxt == "чем":
        return False
    if w == "ранее" and text[e.start] == "Р":
        # «Ранее о том, что встреча будет возможна, сообщал ...»: opening a sentence it
        # is the writer's «earlier», whatever the tense of the clause it introduces
        return True
    return tense != "future"


def not_a_date(text: str, e: Expr, tense: Tense | None) -> bool:
    """The expression the patterns matched dates nothing here (see the module doc)."""
    if e.numeric and _prev_word(text, e.start) in _VERSION_WORDS:
        return True
    if e.kind == "vague":
        return not _is_vague_adverb(text, e, tense)
    if e.kind == "relday" and e.n == -1 and text[e.start : e.end].lower() == "накануне":
        return _is_eve_of(text, e)
    if e.mode == "since" and e.kind in ("year", "month", "day") and _is_noun_phrase_since(text, e):
        return True
    if e.kind == "day" and e.weekday >= 0 and e.y1.kind == "none":
        return is_navigation(text, e.start, e.end)
    return False

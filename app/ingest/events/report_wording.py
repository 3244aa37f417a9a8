"""How much of their wording two reports share (identity.py): outlets paraphrase, so
word stems of the evidence less trigger, actor and stop words (keys.py) are compared by
their overlap coefficient.
"""

from __future__ import annotations

from app.ingest.events.same_voice import wording

MIN_SHARED_KEYS = 3
MIN_OVERLAP = 0.40
MIN_VISIT_OVERLAP = 1 / 3


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    a, b = wording(a), wording(b)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= MIN_SHARED_KEYS and shared / min(len(a), len(b)) >= MIN_OVERLAP


def destination_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports of a visit by the same visitor share the place's root («Монголию»,
    «монгольскую столицу»), which is a good part of their few words."""
    a, b = wording(a), wording(b)
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= 1 and shared / min(len(a), len(b)) >= MIN_VISIT_OVERLAP

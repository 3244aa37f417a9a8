"""One person spelled two ways by two outlets: «Уэнди Шерман» and «Венди Шерман».

A person the gazetteer does not know gets an id made of his name as an outlet spelled
it, and outlets transliterate foreign names differently, so the same deputy secretary
becomes two actors, and two reports of one round of talks name «other» people (and made
two happenings). When comparing two reports, a person of one report that the other lacks
is taken for the other's person of the same surname when the two are the only ones of
that surname missing from each other, and the first names are one name spelled alike
(or one report gives the surname alone). Only ids outside the gazetteer take part: a
known actor has its spellings as aliases, and a state's name may be a surname
(«Монтенегро»). Fathers and sons share a surname but not a first name («Николай» and
«Дмитрий Патрушев» stay two).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

from app.ingest.actors.gazetteer import DATA_FILES
from app.ingest.events.placed_bodies import same_body

# How alike two spellings of a first name are (SequenceMatcher ratio): «уэнди»/«венди»
# 0.8, «джон»/«джейк» 0.55.
MIN_ALIKE = 0.75
MIN_SURNAME = 4


@cache
def known_ids() -> frozenset[str]:
    """The gazetteer's actor ids."""
    out: set[str] = set()
    for name in DATA_FILES:
        text = (resources.files("app") / "data" / name).read_text(encoding="utf-8")
        out |= {str(a["id"]) for a in tomllib.loads(text).get("actor", [])}
    return frozenset(out)


def _split(actor_id: str) -> tuple[str, str]:
    """(first names, surname) of a name id: «uendi-sherman» -> («uendi», «sherman»)."""
    first, _, last = actor_id.rpartition("-")
    return first, last


def _alike(a: str, b: str) -> bool:
    (fa, la), (fb, lb) = _split(a), _split(b)
    if la != lb or len(la) < MIN_SURNAME:
        return False
    if not fa or not fb:
        return True  # «Шерман» alone beside «Венди Шерман»
    return SequenceMatcher(None, fa, fb).ratio() >= MIN_ALIKE


def _one(a: str, b: str) -> bool:
    """One person spelled alike, or one body named with and without its place
    (placed_bodies.py)."""
    return _alike(a, b) or same_body(a, b)


def align(a: Iterable[str], b: Iterable[str]) -> tuple[list[str], list[str]]:
    """Both reports' actors, b's spelling of a person renamed to a's where they are one
    person spelled two ways (see the module's docstring)."""
    la, lb = list(a), list(b)
    known = known_ids()
    only_a = [x for x in la if x not in lb and x not in known]
    only_b = [x for x in lb if x not in la and x not in known]
    if not only_a or not only_b:
        return la, lb
    renamed: dict[str, str] = {}
    for y in only_b:
        same = [x for x in only_a if _one(x, y)]
        if len(same) == 1 and sum(_one(same[0], z) for z in only_b) == 1:
            renamed[y] = same[0]
    if not renamed:
        return la, lb
    return la, list(dict.fromkeys(renamed.get(y, y) for y in lb))

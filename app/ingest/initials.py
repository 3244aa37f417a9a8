"""One new person written with initials in one article and with the full name in another
(«А.Ю.Руденко» of a ministry's release, «Андрей Руденко» of an agency; «П.Кэосомбатом»,
«Пхуттхавонг Кэосомбат»): the same person when the surname's stem and the first initial
agree and exactly one person of the run fits. Used by the store step (store_people.same_people),
beside the stems of full names (StoreCache.people).

Official Russian texts write everyone but the first mention this way, and a person no
gazetteer knows would otherwise become two actors, and his one meeting two events.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.ingest.actors.names import name_key

# «А.Ю.Руденко», «А.Ю. Руденко», «П.Кэосомбатом»: one to three initials, then the surname;
# «Р.Эчеверрия Пинто»: a Spanish or Portuguese name keeps both family names after the
# initial, and the full name («Родриго Эчеверрия Пинто») ends with the same last one.
_INITIALLED = re.compile(r"((?:\w\.\s*){1,3})(\w[\w-]+(?:\s+\w[\w-]+)?)")


def initialled(name: str) -> tuple[str, str] | None:
    """(first initial, surname stem) of a name written with initials, else None."""
    m = _INITIALLED.fullmatch(name.strip())
    if m is None or not all(len(p) == 1 for p in re.split(r"\.\s*", m.group(1).rstrip(". "))):
        return None
    return m.group(1)[0].lower(), name_key(m.group(2)).split()[-1]


def full(key: str) -> tuple[str, str] | None:
    """(first initial, surname stem) of a full name's key («андр руденко»)."""
    words = key.split()
    if len(words) < 2 or "." in key:
        return None
    return words[0][0], words[-1]


def namesake(name: str, people: Mapping[str, str]) -> str | None:
    """The id of the one person of `people` (name stems -> id) that `name` names in its
    other form: a full name for initials, or initials for a full name."""
    mine = initialled(name)
    found: set[str] = set()
    if mine is not None:
        found = {pid for key, pid in people.items() if full(key) == mine}
    else:
        whole = full(name_key(name))
        if whole is None:
            return None
        found = {pid for key, pid in people.items() if "." in key and initialled(key) == whole}
    return found.pop() if len(found) == 1 else None

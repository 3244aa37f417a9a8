"""Units of a body that speak for it: «сообщил департамент информации и печати МИД России».

A ministry, a governor's office or a service makes its words known through a unit inside it
(«департамент», «аппарат», «управление»); the unit names no one of its own, and what it says
is the body's statement. When the tree walk (tree.py) climbs from the body to the verb of
saying through such a unit, the unit is passed as a title is: «аппарат губернатора» speaks
for the governor's office as «пресс-служба Кремля» speaks for the Kremlin. Only for words:
a unit in any other happening («сотрудники департамента») stays a modifier.
"""

from __future__ import annotations

import tomllib
from importlib import resources


def _load() -> frozenset[str]:
    with (resources.files("app") / "data" / "speech.toml").open("rb") as f:
        return frozenset(tomllib.load(f)["units"]["nouns"])


SPEAKING_UNITS = _load()


def speaks_through(lemma: str, speech: bool) -> bool:
    """Is a noun of `lemma` a unit through which the body under it speaks?"""
    return speech and lemma in SPEAKING_UNITS

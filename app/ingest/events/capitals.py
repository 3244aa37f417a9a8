"""A state's capital is a place in that state: «в Улан-Баторе» and «в Монголии».

Outlets place one happening in the country or in its capital («переговоры в Монголии»,
«переговоры в Улан-Баторе»); as place keys (places.py) these differ and would keep the
reports apart. A capital's place key brings its state's along, so the two reports share
a place. The capitals are the states' metonyms in the gazetteer's data (app/data).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib import resources

from app.ingest.actors.gazetteer import DATA_FILES
from app.ingest.events.places import PLACE_MARK


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _capitals() -> tuple[tuple[str, str], ...]:
    """(capital, state) names, folded, for every state with a one-word capital."""
    out: list[tuple[str, str]] = []
    for name in DATA_FILES:
        text = (resources.files("app") / "data" / name).read_text(encoding="utf-8")
        for item in tomllib.loads(text).get("actor", []):
            if item.get("kind") != "state" or not isinstance(item.get("name_ru"), str):
                continue
            for metonym in item.get("metonyms", []):
                if isinstance(metonym, str) and " " not in metonym.strip():
                    out.append((_fold(metonym.strip()), _fold(item["name_ru"])))
    return tuple(out)


@lru_cache(maxsize=8)
def _by_root(root: Callable[[str], str]) -> Mapping[str, str]:
    return {PLACE_MARK + root(c): PLACE_MARK + root(s) for c, s in _capitals()}


def with_states(places: Iterable[str], root: Callable[[str], str]) -> set[str]:
    """The place keys, and for each capital among them its state's place key."""
    table = _by_root(root)
    keys = set(places)
    return keys | {table[k] for k in keys if k in table}

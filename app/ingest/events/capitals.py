"""A state's capital is a place in that state: «в Улан-Баторе» and «в Монголии».

Outlets place one happening in the country or in its capital («переговоры в Монголии»,
«переговоры в Улан-Баторе»); as place keys (places.py) these differ and would keep the
reports apart. A capital's place key brings its state's along, so the two reports share
a place. The capitals are the states' metonyms in the gazetteer's data (app/data).

So does a state's body named as a place, its seat («в Кремле», «в Пентагоне»): «провели
переговоры в Кремле» and «переговоры в Москве» place one happening in one state, while «в
Кремле» and «в Сочи» or «в Женеве» stay two places. The bodies are the gazetteer's
organisations that are part of a state, by their one-word names.
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


def _one_word(names: object) -> list[str]:
    if not isinstance(names, list):
        return []
    return [_fold(n.strip()) for n in names if isinstance(n, str) and " " not in n.strip()]


@lru_cache(maxsize=1)
def _capitals() -> tuple[tuple[str, str], ...]:
    """(capital or seat, state) names, folded: every state's one-word capital, and the
    one-word names of the bodies that are part of a state."""
    items = []
    for name in DATA_FILES:
        text = (resources.files("app") / "data" / name).read_text(encoding="utf-8")
        items += tomllib.loads(text).get("actor", [])
    states = {
        item.get("id"): _fold(item["name_ru"])
        for item in items
        if item.get("kind") == "state" and isinstance(item.get("name_ru"), str)
    }
    out: list[tuple[str, str]] = []
    for item in items:
        state = states.get(item.get("id") if item.get("kind") == "state" else item.get("part_of"))
        if state is None:
            continue
        seats = item.get("metonyms") if item.get("kind") == "state" else item.get("aliases")
        out += [(seat, state) for seat in _one_word(seats)]
    return tuple(out)


@lru_cache(maxsize=8)
def _by_root(root: Callable[[str], str]) -> Mapping[str, str]:
    return {PLACE_MARK + root(c): PLACE_MARK + root(s) for c, s in _capitals()}


def with_states(places: Iterable[str], root: Callable[[str], str]) -> set[str]:
    """The place keys, and for each capital among them its state's place key."""
    table = _by_root(root)
    keys = set(places)
    return keys | {table[k] for k in keys if k in table}

"""Bodies that act for a union of states (app/data/unions.toml): for the merge of reports,
the Council of the EU is part of the EU, as a ministry is part of its state («Совет ЕС
утвердил 15-й пакет санкций», «Евросоюз утвердил 15-й пакет»: one act)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources


@cache
def bodies() -> Mapping[str, str]:
    """Body id -> the id of the union it acts for."""
    with (resources.files("app") / "data" / "unions.toml").open("rb") as f:
        data = tomllib.load(f)
    return {str(k): str(v) for k, v in data.get("body_of", {}).items()}


def with_unions(actors: Iterable[str]) -> set[str]:
    """The actors and the unions their bodies act for."""
    named = set(actors)
    table = bodies()
    return named | {table[a] for a in named if a in table}


def related(actors: Iterable[str]) -> set[str]:
    """The actors, the unions of their bodies, and the bodies of the unions among them:
    every id a stored event of the same act may be filed under."""
    named = with_unions(actors)
    return named | {body for body, union in bodies().items() if union in named}

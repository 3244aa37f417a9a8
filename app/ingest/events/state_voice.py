"""Whose voice a state's is: the holder of an office that speaks for the state on that day
(a head of state or government, a foreign minister; app/data/state_voices.toml).

Outlets tell one statement under the speaker's name in one report and under his state's in
another («Венгерская сторона накануне заявляла…», «Сийярто заявил…»): the same day's words
of a state and of its foreign minister are one statement. The offices and their terms come
from the gazetteer's data (actors.toml, leaders.toml): a former minister no longer speaks
for his state. Used by same_voice.one_voice.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from app.ingest.actors.gazetteer import DATA_FILES

# A term: (state, from, until); from inclusive, until exclusive, None open.
Term = tuple[str, dt.date | None, dt.date | None]


def _data(name: str) -> dict[str, Any]:
    return tomllib.loads((resources.files("app") / "data" / name).read_text(encoding="utf-8"))


def _state_of_role(
    role: str, offices: list[str], adjectives: dict[str, str], states: set[str]
) -> str | None:
    for office in offices:
        if role.endswith("-" + office):
            prefix = role[: -len(office) - 1]
            state = adjectives.get(prefix, prefix)
            return state if state in states else None
    return None


@cache
def terms() -> dict[str, tuple[Term, ...]]:
    """Person id -> the terms in which he spoke for a state."""
    conf = _data("state_voices.toml")
    offices = [str(o) for o in conf.get("offices", [])]
    adjectives = {str(k): str(v) for k, v in conf.get("adjectives", {}).items()}
    actors: list[dict[str, Any]] = []
    for name in DATA_FILES:
        actors += _data(name).get("actor", [])
    states = {str(a["id"]) for a in actors if a.get("kind") == "state"}
    out: dict[str, list[Term]] = {}
    for a in actors:
        for r in a.get("roles", []) or []:
            state = _state_of_role(str(r.get("role", "")), offices, adjectives, states)
            if state is not None:
                out.setdefault(str(a["id"]), []).append((state, r.get("from"), r.get("until")))
    return {k: tuple(v) for k, v in out.items()}


@cache
def state_ids() -> frozenset[str]:
    """The gazetteer's states."""
    actors: list[dict[str, Any]] = []
    for name in DATA_FILES:
        actors += _data(name).get("actor", [])
    return frozenset(str(a["id"]) for a in actors if a.get("kind") == "state")


def voiced(person: str, day: dt.date) -> frozenset[str]:
    """The states the person spoke for on that day."""
    return frozenset(
        s
        for s, start, end in terms().get(person, ())
        if (start is None or start <= day) and (end is None or day < end)
    )


def speaks_for(person: str, state: str, day: dt.date) -> bool:
    """The person held an office that speaks for the state on that day."""
    return any(
        s == state and (start is None or start <= day) and (end is None or day < end)
        for s, start, end in terms().get(person, ())
    )


def one_state_voice(a: frozenset[str], b: frozenset[str], day: dt.date) -> bool:
    """One report's only speaker is a state, the other's only speaker speaks for it."""
    if len(a) != 1 or len(b) != 1:
        return False
    (x,), (y,) = a, b
    return speaks_for(x, y, day) or speaks_for(y, x, day)


def related(ids: set[str]) -> set[str]:
    """The states these people spoke for, and the people who spoke for these states (at
    some time): whose stored statements may be the same words (the store's lookup)."""
    held = terms()
    out = {state for person in ids for state, _, _ in held.get(person, ())}
    voices = _voices()
    for state in ids:
        out |= voices.get(state, frozenset())
    return out


@cache
def _voices() -> dict[str, frozenset[str]]:
    """State -> the people who spoke for it at some time (terms() read the other way, once:
    the store asks `related` for every candidate of words)."""
    out: dict[str, set[str]] = {}
    for person, ts in terms().items():
        for state, _, _ in ts:
            out.setdefault(state, set()).add(person)
    return {k: frozenset(v) for k, v in out.items()}

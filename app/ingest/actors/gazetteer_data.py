"""The gazetteer's data files as data: several parsed files merged into one, and each
field read with the problems it has collected (gazetteer.py builds and validates the rest).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def merge_data(parts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Several parsed gazetteer files as one: actors and roles concatenated, ignore phrases
    joined. An actor whose id an earlier file already defines is skipped with its aliases,
    so an entry can move to the curated file without editing the later one."""
    merged: dict[str, Any] = {}
    seen: set[Any] = set()
    for data in parts:
        for key, value in data.items():
            if key == "actor" and isinstance(value, list):
                fresh = [a for a in value if not (isinstance(a, dict) and a.get("id") in seen)]
                seen.update(a.get("id") for a in value if isinstance(a, dict))
                merged.setdefault("actor", []).extend(fresh)
            elif key == "role" and isinstance(value, list):
                merged.setdefault("role", []).extend(value)
            elif key == "ignore" and isinstance(value, dict) and "ignore" in merged:
                earlier = listed(merged["ignore"].get("phrases"))
                phrases = [*earlier, *listed(value.get("phrases"))]
                merged["ignore"] = {**merged["ignore"], **value, "phrases": phrases}
            else:
                merged[key] = value  # malformed or unknown: the validation reports it
    return merged


def listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def short(value: Any, where: str, problems: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}.short_ru: must be a non-empty string")
        return None
    return value.strip()


def part_of(value: Any, where: str, problems: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not SLUG.match(value):
        problems.append(f"{where}.part_of: {value!r} is not an actor id")
        return None
    return value


def strings(value: Any, where: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: expected a list of non-empty strings")
        return []
    return [v.strip() for v in value]


def date_of(value: Any, where: str, problems: list[str]) -> date | None:
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    problems.append(f"{where}: expected a TOML date (YYYY-MM-DD), got {value!r}")
    return None

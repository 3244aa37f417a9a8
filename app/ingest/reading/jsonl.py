"""JSON Lines articles: one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .decode import normalise_text

__all__ = ["JsonlRecord", "RejectedLine", "parse_jsonl", "parse_jsonl_line"]

_OPTIONAL = ("title", "url", "outlet", "author")


@dataclass(frozen=True)
class JsonlRecord:
    line: int  # 1-based line number in the file
    text: str  # newlines normalised, NFC
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class RejectedLine:
    line: int
    reason: str


def _parse_published(value: Any) -> date | None:
    """An ISO date (``2026-02-03``) or datetime (``2026-02-03T10:00:00Z``, with a space too)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("published is not a string")
    s = value.strip()
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date or datetime") from None


def parse_jsonl_line(line: str, number: int) -> JsonlRecord | RejectedLine | None:
    """Parse one line; ``None`` for a blank line (skipped, not an error)."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return RejectedLine(number, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return RejectedLine(number, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        return RejectedLine(number, '"text" is missing or not a string')
    if not text.strip():
        return RejectedLine(number, '"text" is empty')
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return RejectedLine(number, f'"{key}" is not a string')
        fields[key] = (" ".join(value.split()) or None) if isinstance(value, str) else None
    try:
        published = _parse_published(obj.get("published"))
    except ValueError as exc:
        return RejectedLine(number, str(exc))
    return JsonlRecord(
        line=number,
        text=normalise_text(text),
        title=fields["title"],
        published=published,
        url=fields["url"],
        outlet=fields["outlet"],
        author=fields["author"],
    )


def parse_jsonl(text: str) -> Iterator[JsonlRecord | RejectedLine]:
    """Every article line of ``text`` in order; a bad line is a :class:`RejectedLine` (with
    its 1-based number) and the other lines are still read. Blank lines are skipped."""
    for number, line in enumerate(text.split("\n"), start=1):
        if number == 1:
            line = line.removeprefix("\ufeff")
        result = parse_jsonl_line(line, number)
        if result is not None:
            yield result

"""The opaque keyset cursor: a timeline position (sort_date, precision_rank, id) in base64url,
plus the filter's total from the first page, so that later pages never count again, and
the order it pages in (``n`` newest first, empty for oldest first).

Opaque so that clients never build one by hand; strict on decoding so that anything not
made by `encode` is rejected (a 400), never passed to SQL.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt

from app.db.queries import Position

MAX_CURSOR_CHARS = 400


class BadCursor(ValueError):
    """The cursor was not made by this server."""


def encode(pos: Position, total: int | None = None, *, newest: bool = False) -> str:
    count = "" if total is None else str(total)
    if newest:
        count += "n"
    raw = f"{pos.sort_date.isoformat()}|{pos.precision_rank}|{count}|{pos.id}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(token: str) -> Position:
    return decode_with_total(token)[0]


def decode_with_total(token: str) -> tuple[Position, int | None]:
    pos, total, _ = decode_full(token)
    return pos, total


def decode_full(token: str) -> tuple[Position, int | None, bool]:
    """Position, total and whether the cursor pages newest first."""
    if not token or len(token) > MAX_CURSOR_CHARS:
        raise BadCursor("cursor is empty or too long")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("utf-8")
        day, rank, count, ident = raw.split("|", 3)
        pos = Position(dt.date.fromisoformat(day), int(rank), ident)
        newest = count.endswith("n")
        count = count.removesuffix("n")
        total = int(count) if count else None
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise BadCursor("cursor is not one this server made") from exc
    if (
        not ident
        or any(ord(c) < 32 for c in ident)
        or not 0 <= pos.precision_rank <= 99
        or (total is not None and total < 0)
        or encode(pos, total, newest=newest) != token
    ):
        raise BadCursor("cursor is not one this server made")
    return pos, total, newest

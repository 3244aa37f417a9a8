"""Stored events as the store step's comparisons read them: a row of the few columns
find_same compares (`StoredRow`, its date reading and keys worked out once), read on the
session's connection without an ORM object per row, and the date readings of stored events
and mentions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, String, Text, bindparam, column, text
from sqlalchemy.orm import Session

from app.db import lookup
from app.db.models import Event
from app.ingest.dates import DateValue
from app.ingest.events.key_memo import signature_keys
from app.ingest.events.model import DateReading


def event_reading(ev: Event | StoredRow) -> DateReading:
    if isinstance(ev, StoredRow):
        return ev.reading  # made once per row: find_same asks for it a dozen times
    return _reading(ev)


def _reading(ev: Event | StoredRow) -> DateReading:
    value = DateValue(ev.date_start, ev.date_end, ev.date_precision, ev.date_how)  # type: ignore[arg-type]
    return DateReading(value=value, text=ev.date_text, explicit=ev.date_text is not None)


class StoredRow:
    """A stored event's columns that find_same compares (the names of Event's)."""

    __slots__ = (
        "id", "type", "status", "signature", "date_start", "date_end", "date_precision",
        "date_how", "date_text", "reading", "keys",
    )  # fmt: skip

    def __init__(self, row: Any) -> None:
        (
            self.id,
            self.type,
            self.status,
            self.signature,
            self.date_start,
            self.date_end,
            self.date_precision,
            self.date_how,
            self.date_text,
        ) = row
        self.date_start = lookup.day(self.date_start)
        self.date_end = lookup.day(self.date_end)
        # Its date as a reading (frozen, so one object serves every comparison).
        self.reading = _reading(self)
        # Its keys, one set per signature text (key_memo.py: their views are worked out once).
        self.keys = signature_keys(self.signature)


# What `select(Event).where(Event.id.in_(ids)).order_by(sort_date desc, id)` read, as text.
_STORED = (
    text(
        "SELECT events.id, events.type, events.status, events.signature, events.date_start, "
        "events.date_end, events.date_precision, events.date_how, events.date_text "
        "FROM events WHERE events.id IN :ids ORDER BY events.sort_date DESC, events.id"
    )
    .bindparams(bindparam("ids", expanding=True))
    .columns(
        column("id", String), column("type", String), column("status", String),
        column("signature", Text), column("date_start", Date), column("date_end", Date),
        column("date_precision", String), column("date_how", String),
        column("date_text", String),
    )  # fmt: skip
)


def stored_rows(session: Session, ids: list[str]) -> list[StoredRow]:
    """The stored events of `ids` (the session flushed), latest first, as find_same reads
    them: on the session's connection, no ORM object per row."""
    if not ids:
        return []
    return [StoredRow(r) for r in lookup.rows(session, _STORED, {"ids": ids})]


def mention_reading(m: Any) -> DateReading:
    """The reading of a mention: a Mention, or a row with its column names."""
    value = DateValue(m.date_start, m.date_end, m.date_precision, m.date_how)
    span = (m.date_text_start, m.date_text_end) if m.date_text_start is not None else None
    return DateReading(value=value, text=m.date_text, span=span, explicit=m.date_text is not None)

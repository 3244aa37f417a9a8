"""A made-up timeline record for the web tests: every value a row shows, set by hand to
reach markup, odd ids and missing English names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.db.queries.records import ActorRef


@dataclass
class Made:
    """A record with every value a row shows; `row` None: no stored row, build it."""

    id: str
    title: str
    title_en: str | None
    type: str
    status: str
    planned: bool
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    sources_count: int
    actors: list[ActorRef]
    row: None = None

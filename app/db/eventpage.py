"""The event page's record from the event's stored card (app.db.cards): one query by id.

A card's `body` is the event's JSON, and its `item` carries, still encoded, what the page
needs besides (each source's marks and how its article's date was known): together they
are the EventItem that `queries.get_event` reads with three statements. A card stored
before that part existed gives None, and the caller reads the tables as before.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.db import cards
from app.db.queries.records import ActorRef, EventItem, SourceRef, VenueRef


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def from_card(card: cards.Card) -> EventItem | None:
    f = card.fields
    if f.page is None:
        return None
    extra: list[list[Any]] = json.loads(f.page)
    body: dict[str, Any] = json.loads(card.body)
    if len(extra) != len(body["sources"]):
        return None
    sources = [
        SourceRef(
            s["mention_id"],
            s["article_id"],
            s["file"],
            s["title"],
            s["outlet"],
            _day(s["published"]),
            published_how,
            s["quote"],
            sent_start,
            sent_end,
            s["date_text"],
            dts,
            dte,
            _day(s["date"]["start"]),
            _day(s["date"]["end"]),
            s["date"]["precision"],
            s["date"]["how"],
            bool(planned),
            list(spans or []),
        )
        for s, (published_how, sent_start, sent_end, dts, dte, planned, spans) in zip(
            body["sources"], extra, strict=True
        )
    ]
    date = body["date"]
    venue = body["venue"]
    return EventItem(
        card.id,
        body["title"],
        body["type"],
        bool(body["planned"]),
        _day(date["start"]),
        _day(date["end"]),
        date["precision"],
        date["text"],
        date["how"],
        f.sort_date,
        f.precision_rank,
        f.sources_count,
        list(body["disagreement"]),
        [ActorRef(a["id"], a["name"], a["name_ru"], a["kind"], a["role"]) for a in body["actors"]],
        sources,
        body["status"],
        VenueRef(venue["id"], venue["name"], venue["name_ru"]) if venue else None,
        body.get("title_en"),
    )

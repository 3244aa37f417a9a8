"""The read model: each event's card, built when ingest changes the event and stored.

A card is what a page shows of an event: `body`, its JSON exactly as `/api/events` and
`/api/events/{id}` write it, and `item`, the few fields its row of the HTML timeline needs
(title, type, status, dates, source count, actors), and `row_en`, `row_ru`, that row of
HTML in each UI language (app.render.rows: its actor chips' links, which keep the page's
filter, are placeholders the web fills in). A page is then the ids from the index ranges of
app.db.queries.timeline plus one primary-key query for their cards: no ORM objects, no
per-row validation, no JSON encoding, no row written per request.

Keeping cards current needs no writer to know about them: triggers (migration 0007) delete
the card of an event whose row, mentions, actor links, actors' names or articles' heads
change, and queue its id in `event_cards_stale`; `refresh` (called by ingest at the end of
each article's transaction) rebuilds the queued cards in that same transaction. A card
missing for any reason is built on the fly from the tables by the reader, never wrong.

One thing a card freezes: its actors are listed by their event counts when it was built
(the order the tables give), and later ingest that changes those counts does not reorder
the cards of other events (that would rewrite every card of a popular actor per article).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.db import lookup
from app.db.queries.events import load_events
from app.db.queries.fastpath import driver_conn
from app.db.queries.records import ActorRef, EventItem, Position, month_of
from app.render import rows as html_rows

# Cards rebuilt per batch of statements.
CHUNK = 500


def event_url(event_id: str) -> str:
    return f"/events/{event_id}"


def source_url(article_id: str, mention_id: int) -> str:
    return f"/articles/{article_id}#m-{mention_id}"


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def event_json(e: EventItem) -> dict[str, Any]:
    """The event as the API's EventOut (app/web/schemas.py) dumps it, as a plain dict built
    straight from the record. Keys in EventOut's field order, so the JSON is byte for byte
    `event_out(e).model_dump_json()` (tests/web/test_fast_json.py compares)."""
    return {
        "id": e.id,
        "url": event_url(e.id),
        "title": e.title,
        "type": e.type,
        "planned": e.planned,
        "status": e.status,
        "venue": (
            {"id": e.venue.id, "name": e.venue.name, "name_ru": e.venue.name_ru}
            if e.venue
            else None
        ),
        "date": {
            "start": _iso(e.date_start),
            "end": _iso(e.date_end),
            "precision": e.precision,
            "text": e.date_text,
            "how": e.date_how,
        },
        "actors": [
            {"id": a.id, "name": a.name, "name_ru": a.name_ru, "kind": a.kind, "role": a.role}
            for a in e.actors
        ],
        "sources": [
            {
                "article_id": s.article_id,
                "file": s.file,
                "title": s.title,
                "outlet": s.outlet,
                "published": _iso(s.published),
                "quote": s.quote,
                "date_text": s.date_text,
                "url": source_url(s.article_id, s.mention_id),
                "mention_id": s.mention_id,
                "date": {
                    "start": _iso(s.date_start),
                    "end": _iso(s.date_end),
                    "precision": s.date_precision,
                    "text": s.date_text,
                    "how": s.date_how,
                },
            }
            for s in e.sources
        ],
        "disagreement": [dict(d) for d in e.disagreement if isinstance(d, dict)],
        "title_en": e.title_en,
    }


def dumps(value: object) -> str:
    """JSON as pydantic's model_dump_json writes it: compact, UTF-8 text unescaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Card:
    """An event's stored card: `body`, its JSON, and the attributes the timeline's row
    template reads (the same names as EventItem's, so `_event_item.html` takes either),
    parsed from `item` only when first read (the JSON API never needs them)."""

    __slots__ = ("id", "body", "_item", "_fields")

    # No stored row of HTML: app.web.rows builds it from the fields (see StoredRow).
    row = None

    def __init__(self, event_id: str, body: str, item: str) -> None:
        self.id = event_id
        self.body = body
        self._item = item
        self._fields: _Fields | None = None

    @property
    def fields(self) -> _Fields:
        if self._fields is None:
            self._fields = _parse(self._item)
        return self._fields

    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def title_en(self) -> str | None:
        return self.fields.title_en

    @property
    def type(self) -> str:
        return self.fields.type

    @property
    def status(self) -> str:
        return self.fields.status

    @property
    def planned(self) -> bool:
        return self.fields.planned

    @property
    def date_start(self) -> dt.date | None:
        return self.fields.date_start

    @property
    def date_end(self) -> dt.date | None:
        return self.fields.date_end

    @property
    def precision(self) -> str:
        return self.fields.precision

    @property
    def sources_count(self) -> int:
        return self.fields.sources_count

    @property
    def actors(self) -> list[ActorRef]:
        return self.fields.actors

    @property
    def sort_date(self) -> dt.date:
        return self.fields.sort_date

    @property
    def precision_rank(self) -> int:
        return self.fields.precision_rank

    @property
    def position(self) -> Position:
        return Position(self.sort_date, self.precision_rank, self.id)

    @property
    def month(self) -> str | None:
        return month_of(self.sort_date)


class StoredRow:
    """An event of a timeline page as its card's stored row of HTML in the page's language
    (app.render.rows; as text, or its UTF-8 bytes for a page answered as bytes) and its
    place in the timeline: all the HTML page reads of it."""

    __slots__ = ("id", "row", "sort_date", "precision_rank")

    def __init__(
        self, event_id: str, row: str | bytes, sort_date: str, precision_rank: int
    ) -> None:
        self.id = event_id
        self.row = row
        self.sort_date = dt.date.fromisoformat(sort_date)
        self.precision_rank = precision_rank

    @property
    def position(self) -> Position:
        return Position(self.sort_date, self.precision_rank, self.id)

    @property
    def month(self) -> str | None:
        return month_of(self.sort_date)


@dataclass(frozen=True, slots=True)
class _Fields:
    title: str
    type: str
    status: str
    planned: bool
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    sources_count: int
    actors: list[ActorRef]
    sort_date: dt.date
    precision_rank: int
    # What only the event page needs beyond `body` (app.db.eventpage), still encoded: the
    # timeline's rows never decode it.
    page: str | None
    title_en: str | None


def _item(e: EventItem) -> str:
    return dumps(
        [
            e.title,
            e.type,
            e.status,
            int(e.planned),
            _iso(e.date_start),
            _iso(e.date_end),
            e.precision,
            e.sources_count,
            [[a.id, a.name, a.name_ru, a.kind, a.role] for a in e.actors],
            e.sort_date.isoformat(),
            e.precision_rank,
            page_extra(e),
            e.title_en,
        ]
    )


def _day(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _parse(item: str) -> _Fields:
    (
        title,
        type_,
        status,
        planned,
        start,
        end,
        precision,
        n_sources,
        actors,
        sort_date,
        rank,
        *rest,
    ) = json.loads(item)
    return _Fields(
        title,
        type_,
        status,
        bool(planned),
        _day(start),
        _day(end),
        precision,
        n_sources,
        [ActorRef(*a) for a in actors],
        dt.date.fromisoformat(sort_date),
        rank,
        rest[0] if rest else None,  # a card stored before the page's part was added
        rest[1] if len(rest) > 1 else None,  # ... or before English titles
    )


def page_extra(e: EventItem) -> str:
    """The event page's fields of each source that `body` lacks (where the quote's marks
    go, how the article's date was known, whether it reports the event as planned)."""
    return dumps(
        [
            [
                s.published_how,
                s.sent_start,
                s.sent_end,
                s.date_text_start,
                s.date_text_end,
                int(s.planned),
                s.actor_spans,
            ]
            for s in e.sources
        ]
    )


def build(e: EventItem) -> tuple[str, str]:
    """(body, item) of an event's card."""
    return dumps(event_json(e)), _item(e)


def rows_of(event_id: str, fields: Any) -> dict[str, str]:
    """The card's rows of HTML, "row_en" and "row_ru" (app.render.rows), from the event's
    record or its card's decoded fields (the same attribute names)."""
    return {f"row_{lang}": html_rows.row(fields, event_id, lang) for lang in html_rows.LANGS}


def fill_rows(session: Session) -> int:
    """Store the rows of every card that has none, from its stored `item` (no event is
    loaded again): migration 0010 runs it over the cards stored before rows existed."""
    bind = session.connection()
    todo = [
        r[0] for r in bind.execute(text("SELECT event_id FROM event_cards WHERE row_en IS NULL"))
    ]
    n = 0
    for i in range(0, len(todo), CHUNK):
        chunk = todo[i : i + CHUNK]
        got = bind.execute(
            text("SELECT event_id, item FROM event_cards WHERE event_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        )
        values = [{"id": eid, **rows_of(eid, _parse(item))} for eid, item in got]
        if values:
            bind.execute(_ROWS_SQL, values)
        n += len(values)
    return n


# ----------------------------------------------------------------------------- reading

_READ_SQL = text("SELECT event_id, body, item FROM event_cards WHERE event_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


_READ_SQLITE = "SELECT event_id, body, item FROM event_cards WHERE event_id IN ({marks})"


def read(session: Session, ids: Sequence[str]) -> list[Card]:
    """The cards of `ids` in that order (ids naming no event are left out): one query; a
    card not stored (a database filled before migration 0007 finished, or a writer that
    did not call `refresh`) is built from the tables instead."""
    if not ids:
        return []
    wanted = list(ids)
    if session.get_bind().dialect.name == "sqlite":
        # The driver's own cursor: a page's 50 rows through SQLAlchemy's result machinery
        # cost more than the query.
        marks = ",".join("?" * len(wanted))
        rows: Iterable[Any] = driver_conn(session).execute(_READ_SQLITE.format(marks=marks), wanted)
    else:
        rows = session.execute(_READ_SQL, {"ids": wanted})
    found = {eid: Card(eid, body, item) for eid, body, item in rows}
    missing = [i for i in wanted if i not in found]
    if missing:
        for e in load_events(session, missing):
            found[e.id] = Card(e.id, *build(e))
    return [found[i] for i in wanted if i in found]


def read_stored(conn: Any, event_id: str) -> Card | None:
    """The stored card of `event_id` on a sqlite3 connection, or None (no card stored, or
    no such event: the caller then takes the session's way, which also builds cards)."""
    row = conn.execute(_READ_SQLITE.format(marks="?"), (event_id,)).fetchone()
    return None if row is None else Card(*row)


def read_one(session: Session, event_id: str) -> Card | None:
    got = read(session, [event_id])
    return got[0] if got else None


# ----------------------------------------------------------------------------- writing

_QUEUED_SQL = text("SELECT event_id FROM event_cards_stale")
_UNQUEUE_SQL = text("DELETE FROM event_cards_stale WHERE event_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_DELETE_SQL = text("DELETE FROM event_cards WHERE event_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_INSERT_SQL = text(
    "INSERT INTO event_cards (event_id, body, item, row_en, row_ru)"
    " VALUES (:id, :body, :item, :row_en, :row_ru)"
)
_ROWS_SQL = text("UPDATE event_cards SET row_en = :row_en, row_ru = :row_ru WHERE event_id = :id")


def write(session: Session, ids: Iterable[str]) -> int:
    """(Re)build and store the cards of these events; ids naming no event lose their card."""
    n = 0
    todo = sorted(set(ids))
    for i in range(0, len(todo), CHUNK):
        chunk = todo[i : i + CHUNK]
        events = load_events(session, chunk, driver=True)
        session.execute(_DELETE_SQL, {"ids": chunk})
        rows = [
            {"id": e.id, "body": b, "item": it, **rows_of(e.id, e)}
            for e in events
            for b, it in [build(e)]
        ]
        if rows:
            session.execute(_INSERT_SQL, rows)
        n += len(rows)
    return n


def refresh(session: Session) -> int:
    """Rebuild the cards that triggers queued as stale, in the caller's transaction (ingest
    calls it last in each article's): the cards are then current when the article commits."""
    session.flush()
    # On SQLite the driver's connection (lookup.rows), as the store step's other reads.
    queued = [str(r[0]) for r in lookup.rows(session, _QUEUED_SQL, {})]
    if not queued:
        return 0
    n = write(session, queued)
    for i in range(0, len(queued), CHUNK):
        session.execute(_UNQUEUE_SQL, {"ids": queued[i : i + CHUNK]})
    return n

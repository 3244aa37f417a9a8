"""An event recomputed from its stored mentions: its date (the finest explicit reading,
and those that disagree), status, actors and roles, counts, search text, and its id when
a better reading changes its slug.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, bindparam, column, text
from sqlalchemy.orm import Session

from app.db import derived, lookup
from app.db.models import Event
from app.ingest.events import merged_date
from app.ingest.stored_ids import base, rename, slug, unique_id
from app.ingest.stored_rows import mention_reading
from app.ingest.stored_titles import ACTOR_ROLES, PARTICIPANT


def refresh(
    session: Session, ev: Event, parents: Mapping[str, str] | None = None
) -> tuple[Event, list[str]]:
    """Recompute date, flags, counts, links, search text and (maybe) the id of an event;
    return it (renamed, maybe) with its actors."""
    mentions = [MentionRow(r) for r in lookup.rows(session, _MENTIONS, {"id": ev.id})]
    readings = [mention_reading(m) for m in mentions]
    # A visit, a session or a summit over a few days («14–15 октября») that another report
    # dates by one of them (its opening or closing day) keeps its days.
    best = merged_date.best_reading(readings, ev.type)
    ev.date_start, ev.date_end = best.value.start, best.value.end
    ev.date_precision, ev.date_how, ev.date_text = (
        best.value.precision,
        best.value.how,
        best.text,
    )
    ev.sort_date, ev.precision_rank = derived.sort_key(
        ev.date_start, ev.date_end, ev.date_precision
    )
    ev.planned = all(m.planned for m in mentions)
    if not ev.planned:
        ev.status = "happened"
    elif ev.status == "happened":  # the source that told it as held was removed
        ev.status = "planned"
    disputing = set(map(id, merged_date.disagreements(readings, best)))
    ev.disagreement = [
        {
            "start": _iso(r.value.start),
            "end": _iso(r.value.end),
            "precision": r.value.precision,
            "how": r.value.how,
            "text": r.text,
            "article_id": m.article_id,
            "mention_id": m.id,
        }
        for m, r in zip(mentions, readings, strict=True)
        if id(r) in disputing
    ]
    roles = _event_roles(mentions)
    actor_ids = list(roles)
    rows = lookup.rows(session, _ACTORS, {"ids": actor_ids}) if actor_ids else []
    wanted = slug(best, ev.type, actor_ids, {aid: kind for aid, kind, _, _ in rows}, parents)
    if base(ev.id) != wanted:
        ev = rename(session, ev, unique_id(session, wanted, exclude=ev.id))
    ev.sources_count = len({m.article_id for m in mentions})
    # The row is stored under ev.id (inserted with its first report, renamed just above by
    # SQL): its recomputed columns are written with every touched event's in the store's
    # next flush, one unit of work instead of one per event.
    derived.set_event_actors(session, ev, actor_ids, roles, flush=False)
    # An actor without an English name is still found by Latin letters: its slug is the
    # transliteration of its Russian name.
    names = [name or aid.replace("-", " ") for aid, _, name, _ in rows] + [
        name_ru for _, _, _, name_ru in rows
    ]
    derived.index_event(session, ev, [m.quote for m in mentions], names)
    return ev, actor_ids


# SQL text built once (no statement building per event); read on the session's connection
# (no autoflush: actors' rows are written before any event of the article is refreshed).
_ACTORS = text(
    "SELECT actors.id, actors.kind, actors.name, actors.name_ru FROM actors "
    "WHERE actors.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


class MentionRow:
    """A stored mention's columns that `refresh` reads (the names of Mention's)."""

    __slots__ = (
        "id", "article_id", "quote", "date_text_start", "date_text_end", "date_text",
        "date_start", "date_end", "date_precision", "date_how", "planned", "actor_spans",
    )  # fmt: skip

    def __init__(self, row: tuple[Any, ...]) -> None:
        (
            self.id,
            self.article_id,
            self.quote,
            self.date_text_start,
            self.date_text_end,
            self.date_text,
            start,
            end,
            self.date_precision,
            self.date_how,
            planned,
            spans,
        ) = row
        # As the ORM's column types give them (lookup.rows on SQLite returns them as stored).
        self.date_start = lookup.day(start)
        self.date_end = lookup.day(end)
        self.planned = bool(planned)
        self.actor_spans = json.loads(spans) if isinstance(spans, str) else spans


# What `select(Mention).where(Mention.event_id == id)` read (no ORDER BY, as it had none:
# the same statement on the same index gives the same order), as text.
_MENTIONS = (
    text(
        "SELECT mentions.id, mentions.article_id, mentions.quote, mentions.date_text_start, "
        "mentions.date_text_end, mentions.date_text, mentions.date_start, mentions.date_end, "
        "mentions.date_precision, mentions.date_how, mentions.planned, mentions.actor_spans "
        "FROM mentions WHERE mentions.event_id = :id"
    )
    .columns(
        column("id", Integer), column("article_id", String), column("quote", Text),
        column("date_text_start", Integer), column("date_text_end", Integer),
        column("date_text", String), column("date_start", Date), column("date_end", Date),
        column("date_precision", String), column("date_how", String),
        column("planned", Boolean), column("actor_spans", JSON),
    )  # fmt: skip
)


def _event_roles(mentions: Iterable[MentionRow]) -> dict[str, str]:
    """The event's actors and their roles, in order of appearance: participants and
    speakers only; an actor who is a participant anywhere is a participant."""
    out: dict[str, str] = {}
    for m in mentions:
        for span in m.actor_spans:
            # Spans stored before roles existed ([start, end, id]) were all actors.
            role = span[3] if len(span) > 3 else PARTICIPANT
            if role in ACTOR_ROLES and out.get(span[2]) != PARTICIPANT:
                out[span[2]] = role
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None

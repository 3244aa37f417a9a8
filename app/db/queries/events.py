"""Events by id with their actors and sources (one batched query each), permalinks,
redirected ids and neighbours on the timeline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    literal,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    Actor,
    Article,
    Event,
    EventActor,
    EventRedirect,
    Mention,
)
from app.db.queries.records import (
    MAX_REDIRECT_HOPS,
    ActorRef,
    EventItem,
    Position,
    SourceRef,
    VenueRef,
)

Venue = aliased(Actor)


def load_events(session: Session, ids: Sequence[str]) -> list[EventItem]:
    """Events by id, in the given order, with actors and sources: three statements."""
    if not ids:
        return []
    rows = session.execute(
        select(
            Event.id,
            Event.title,
            Event.type,
            Event.planned,
            Event.date_start,
            Event.date_end,
            Event.date_precision,
            Event.date_text,
            Event.date_how,
            Event.sort_date,
            Event.precision_rank,
            Event.sources_count,
            Event.disagreement,
            Event.status,
            Event.venue_id,
            Venue.name,
            Venue.name_ru,
        )
        .outerjoin(Venue, Venue.id == Event.venue_id)
        .where(Event.id.in_(list(ids)))
    ).all()
    actors = _actors_of(session, ids)
    sources = _sources_of(session, ids)
    # Rows unpacked as tuples (attribute access on each Row costs more than the SQL here).
    by_id = {
        eid: EventItem(
            eid,
            title,
            type_,
            bool(planned),
            start,
            end,
            precision,
            date_text,
            date_how,
            sort_date,
            rank,
            n_sources,
            list(disagreement or []),
            actors.get(eid, []),
            sources.get(eid, []),
            status,
            # A place the actors table lacks is still shown, by its id.
            VenueRef(venue_id, venue_name, venue_ru or venue_id) if venue_id else None,
        )
        for (
            eid,
            title,
            type_,
            planned,
            start,
            end,
            precision,
            date_text,
            date_how,
            sort_date,
            rank,
            n_sources,
            disagreement,
            status,
            venue_id,
            venue_name,
            venue_ru,
        ) in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _actors_of(session: Session, ids: Sequence[str]) -> dict[str, list[ActorRef]]:
    rows = session.execute(
        select(
            EventActor.event_id, Actor.id, Actor.name, Actor.name_ru, Actor.kind, EventActor.role
        )
        .join(Actor, Actor.id == EventActor.actor_id)
        .where(EventActor.event_id.in_(list(ids)))
        .order_by(EventActor.event_id, Actor.events_count.desc(), Actor.id)
    ).all()
    out: dict[str, list[ActorRef]] = defaultdict(list)
    for event_id, actor_id, name, name_ru, kind, role in rows:
        out[event_id].append(ActorRef(actor_id, name, name_ru, kind, role))
    return out


def _sources_of(session: Session, ids: Sequence[str]) -> dict[str, list[SourceRef]]:
    rows = session.execute(
        select(
            Mention.event_id,
            Mention.id,
            Mention.article_id,
            Mention.quote,
            Mention.sent_start,
            Mention.sent_end,
            Mention.date_text,
            Mention.date_text_start,
            Mention.date_text_end,
            Mention.date_start,
            Mention.date_end,
            Mention.date_precision,
            Mention.date_how,
            Mention.planned,
            Mention.actor_spans,
            Article.file,
            Article.title,
            Article.outlet,
            Article.published,
            Article.published_how,
        )
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.event_id.in_(list(ids)))
        # NULLS LAST on both backends (SQLite and PostgreSQL differ by default).
        .order_by(
            Mention.event_id, Article.published.asc().nulls_last(), Mention.article_id, Mention.id
        )
    ).all()
    out: dict[str, list[SourceRef]] = defaultdict(list)
    for (
        event_id,
        mention_id,
        article_id,
        quote,
        sent_start,
        sent_end,
        date_text,
        date_text_start,
        date_text_end,
        date_start,
        date_end,
        date_precision,
        date_how,
        planned,
        actor_spans,
        file,
        title,
        outlet,
        published,
        published_how,
    ) in rows:
        out[event_id].append(
            SourceRef(
                mention_id,
                article_id,
                file,
                title,
                outlet,
                published,
                published_how,
                quote,
                sent_start,
                sent_end,
                date_text,
                date_text_start,
                date_text_end,
                date_start,
                date_end,
                date_precision,
                date_how,
                bool(planned),
                list(actor_spans or []),
            )
        )
    return out


# --------------------------------------------------------------------------- one event


def resolve_event_id(session: Session, event_id: str) -> tuple[str | None, bool]:
    """(current id, redirected?) of an event id; (None, False) when it names nothing."""
    if session.scalar(select(Event.id).where(Event.id == event_id)) is not None:
        return event_id, False
    current = event_id
    for _ in range(MAX_REDIRECT_HOPS):
        nxt = session.scalar(select(EventRedirect.new_id).where(EventRedirect.old_id == current))
        if nxt is None:
            return None, False
        if session.scalar(select(Event.id).where(Event.id == nxt)) is not None:
            return nxt, True
        current = nxt
    return None, False


def get_event(session: Session, event_id: str) -> EventItem | None:
    found = load_events(session, [event_id])
    return found[0] if found else None


def neighbours(session: Session, pos: Position) -> tuple[str | None, str | None]:
    """Ids of the previous and next events in the whole timeline."""
    key = tuple_(Event.sort_date, Event.precision_rank, Event.id)
    here = _position(pos)
    prev = session.scalar(
        select(Event.id)
        .where(key < here)
        .order_by(Event.sort_date.desc(), Event.precision_rank.desc(), Event.id.desc())
        .limit(1)
    )
    nxt = session.scalar(
        select(Event.id)
        .where(key > here)
        .order_by(Event.sort_date, Event.precision_rank, Event.id)
        .limit(1)
    )
    return prev, nxt


def _position(pos: Position) -> ColumnElement[Any]:
    return tuple_(literal(pos.sort_date), literal(pos.precision_rank), literal(pos.id))

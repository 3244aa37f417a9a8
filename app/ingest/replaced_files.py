"""A changed file read again: the articles read before from its path go, events left
without a source go with them, and each redirects to the event of the new version that
took its place (identity.successor).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import derived
from app.db.models import Article, Event, Mention
from app.db.search import delete_search
from app.ingest.events import identity as ident
from app.ingest.events.model import DateReading
from app.ingest.facts import ArticleFacts
from app.ingest.same_stored import actors_of
from app.ingest.stored_ids import point_redirects
from app.ingest.stored_refresh import refresh
from app.ingest.stored_rows import event_reading


@dataclass(frozen=True)
class GoneEvent:
    """An event that lost its last source when its file changed."""

    id: str
    type: str
    actors: list[str]
    month: str | None
    reading: DateReading
    keys: frozenset[str]


Gone = list[GoneEvent]


def remove_path(session: Session, path: str) -> Gone:
    """Delete the articles previously read from `path`; return the events that vanished."""
    gone: Gone = []
    for old in list(session.scalars(select(Article).where(Article.path == path))):
        event_ids = set(
            session.scalars(select(Mention.event_id).where(Mention.article_id == old.id))
        )
        session.delete(old)
        session.flush()
        for eid in sorted(event_ids):
            ev = session.get(Event, eid)
            if ev is None:
                continue
            left = session.scalar(select(Mention.id).where(Mention.event_id == eid).limit(1))
            if left is None:
                gone.append(
                    GoneEvent(
                        id=eid,
                        type=ev.type,
                        actors=[a.actor_id for a in ev.actor_links],
                        month=derived.month_key(ev.sort_date),
                        reading=event_reading(ev),
                        keys=frozenset(ev.signature.split()),
                    )
                )
                delete_search(session, eid)
                session.delete(ev)
                session.flush()
            else:
                _refresh_after_removal(session, ev)
    return gone


def _refresh_after_removal(session: Session, ev: Event) -> None:
    month = derived.month_key(ev.sort_date)
    actors = {a.actor_id for a in ev.actor_links}
    ev, linked = refresh(session, ev)
    derived.recount_months(session, [month, derived.month_key(ev.sort_date)])
    derived.recount_actors(session, actors | set(linked))


def redirect_removed(
    session: Session, gone: Gone, new_events: Iterable[Event], facts: ArticleFacts
) -> None:
    """Each event that vanished with the old version of a file redirects to the event of
    the new version that took its place, if one did."""
    new_list = list(new_events)
    links = actors_of(session, [e.id for e in new_list])
    for old in gone:
        if any(ev.id == old.id for ev in new_list):
            continue  # the same id came back: nothing to redirect
        for ev in new_list:
            if ident.successor(
                old.type, old.actors, old.reading,
                ev.type, links.get(ev.id, []), event_reading(ev), facts.parents,
            ):  # fmt: skip
                point_redirects(session, old.id, ev.id)
                break

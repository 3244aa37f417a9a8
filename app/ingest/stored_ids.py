"""Stored events' readable ids: the slug of a date, type and actors, unique in the
database; a rename when a better reading changes it, and redirects (301) from every old id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.db import lookup, sqlite_writes
from app.db.models import Event, EventRedirect, utcnow
from app.db.search import delete_search
from app.ingest.events import event_ids
from app.ingest.events.model import DateReading


def slug(
    reading: DateReading,
    type_: str,
    actor_ids: Iterable[str],
    kinds: Mapping[str, str],
    parents: Mapping[str, str] | None,
) -> str:
    """The event's readable id; a body is named rather than its state («russian-mfa»)."""
    ids = list(actor_ids)
    bodies_of = {parents[a] for a in ids if parents and a in parents}
    named = [(a, kinds.get(a, "organisation")) for a in ids if a not in bodies_of]
    return event_ids.event_slug(reading, type_, named)


def base(event_id: str) -> str:
    """The slug without a collision suffix (`...-call-2` -> `...-call`).

    Slugs end in a type word, so a trailing number after a letter is always a suffix.
    """
    head, _, tail = event_id.rpartition("-")
    if tail.isdigit() and head[-1:].isalpha():
        return head
    return event_id


# Ids asked for at once: the slug and its first suffixes (`-2` ... `-12`).
FIRST_TRIES = 12


def unique_id(session: Session, wanted: str, exclude: str | None = None) -> str:
    """`wanted`, or the first `wanted-N` (N = 2, 3, ...) no event holds but `exclude`."""
    tries = [wanted] + [f"{wanted}-{n}" for n in range(2, FIRST_TRIES + 1)]
    # Which of the first tries are stored, in one statement; an event in the session
    # counts as the session says (what `session.get` answered per try before).
    # On SQLite the driver's connection (lookup.rows), as the store step's other reads.
    stored = {str(r[0]) for r in lookup.rows(session, _STORED_IDS, {"ids": tries})}
    for cand in tries:
        key = session.identity_key(Event, cand)
        taken = (key in session.identity_map or cand in stored) and cand != exclude
        if not taken:
            return cand
    n = FIRST_TRIES
    while True:
        n += 1
        cand = f"{wanted}-{n}"
        taken = session.get(Event, cand) is not None and cand != exclude
        if not taken:
            return cand


_STORED_IDS = text("SELECT events.id FROM events WHERE events.id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


def rename(session: Session, ev: Event, new_id: str) -> Event:
    old_id = ev.id
    session.flush()
    delete_search(session, old_id)
    # Statements by key on the session's connection (flushed just above), as SQL text the
    # driver runs on SQLite (sqlite_writes.execute): what the Core statements compiled to.
    params = {"old": old_id, "new": new_id}
    sqlite_writes.execute(session, _RENAME_EVENT, params)
    # Without ON UPDATE CASCADE everywhere (e.g. an old SQLite) keep children in step.
    sqlite_writes.execute(session, _RENAME_MENTIONS, params)
    sqlite_writes.execute(session, _UNLINK_ACTORS, params)
    session.expunge(ev)
    point_redirects(session, old_id, new_id)
    renamed = session.get(Event, new_id)
    if renamed is None:  # the UPDATE above just made it
        raise RuntimeError(f"event {old_id!r} could not be renamed to {new_id!r}")
    return renamed


_RENAME_EVENT = text("UPDATE events SET id = :new WHERE events.id = :old")
_RENAME_MENTIONS = text("UPDATE mentions SET event_id = :new WHERE mentions.event_id = :old")
_UNLINK_ACTORS = text("DELETE FROM event_actors WHERE event_actors.event_id = :old")


def point_redirects(session: Session, old_id: str, new_id: str) -> None:
    """old -> new, and every id that pointed at old now points at new (no chains)."""
    # On the session's connection after a flush, as the ORM's bulk statements did (they
    # synchronised nothing). Redirects are never ORM objects in the store step's session
    # (written here only, by the driver on SQLite), so the database alone says which exist.
    session.flush()
    params = {"old": old_id, "new": new_id}
    sqlite_writes.execute(session, _REPOINT, params)
    sqlite_writes.execute(session, _UNCHAIN, params)
    if not lookup.rows(session, _REDIRECT_OF, {"old": old_id}):
        row = {"old_id": old_id, "new_id": new_id, "created_at": utcnow()}
        sqlite_writes.insert_many(session, EventRedirect.__table__, [row])


_REPOINT = text("UPDATE event_redirects SET new_id = :new WHERE event_redirects.new_id = :old")
_UNCHAIN = text("DELETE FROM event_redirects WHERE event_redirects.old_id = :new")
_REDIRECT_OF = text(
    "SELECT event_redirects.old_id FROM event_redirects WHERE event_redirects.old_id = :old"
)

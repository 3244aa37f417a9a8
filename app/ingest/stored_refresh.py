"""An event recomputed from its stored mentions: its date (the finest explicit reading,
and those that disagree), status, actors and roles, counts, search text, and its id when
a better reading changes its slug.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from app.db import derived, lookup
from app.db.models import Event, Mention
from app.ingest.events import merged_date
from app.ingest.same_stored import mention_reading
from app.ingest.stored_ids import base, rename, slug, unique_id
from app.ingest.stored_titles import ACTOR_ROLES, PARTICIPANT


def refresh(
    session: Session, ev: Event, parents: Mapping[str, str] | None = None
) -> tuple[Event, list[str]]:
    """Recompute date, flags, counts, links, search text and (maybe) the id of an event;
    return it (renamed, maybe) with its actors."""
    mentions = list(session.scalars(select(Mention).where(Mention.event_id == ev.id)))
    readings = [mention_reading(m) for m in mentions]
    best = merged_date.best_reading(readings, spans=ev.type == "visit")
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
    derived.set_event_actors(session, ev, actor_ids, roles)
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


def _event_roles(mentions: Iterable[Mention]) -> dict[str, str]:
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

"""Readable event ids: `2025-02-12-putin-trump-call` (the date, up to two actors, the type).

Re-ingesting the same files gives the same ids; when a better date arrives the store
renames the event and keeps the old id redirecting.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.ingest.events.model import DateReading


def short_actor(actor_id: str, kind: str) -> str:
    """`vladimir-putin` -> `putin` for people; organisations and states keep their id."""
    return actor_id.rsplit("-", 1)[-1] if kind == "person" and "-" in actor_id else actor_id


def date_slug(r: DateReading) -> str:
    v = r.value
    if v.precision == "day" and v.start:
        return v.start.isoformat()
    if v.precision in ("month", "part") and v.start:
        return v.start.strftime("%Y-%m")
    if v.precision == "year" and v.start:
        return str(v.start.year)
    if v.precision == "range" and v.start and v.end:
        return f"{v.start.isoformat()}--{v.end.isoformat()}"
    if v.precision == "before" and v.end:
        return f"before-{v.end.isoformat()}"
    if v.precision == "after" and v.start:
        return f"after-{v.start.isoformat()}"
    return "undated"


def event_slug(r: DateReading, type_: str, actors: Iterable[tuple[str, str]]) -> str:
    """Readable id: `2025-02-12-putin-trump-call` (date, up to two actors, type).

    `actors` come in order of appearance; people go before bodies and states (stable sort).
    """
    ranked = sorted(actors, key=lambda a: a[1] != "person")
    names = [short_actor(aid, kind) for aid, kind in ranked[:2]]
    return "-".join([date_slug(r), *names, type_])[:150]

"""Stored people of the same surname as a candidate's person the gazetteer does not know:
«6 мая Кириенко и посол Бернс подписали…» in one outlet and «…подписали Сергей Кириенко и
посол США Уильям Бернс» in another name the same two men, but a person outside the
gazetteer gets an id made of his name as the outlet gave it («kirienko», «sergey-kirienko»),
and the store looks for a candidate's happening among the events of its own actor ids
(same_stored.find_same), so the one signing never met the other to be compared.
spelled_alike.align decides whether two reports' namesakes are one person; this lookup
only lets such reports be compared. Read-only, for same_stored.find_same.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.db import lookup
from app.ingest.events.placed_bodies import bare_body, placed_prefixes
from app.ingest.events.spelled_alike import MIN_SURNAME, known_ids

# People outside the curated gazetteer whose id is the surname alone or ends with it.
_NAMESAKES = text(
    "SELECT actors.id FROM actors WHERE actors.kind = 'person' AND actors.curated = :no "
    "AND (actors.id = :surname OR actors.id LIKE :tail)"
).bindparams(bindparam("no"))


def surname(actor_id: str) -> str | None:
    """The surname of a person's id made of his name («uilyam-berns» -> «berns»), or
    None for a known actor or too short a name to tell people apart by."""
    if actor_id in known_ids():
        return None
    last = actor_id.rpartition("-")[2]
    return last if len(last) >= MIN_SURNAME else None


def namesakes(session: Session, actors: Iterable[str]) -> set[str]:
    """Stored people outside the gazetteer of the same surname as these actors'."""
    out: set[str] = set()
    for name in sorted({s for s in map(surname, actors) if s is not None}):
        params = {"no": False, "surname": name, "tail": f"%-{name}"}
        out |= {str(r[0]) for r in lookup.rows(session, _NAMESAKES, params)}
    return out - set(actors)


# Bodies the reader named itself, by exact id or by the beginning of their ids.
_BODIES = text(
    "SELECT actors.id FROM actors WHERE actors.kind = 'organisation' AND actors.curated = :no "
    "AND (actors.id = :bare OR actors.id LIKE :placed_v OR actors.id LIKE :placed_na)"
).bindparams(bindparam("no"))


def placed_kin(session: Session, actors: Iterable[str]) -> set[str]:
    """Stored bodies outside the gazetteer that are these actors' bodies named with or
    without their place (events/placed_bodies.py)."""
    out: set[str] = set()
    known = known_ids()
    for a in sorted(set(actors) - known):
        bare = bare_body(a)
        prefixes = placed_prefixes(a)
        if bare is None and not prefixes:
            continue
        placed = [f"{p}%" for p in prefixes] or ["", ""]
        params = {"no": False, "bare": bare or "", "placed_v": placed[0], "placed_na": placed[1]}
        out |= {str(r[0]) for r in lookup.rows(session, _BODIES, params)}
    return out - set(actors)

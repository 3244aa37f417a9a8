"""One body named with and without the place it works in: «экспертная группа по
приграничному сотрудничеству в Карелии» and «... группа по приграничному сотрудничеству».

A body no list knows gets an id made of its name as the report wrote it (actors/
named_bodies.py), which takes one place after its business («в Карелии», «на Камчатке»).
Reports of one body give the place or leave it out, so one body became two actors, and two
reports of one sitting two happenings. When comparing two reports, such a body of one and
the other's body of the same name without the place are one actor (spelled_alike.align),
and the store looks each up beside the other (stored_namesakes.placed_kin).
"""

from __future__ import annotations

# The governed «по» of a body's name, and the prepositions of the one place it may take,
# as they stand in an id («...-po-...-v-karelii»).
_BUSINESS = "-po-"
_PLACES = ("-v-", "-na-")


def bare_body(actor_id: str) -> str | None:
    """The id of the body's name without its place, or None for an id of no such name."""
    at = actor_id.find(_BUSINESS)
    if at < 0:
        return None
    cut = max(actor_id.rfind(p) for p in _PLACES)
    return actor_id[:cut] if cut > at + len(_BUSINESS) else None


def placed_prefixes(actor_id: str) -> list[str]:
    """The beginnings of the ids of this body named with a place («<id>-v-»), for a body's
    id that names none."""
    if _BUSINESS not in actor_id or bare_body(actor_id) is not None:
        return []
    return [actor_id + p for p in _PLACES]


def same_body(a: str, b: str) -> bool:
    """Are two ids one body, named with and without its place?"""
    return a != b and (bare_body(a) == b or bare_body(b) == a)

"""Actors: the curated gazetteer and the matcher that finds actors in analysed text."""

from typing import TYPE_CHECKING

from app.ingest.actors.gazetteer import (
    ActorKind,
    ActorRecord,
    Gazetteer,
    GazetteerError,
    RoleRecord,
    RoleTerm,
)
from app.ingest.actors.slugs import slugify, transliterate

if TYPE_CHECKING:
    from app.ingest.actors.match import (
        ActorHit,
        actors_of,
        match_actors,
        unknown_person,
    )

# The matcher loads on first use, not with the package: the ingest process that stores facts
# needs the name keys (actors/names.py), never the matcher's rules (issue 13).
_MATCH = frozenset({"ActorHit", "actors_of", "match_actors", "unknown_person"})


def __getattr__(name: str) -> object:
    if name in _MATCH:
        from app.ingest.actors import match

        return getattr(match, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ActorHit",
    "ActorKind",
    "ActorRecord",
    "Gazetteer",
    "GazetteerError",
    "RoleRecord",
    "RoleTerm",
    "actors_of",
    "match_actors",
    "slugify",
    "transliterate",
    "unknown_person",
]

"""Actors: the curated gazetteer and the matcher that finds actors in analysed text."""

from app.ingest.actors.gazetteer import (
    ActorKind,
    ActorRecord,
    Gazetteer,
    GazetteerError,
    RoleRecord,
    RoleTerm,
)
from app.ingest.actors.match import (
    ActorHit,
    actors_of,
    match_actors,
    unknown_person,
)
from app.ingest.actors.slugs import slugify, transliterate

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

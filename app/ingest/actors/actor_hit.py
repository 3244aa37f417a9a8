"""One actor found in an analysed text (match.py): its span, id, how it was found, and the
record of an actor the gazetteer does not list."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from app.ingest.actors.gazetteer import ActorRecord

Via = Literal["alias", "role", "ner", "body", "org"]


@dataclass(frozen=True, slots=True)
class ActorHit:
    start: int  # character offsets into the analysed text
    end: int
    actor_id: str
    text: str
    via: Via
    # The record of an actor the gazetteer does not list (a state's body, see bodies.py).
    record: ActorRecord | None = field(default=None, compare=False)

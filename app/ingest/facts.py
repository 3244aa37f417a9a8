"""What the pipeline hands the store: one article's facts as plain data.

Its own module, apart from the pipeline, so that the ingest process that stores facts
imports the data shapes and not the reader (natasha, the date and event rules): on a
2-core machine every second of CPU the storing process spends is taken from the two
workers (issue 13). Workers pickle these objects; the main process unpickles them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.ingest.dates.era import Era
from app.ingest.events.model import EventCandidate


@dataclass(frozen=True)
class ActorFact:
    id: str
    name: str | None
    name_ru: str
    kind: str
    curated: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleFacts:
    id: str
    sha256: str
    file: str
    path: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: dt.date | None
    published_how: str
    lang: str
    encoding: str
    text: str
    excluded: tuple[tuple[int, int], ...]
    events: list[EventCandidate] = field(default_factory=list)
    actors: dict[str, ActorFact] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)
    # Person id -> the bodies the article names him the voice of (events/spokespeople.py).
    spokes: dict[str, frozenset[str]] = field(default_factory=dict)
    # When the text was written, by its dated roles (app.ingest.dates.era); None: unknown.
    era: Era | None = None

"""Plain records the read queries return (frozen dataclasses, never ORM objects, so
nothing can lazy-load after the request's session is closed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.db.models import (
    UNDATED,
)

MAX_REDIRECT_HOPS = 5


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class EventFilter:
    """What the timeline shows. Several actors mean events involving ALL of them."""

    actors: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = None
    type: str | None = None
    article: str | None = None
    status: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.actors
            or self.date_from
            or self.date_to
            or self.q
            or self.type
            or self.article
            or self.status
        )


@dataclass(frozen=True, order=True)
class Position:
    """A place in timeline order; the keyset cursor points just after it."""

    sort_date: dt.date
    precision_rank: int
    id: str


@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    name_ru: str
    kind: str
    # participant | speaker (only those are an event's actors).
    role: str = "participant"


@dataclass(frozen=True)
class VenueRef:
    """The place an event happened in (shown; never one of its actors)."""

    id: str
    name: str | None
    name_ru: str


@dataclass(frozen=True)
class ActorCount:
    id: str
    name: str
    name_ru: str
    kind: str
    events: int


@dataclass(frozen=True)
class SourceRef:
    """One mention of an event, with what the page needs of its article (never the text)."""

    mention_id: int
    article_id: str
    file: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    published_how: str
    quote: str
    sent_start: int
    sent_end: int
    date_text: str | None
    date_text_start: int | None
    date_text_end: int | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str
    date_how: str
    planned: bool
    actor_spans: list[Any]


@dataclass(frozen=True)
class EventItem:
    id: str
    title: str
    type: str
    planned: bool
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str
    date_text: str | None
    date_how: str
    sort_date: dt.date
    precision_rank: int
    sources_count: int
    disagreement: list[Any]
    actors: list[ActorRef] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    # happened | planned | postponed | cancelled
    status: str = "happened"
    venue: VenueRef | None = None
    title_en: str | None = None

    @property
    def position(self) -> Position:
        return Position(self.sort_date, self.precision_rank, self.id)

    @property
    def month(self) -> str | None:
        return month_of(self.sort_date)


def month_of(sort_date: dt.date) -> str | None:
    """ "YYYY-MM" of an event's sort date; None for undated events (the timeline's month
    headings and histogram use it for records and stored cards alike)."""
    if sort_date == UNDATED:
        return None
    return f"{sort_date.year:04d}-{sort_date.month:02d}"


@dataclass(frozen=True)
class EventPage:
    events: list[EventItem]
    next: Position | None
    total: int


@dataclass(frozen=True)
class ArticleHead:
    id: str
    file: str
    title: str | None
    outlet: str | None
    author: str | None
    url: str | None
    published: dt.date | None
    published_how: str
    lang: str


@dataclass(frozen=True)
class MentionSpan:
    id: int
    event_id: str
    event_title: str
    sent_start: int
    sent_end: int
    date_text_start: int | None
    date_text_end: int | None
    date_text: str | None
    actor_spans: list[Any]
    # The event's own date and status, for the article's list of its events.
    event_date_start: dt.date | None = None
    event_date_end: dt.date | None = None
    event_precision: str = "unknown"
    event_status: str = "happened"


@dataclass(frozen=True)
class ArticleFull:
    head: ArticleHead
    text: str
    excluded: list[Any]
    mentions: list[MentionSpan]


@dataclass(frozen=True)
class ActorFull:
    actor: ActorCount
    aliases: list[str]

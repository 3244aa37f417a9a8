"""SQLAlchemy 2 models of the domain in DESIGN.md: articles, actors, events, mentions.

Derived data that pages need at scale lives in the tables too and is kept up to date by
ingest (actor event counts, the month histogram, the event date copied into the
event-actor link), so that no page has to count or sort a whole table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Sorting key for events with no date at all: they go last.
UNDATED = dt.date(9999, 12, 31)

# "Finest first" within one sort date (DESIGN.md: timeline order).
PRECISION_RANK: dict[str, int] = {
    "day": 0,
    "range": 1,
    "part": 2,
    "month": 3,
    "year": 4,
    "before": 5,
    "after": 5,
    "unknown": 6,
}


OPEN_START_SQL = "date_start IS NULL AND date_end IS NOT NULL"
OPEN_END_SQL = "date_start IS NOT NULL AND date_end IS NULL"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    file: Mapped[str] = mapped_column(String(512))
    # Where the file was read from: a changed file at the same path replaces its old article.
    path: Mapped[str] = mapped_column(String(2048), index=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    outlet: Mapped[str | None] = mapped_column(String(200))
    author: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2048))
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_how: Mapped[str] = mapped_column(String(32), default="unknown")
    lang: Mapped[str] = mapped_column(String(8), default="ru")
    encoding: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    # Character spans of page furniture (navigation, «Смотрите также», footers): shown in
    # the source view, never read for events.
    excluded: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    # English name; None for an open-world actor whose English name nobody has given.
    name: Mapped[str | None] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    # person | state | body | company | media | intl-org | organisation
    kind: Mapped[str] = mapped_column(String(16))
    # False for people natasha found who are not in the curated gazetteer.
    curated: Mapped[bool] = mapped_column(Boolean, default=True)
    events_count: Mapped[int] = mapped_column(Integer, default=0)

    aliases: Mapped[list[ActorAlias]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ActorAlias(Base):
    """An alias, lemmatised («сергей лавров», «глава мид рф»), so any word form finds it."""

    __tablename__ = "actor_aliases"

    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    alias: Mapped[str] = mapped_column(String(300), primary_key=True, index=True)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(160), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    # In English, when every name in it has an English name; None otherwise (migration 0008).
    title_en: Mapped[str | None] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(32))
    # happened | planned | postponed | cancelled; `planned` is kept as status != happened.
    status: Mapped[str] = mapped_column(String(16), default="happened", server_default="happened")
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    # The place named as where it happened: shown, never one of the event's actors.
    venue_id: Mapped[str | None] = mapped_column(String(120))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16))
    date_text: Mapped[str | None] = mapped_column(String(300))
    date_how: Mapped[str] = mapped_column(String(40))
    # start, else end, else UNDATED: the timeline's order and keyset-paging key.
    sort_date: Mapped[dt.date] = mapped_column(Date)
    precision_rank: Mapped[int] = mapped_column(SmallInteger)
    sources_count: Mapped[int] = mapped_column(Integer, default=0)
    # Other readings of the date when sources disagree: [{"start","end","precision",
    # "text","how","article_id"}...]; empty when they agree.
    disagreement: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # Lemma keys of the happening, used to recognise the same event in other articles.
    signature: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    actor_links: Mapped[list[EventActor]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        Index("ix_events_timeline", "sort_date", "precision_rank", "id"),
        Index("ix_events_type_timeline", "type", "sort_date", "precision_rank", "id"),
        Index("ix_events_status_timeline", "status", "sort_date", "precision_rank", "id"),
        # Open-ended intervals match date filters far from their sort_date (migration 0002).
        Index(
            "ix_events_open_start",
            "sort_date",
            "precision_rank",
            "id",
            sqlite_where=text(OPEN_START_SQL),
            postgresql_where=text(OPEN_START_SQL),
        ),
        Index(
            "ix_events_open_end",
            "sort_date",
            "precision_rank",
            "id",
            sqlite_where=text(OPEN_END_SQL),
            postgresql_where=text(OPEN_END_SQL),
        ),
    )


class EventActor(Base):
    """Event-actor link carrying the event's sort key, so one actor's events are an index
    range already in timeline order (DESIGN.md: measured 0.1-0.3 ms at 1M events)."""

    __tablename__ = "event_actors"

    actor_id: Mapped[str] = mapped_column(
        ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True
    )
    sort_date: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    precision_rank: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True
    )
    # participant | speaker: the roles that make an actor one of the event's actors.
    role: Mapped[str] = mapped_column(
        String(16), default="participant", server_default="participant"
    )

    __table_args__ = (
        Index("ix_event_actors_event", "event_id"),
        # An actor's events of one precision in timeline order (migration 0007).
        Index("ix_event_actors_rank", "actor_id", "precision_rank", "sort_date", "event_id"),
    )


class Mention(Base):
    """Where an article states an event: evidence sentence and date expression spans."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE", onupdate="CASCADE"), index=True
    )
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    sent_start: Mapped[int] = mapped_column(Integer)
    sent_end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    date_text_start: Mapped[int | None] = mapped_column(Integer)
    date_text_end: Mapped[int | None] = mapped_column(Integer)
    date_text: Mapped[str | None] = mapped_column(String(300))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(16))
    date_how: Mapped[str] = mapped_column(String(40))
    planned: Mapped[bool] = mapped_column(Boolean, default=False)
    # [[start, end, actor_id], ...] character spans of actors in the article text.
    actor_spans: Mapped[list[Any]] = mapped_column(JSON, default=list)

    article: Mapped[Article] = relationship(back_populates="mentions")
    event: Mapped[Event] = relationship(back_populates="mentions")


class EventRedirect(Base):
    """An event id that a re-ingest replaced keeps answering with a 301 to its successor."""

    __tablename__ = "event_redirects"

    old_id: Mapped[str] = mapped_column(String(160), primary_key=True)
    new_id: Mapped[str] = mapped_column(String(160), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MonthCount(Base):
    """Events per month (by sort date), precomputed for the unfiltered histogram."""

    __tablename__ = "month_counts"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2025-02"
    count: Mapped[int] = mapped_column(Integer, default=0)


class DateSpan(Base):
    """Per kind of date interval and precision_rank: for "closed" ones (both ends) the longest
    (date_end - sort_date) in days, the honest bound that lets a date filter read an index
    range (app/db/queries.py); for "open_start"/"open_end" which ranks occur at all.

    Kept by triggers on `events` (migration 0002), so no writer has to know about it; it
    only grows, so it is never too small.
    """

    __tablename__ = "date_spans"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # closed|open_start|open_end
    precision_rank: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    max_days: Mapped[int] = mapped_column(Integer)


class DataVersion(Base):
    """One row: a number that triggers on `articles` bump whenever ingest changes anything
    (migration 0006); the web's ETags are made from it."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(BigInteger)


class EventSearch(Base):
    """Full-text content of an event (title, quotes, actor names).

    On SQLite the migration creates this as an FTS5 table over word stems; on PostgreSQL it
    is a plain table with a GIN index on to_tsvector('russian', content). The model maps the
    shared columns only.
    """

    __tablename__ = "event_search"

    event_id: Mapped[str] = mapped_column(String(160), primary_key=True)
    content: Mapped[str] = mapped_column(Text)

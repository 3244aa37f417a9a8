"""Pydantic models of the JSON API, exactly the shapes of DESIGN.md's HTTP contract.

Fields beyond the contract are only ever added (never renamed or removed).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from app.db import cards, queries


class ErrorOut(BaseModel):
    """Every JSON error: what is wrong, and which parameter when one is to blame."""

    detail: str
    param: str | None = None


NOT_FOUND: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorOut, "description": "No such id"}
}
BAD_PARAMS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "A malformed parameter"},
    422: {"model": ErrorOut, "description": "A filter id that names nothing"},
}


class Health(BaseModel):
    status: str
    articles: int
    events: int


class DateOut(BaseModel):
    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str | None
    how: str


class ActorOut(BaseModel):
    """An actor; `name` (English) is null when nobody has given one (open-world actors)."""

    id: str
    name: str | None
    name_ru: str
    kind: str


class EventActorOut(ActorOut):
    # Extension: participant | speaker (an event's actors are only these).
    role: str


class VenueOut(BaseModel):
    """The place an event happened in; `name` (English) is null when not known."""

    id: str
    name: str | None
    name_ru: str


class SourceOut(BaseModel):
    article_id: str
    file: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    quote: str
    date_text: str | None
    url: str
    # Extensions: the mention and what this source says the date is.
    mention_id: int
    date: DateOut


class EventOut(BaseModel):
    id: str
    url: str
    title: str
    type: str
    planned: bool
    # Extension: happened | planned | postponed | cancelled (`planned` == status != happened).
    status: str
    # Extension: where it happened (never one of `actors`).
    venue: VenueOut | None
    date: DateOut
    actors: list[EventActorOut]
    sources: list[SourceOut]
    # Extension: other readings of the date when sources disagree.
    disagreement: list[dict[str, object]]
    # Extension: the title in English, null when a name in it has no English name.
    title_en: str | None = None


class EventsPage(BaseModel):
    events: list[EventOut]
    next: str | None
    total: int


class ActorCountOut(ActorOut):
    events: int


class ActorsOut(BaseModel):
    actors: list[ActorCountOut]


class PublishedOut(BaseModel):
    date: dt.date | None
    how: str


class ArticleSummary(BaseModel):
    id: str
    file: str
    title: str | None
    outlet: str | None
    published: PublishedOut


class ArticlesOut(BaseModel):
    articles: list[ArticleSummary]


class Span(BaseModel):
    start: int
    end: int


class ActorSpan(Span):
    actor_id: str


class MentionOut(BaseModel):
    id: int
    event_id: str
    event_url: str
    sentence: Span
    date: Span | None
    date_text: str | None
    actors: list[ActorSpan]


class ArticleOut(ArticleSummary):
    author: str | None
    url: str | None
    lang: str
    text: str
    excluded: list[Span]
    mentions: list[MentionOut]


event_url = cards.event_url
source_url = cards.source_url


def event_out(e: queries.EventItem) -> EventOut:
    return EventOut(
        id=e.id,
        url=event_url(e.id),
        title=e.title,
        type=e.type,
        planned=e.planned,
        status=e.status,
        venue=(
            VenueOut(id=e.venue.id, name=e.venue.name, name_ru=e.venue.name_ru) if e.venue else None
        ),
        date=DateOut(
            start=e.date_start,
            end=e.date_end,
            precision=e.precision,
            text=e.date_text,
            how=e.date_how,
        ),
        actors=[
            EventActorOut(id=a.id, name=a.name, name_ru=a.name_ru, kind=a.kind, role=a.role)
            for a in e.actors
        ],
        sources=[
            SourceOut(
                article_id=s.article_id,
                file=s.file,
                title=s.title,
                outlet=s.outlet,
                published=s.published,
                quote=s.quote,
                date_text=s.date_text,
                url=source_url(s.article_id, s.mention_id),
                mention_id=s.mention_id,
                date=DateOut(
                    start=s.date_start,
                    end=s.date_end,
                    precision=s.date_precision,
                    text=s.date_text,
                    how=s.date_how,
                ),
            )
            for s in e.sources
        ],
        disagreement=[dict(d) for d in e.disagreement if isinstance(d, dict)],
        title_en=e.title_en,
    )


def event_dict(e: queries.EventItem) -> dict[str, Any]:
    """`event_out(e)` as the plain dict its JSON is made of (app.db.cards.event_json: the
    stored cards are made of it; tests/web compare it with event_out byte for byte)."""
    return cards.event_json(e)


dumps = cards.dumps


def _spans(raw: list[object]) -> list[Span]:
    out: list[Span] = []
    for item in raw:
        if isinstance(item, list | tuple) and len(item) >= 2:
            out.append(Span(start=int(item[0]), end=int(item[1])))
    return out


def article_out(a: queries.ArticleFull) -> ArticleOut:
    h = a.head
    return ArticleOut(
        id=h.id,
        file=h.file,
        title=h.title,
        outlet=h.outlet,
        published=PublishedOut(date=h.published, how=h.published_how),
        author=h.author,
        url=h.url,
        lang=h.lang,
        text=a.text,
        excluded=_spans(a.excluded),
        mentions=[
            MentionOut(
                id=m.id,
                event_id=m.event_id,
                event_url=event_url(m.event_id),
                sentence=Span(start=m.sent_start, end=m.sent_end),
                date=(
                    Span(start=m.date_text_start, end=m.date_text_end)
                    if m.date_text_start is not None and m.date_text_end is not None
                    else None
                ),
                date_text=m.date_text,
                actors=[
                    ActorSpan(start=int(s[0]), end=int(s[1]), actor_id=str(s[2]))
                    for s in m.actor_spans
                    if isinstance(s, list | tuple) and len(s) >= 3
                ],
            )
            for m in a.mentions
        ],
    )


def summary_out(h: queries.ArticleHead) -> ArticleSummary:
    return ArticleSummary(
        id=h.id,
        file=h.file,
        title=h.title,
        outlet=h.outlet,
        published=PublishedOut(date=h.published, how=h.published_how),
    )

"""Articles: lists, the source view with its mentions' spans, overall counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.orm import Session

from app.db.models import (
    Article,
    Event,
    Mention,
)
from app.db.queries.records import (
    ArticleFull,
    ArticleHead,
    MentionSpan,
)

# --------------------------------------------------------------------------- articles

_HEAD_COLUMNS = (
    Article.id,
    Article.file,
    Article.title,
    Article.outlet,
    Article.author,
    Article.url,
    Article.published,
    Article.published_how,
    Article.lang,
)


def _head(r: Any) -> ArticleHead:
    return ArticleHead(
        id=r.id,
        file=r.file,
        title=r.title,
        outlet=r.outlet,
        author=r.author,
        url=r.url,
        published=r.published,
        published_how=r.published_how,
        lang=r.lang,
    )


def list_articles(session: Session, *, limit: int | None = None) -> list[ArticleHead]:
    """Articles, newest first (undated last), without their text."""
    # Walks ix_articles_published (newest first, undated last) instead of sorting them all.
    stmt = select(*_HEAD_COLUMNS).order_by(Article.published.desc().nulls_last(), Article.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [_head(r) for r in session.execute(stmt)]


def article_choices(session: Session, *, limit: int) -> list[tuple[str, str]]:
    """(id, title or file) of the newest articles, for the timeline's article picker."""
    stmt = (
        select(Article.id, func.coalesce(Article.title, Article.file))
        .order_by(Article.published.desc().nulls_last(), Article.id.desc())
        .limit(limit)
    )
    return [(aid, label) for aid, label in session.execute(stmt).tuples()]


def get_article(session: Session, article_id: str) -> ArticleFull | None:
    row = session.execute(
        select(*_HEAD_COLUMNS, Article.text, Article.excluded).where(Article.id == article_id)
    ).first()
    if row is None:
        return None
    mentions = [
        MentionSpan(
            id=r.id,
            event_id=r.event_id,
            event_title=r.title,
            sent_start=r.sent_start,
            sent_end=r.sent_end,
            date_text_start=r.date_text_start,
            date_text_end=r.date_text_end,
            date_text=r.date_text,
            actor_spans=list(r.actor_spans or []),
            event_date_start=r.date_start,
            event_date_end=r.date_end,
            event_precision=r.date_precision,
            event_status=r.status,
        )
        for r in session.execute(
            select(
                Mention.id,
                Mention.event_id,
                Event.title,
                Mention.sent_start,
                Mention.sent_end,
                Mention.date_text_start,
                Mention.date_text_end,
                Mention.date_text,
                Mention.actor_spans,
                Event.date_start,
                Event.date_end,
                Event.date_precision,
                Event.status,
            )
            .join(Event, Event.id == Mention.event_id)
            .where(Mention.article_id == article_id)
            .order_by(Mention.sent_start, Mention.id)
        )
    ]
    return ArticleFull(
        head=_head(row), text=row.text, excluded=list(row.excluded or []), mentions=mentions
    )


def counts(session: Session) -> tuple[int, int]:
    """(articles, events) for /healthz."""
    articles = session.scalar(select(func.count()).select_from(Article)) or 0
    events = session.scalar(select(func.count()).select_from(Event)) or 0
    return articles, events

"""Storing our own sentences and reading the stored events back, for the store tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event, Mention
from app.ingest.pipeline import Pipeline
from app.ingest.store import store_article
from tests.ingest.helpers import raw_article


def store_text(
    session: Session, pipeline: Pipeline, text: str, pub: dt.date | None, file: str
) -> str:
    """Read `text` as article `file` published on `pub`, store it; the store's outcome."""
    session.commit()
    return store_article(session, pipeline.process(raw_article(text, pub, file=file))).outcome


def events_of(session: Session, *types: str) -> list[Event]:
    return list(session.scalars(select(Event).where(Event.type.in_(types))))


def files_of(session: Session, ev: Event) -> set[str]:
    rows = session.scalars(select(Mention).where(Mention.event_id == ev.id))
    return {m.article.file for m in rows}

"""Storing our own sentences and reading the stored events back, for the store tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event, Mention
from app.ingest.dates import DateValue
from app.ingest.events.model import DateReading
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


def day_reading(d: dt.date) -> DateReading:
    """A reading of a stated day («5 марта»)."""
    return DateReading(DateValue(d, d, "day", "explicit"), text="5 марта")


def before_reading(d: dt.date) -> DateReading:
    """«Before» the publication day `d`, no word of the text dating it."""
    return DateReading(DateValue(None, d, "before", "before-publication"), explicit=False)


def undated_reading() -> DateReading:
    """No date at all."""
    return DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False)

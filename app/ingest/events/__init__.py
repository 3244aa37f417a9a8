"""From analysed sentences to timeline events: triggers, attachment, titles, identity.

Pure functions over dataclasses: `extract_events(ArticleInput) -> list[EventCandidate]`;
the store step (app/ingest/store.py) merges candidates with events already stored.
"""

from app.db.vocabulary import EVENT_TYPES
from app.ingest.events.extract import extract_events
from app.ingest.events.model import ArticleInput, EventCandidate, SentenceParse

__all__ = ["EVENT_TYPES", "ArticleInput", "EventCandidate", "SentenceParse", "extract_events"]

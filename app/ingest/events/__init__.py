"""From analysed sentences to timeline events: triggers, attachment, titles, identity.

Pure functions over dataclasses: `extract_events(ArticleInput) -> list[EventCandidate]`;
the store step (app/ingest/store.py) merges candidates with events already stored.
"""

from typing import TYPE_CHECKING

from app.db.vocabulary import EVENT_TYPES
from app.ingest.events.model import ArticleInput, EventCandidate, SentenceParse

if TYPE_CHECKING:
    from app.ingest.events.extract import extract_events


def __getattr__(name: str) -> object:
    # The rules load on first use, not with the package: the ingest process that stores
    # facts reads the model and the identity helpers, never the rules (issue 13).
    if name == "extract_events":
        from app.ingest.events.extract import extract_events

        return extract_events
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EVENT_TYPES", "ArticleInput", "EventCandidate", "SentenceParse", "extract_events"]

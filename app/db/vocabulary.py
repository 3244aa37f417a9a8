"""The data model's closed vocabularies: event types and statuses (DESIGN.md).

Kept in `app.db` so the extractor (which writes them) and the web layer (which filters by
them) read one list; the web process must not import the NLP side.
"""

from __future__ import annotations

# Most specific first: a sentence naming a call and a statement is about the call (the
# extractor's lexicon orders its choices by this tuple).
EVENT_TYPES: tuple[str, ...] = (
    "call",
    "meeting",
    "visit",
    "talks",
    "agreement",
    "sanctions",
    "proposal",
    "exchange",
    "appointment",
    "expiry",
    "interview",
    "press-conference",
    "answers",
    "statement",
)
# `planned` in the API is `status != happened`.
STATUSES: tuple[str, ...] = ("happened", "planned", "postponed", "cancelled")

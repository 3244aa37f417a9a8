"""What became of a trigger's happening as its sentence tells it (the readings of
status.py, in their order): held or to be held by the tense (BY_TENSE), planned,
postponed, cancelled; None when nothing happened («возможная встреча»).
"""

from __future__ import annotations

from app.ingest.events import attribution as words
from app.ingest.events import ongoing
from app.ingest.events.intents import meant_ahead
from app.ingest.events.status import (
    BY_TENSE,
    due_in_past,
    restated_status,
    trigger_status,
)
from app.ingest.events.syntax import VERBAL
from app.ingest.events.trigger_scene import Trigger


def status_told(t: Trigger) -> str | None:
    """The trigger's status, or None when its words tell of nothing done."""
    s, idx, typ, speech = t.s, t.idx, t.typ, t.speech
    toks, parse, parsed = s.toks, s.parse, s.parsed
    status = trigger_status(toks, parse, idx, kind=typ) if parsed else BY_TENSE
    if status is None and speech and parsed and words.after_words(toks, parse, idx):
        # «Кремль не исключает ответных шагов, сообщил Песков»: the possibility is in
        # the words; the verb of saying that closes them was said all the same.
        status = trigger_status(toks, parse, idx, own_words_only=True, kind=typ)
    if parsed and status == BY_TENSE:
        status = restated_status(toks, parse, idx, s.triggers, typ)
    if parsed and status == BY_TENSE and due_in_past(toks, parse, idx):
        status = None  # «должен был прилететь ещё в ноябре»: due, not told as held
    if (
        typ == "statement"
        and status == "planned"
        and parsed
        and toks[idx].pos in VERBAL
        and meant_ahead(toks, parse, idx)
    ):
        return None  # «Блинкен намерен призвать Россию ...»: words meant, not yet said
    if typ == "statement" and status in ("postponed", "cancelled", "planned"):
        # «Консультации перенесли, заявил посол», «По словам посла, консультации
        # перенесли»: what the words say was put off, not the words.
        status = BY_TENSE
    if status is None or (parsed and not speech and ongoing.not_done(toks, parse, idx)):
        return None  # «возможная встреча», «продолжает переговоры»: nothing happened
    return status

"""One contact verb with a list of days: «Лавров и Помпео говорили по телефону 30 марта,
17 апреля и 6 мая», «министры встречались 3 и 9 июня» (the latter one mention to the date
reader, left alone).

Each day listed is a contact of its own (SPEC: an event is one meeting of its parties on its
day): the first stays the candidate the sentence made, every other day is a copy of it dated
by its own mention. Only days joined by commas and «и» right after one another, every one of
them a whole day, and only for contacts held (a visit told over several days is one visit).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.ingest.dates import DateMention
from app.ingest.events.model import DateReading, EventCandidate
from app.ingest.events.split_contacts import SPLIT_KINDS

# What may stand between two days of a list.
_JOINS = frozenset({",", "и"})


def each_day(
    text: str,
    cand: EventCandidate,
    attached: Sequence[DateMention],
    date_of: Callable[[DateMention], DateReading | None],
) -> list[EventCandidate]:
    """Copies of `cand`, one for each day listed after its own (empty when no list)."""
    if cand.type not in SPLIT_KINDS or cand.status != "happened" or len(attached) < 2:
        return []
    days = sorted(attached, key=lambda d: d.start)
    if any(d.value.precision != "day" for d in days):
        return []
    for a, b in zip(days, days[1:], strict=False):
        between = text[a.end : b.start].split()
        if any(w not in _JOINS for w in between) or a.value.start == b.value.start:
            return []
    span = cand.date.span
    if span is None or span[0] != days[0].start:
        return []  # the candidate is not dated by the first day listed
    copies = []
    for d in days[1:]:
        reading = date_of(d)
        if reading is None:
            return []
        copies.append(replace(cand, date=reading, sentence_dates=[reading]))
    return copies

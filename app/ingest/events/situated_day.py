"""A contact named only to situate words is dated by those words when it has no date.

«"Военной операции не будет", — заявил Лавров по итогам переговоров с Сафади»: the talks
are told only as the occasion of the words, with a party of their own besides the speaker,
so they are a happening of their own. Told without a date, they would fall back to "before
publication", yet «по итогам», «в ходе», «во время» put the words at the talks or their
close (anaphora.same_occasion), so on the same day: the words' date (their stated day, or
the publication day they fall back to) is theirs too. «После переговоров» does not: another
day may lie between. A date the contact states itself wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import EventCandidate


def words_day(contact: EventCandidate, cands: Sequence[EventCandidate]) -> None:
    """Give `contact` (a first-told back reference of this sentence) the date of the words
    it situates, told in the same sentence, when it has no date of its own."""
    own = contact.date
    if own.explicit or own.value.precision not in ("before", "unknown"):
        return
    for c in cands:
        if c is contact or c.type not in SPEECH_TYPES or c.planned:
            continue
        if not set(c.sentences) & set(contact.sentences):
            continue
        v = c.date.value
        if v.precision != "day" or v.start is None:
            continue
        contact.date = c.date
        contact.sentence_dates = [c.date] * len(contact.sentences)
        return

"""Two reports of someone's words «ранее» («как ранее сообщал Ушаков», «как заявлял на днях
министр») in articles published far apart are two statements, not one.

Words are news of their week: an outlet that retells a speaker's earlier words does so
while they still bear on its story, so a «before» statement sits shortly before its
article's date. Two such reports of one speaker whose articles are months apart (a visit of
June 2023 and one of August 2024, each with the aide's preview of the documents to be
signed) tell two occasions, however alike their wording; so do a «before» report and words
dated to a day months before its article. A happening retold «ранее» (a
visit, a meeting) is left to the other rules: the past it reaches back to has no such limit.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.events.lexicon import SPEECH_TYPES
from app.ingest.events.model import DateReading

# How far apart the articles of two «before» reports of words may be and still tell one.
WORDS_WINDOW = dt.timedelta(days=62)


def words_far_apart(type_a: str, a: DateReading, type_b: str, b: DateReading) -> bool:
    """Words dated only «before» their article, and another report of words whose date
    (its day, or its own article's «before») is months before or after that article."""
    if type_a not in SPEECH_TYPES or type_b not in SPEECH_TYPES:
        return False
    for vague, other in ((a, b), (b, a)):
        v = vague.value
        if v.how != "before-publication" or v.end is None or v.start is not None:
            continue
        end = other.value.end
        if end is not None and abs(v.end - end) > WORDS_WINDOW:
            return True
    return False

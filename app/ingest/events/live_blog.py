"""A live blog's entries («Трансляция»): each headed by a bare time on a line of its own
(«22.20», «23:05») and no date; the page's own date is their day.

A page of news told as it happens lists short entries under the hour each was posted; the
happenings they tell are of that day, not of some time before the publication. Three
such hours at least make a live blog: one or two bare times are a stamp or a schedule.
"""

from __future__ import annotations

import bisect
import re

from app.ingest.dates import DateMention, DateValue
from app.ingest.events.model import ArticleInput, in_excluded

__all__ = ["live_entries", "stamp"]

_BARE_TIME = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]*$", re.MULTILINE)
LIVE_HOURS = 3  # bare times, at least, that head entries of a live blog


def stamp(text: str, start: int, end: int) -> bool:
    """The span is a bare time on a line of its own: a post's hour, not the time of a
    happening told (dates/sequel.py reads «21.40» as the day of the happening just told;
    the event reader leaves that to live_entries: two such hours are a schedule)."""
    m = _BARE_TIME.search(text, text.rfind("\n", 0, start) + 1)
    return m is not None and m.start() <= start and end <= m.end()


def live_entries(inp: ArticleInput) -> dict[int, DateMention]:
    """Sentence index -> the publication day, for the sentences of a live blog's entries
    (from a bare hour to the next); empty when the page is no live blog or has no date."""
    p = inp.published
    if p is None:
        return {}
    heads = [
        m
        for m in _BARE_TIME.finditer(inp.text)
        if not in_excluded(m.start(), m.end(), inp.excluded)
    ]
    if len(heads) < LIVE_HOURS:
        return {}
    day = DateValue(p, p, "day", "publication-date")
    sentences = inp.analysis.sentences
    ends = [s.end for s in sentences]
    out: dict[int, DateMention] = {}
    for k, m in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else len(inp.text)
        mention = DateMention(m.start(), m.end(), m.group().strip(), day, planned=False, tense=None)
        si = bisect.bisect_right(ends, m.start())
        if si < len(sentences) and sentences[si].start < m.start():
            si += 1  # a sentence run on from the lines above the hour is not the entry's
        while si < len(sentences) and sentences[si].start < stop:
            out.setdefault(si, mention)
            si += 1
    return out

"""A bare time of day in a report is a time of the day being told.

«Раиси прилетел днём с рабочим визитом», «Вечером министр провёл встречу с ...»: no day is
named, only the part of one. It is the day the story is on: the last day the text named
a few sentences back, or, with none, the day of the report itself (agencies name the
time of today's happenings so, and an earlier day by its name or «накануне»). A time of
day opening the sentence is read by when.py's day_gone_on; this reads one standing
anywhere in the sentence, which opens with something else.
"""

from __future__ import annotations

import re

from app.ingest.dates import DateMention, DateValue
from app.ingest.events.model import ArticleInput
from app.ingest.events.when import NARRATIVE_SPAN

# «днём», «поздно вечером», «рано утром»; not «днём ранее» (a date), not «вечером 5 мая»
# (the day is named), not «днём рождения» (a noun phrase).
_BARE = re.compile(
    r"(?<![а-яё])(?:(?:поздно|рано)\s+)?(?:утром|дн[её]м|вечером)"
    r"(?!\s+(?:\d|ранее|раньше|позже|позднее|спустя|рождения|[а-яё]+(?:ого|его)\s+дня))"
    r"(?![а-яё])",
    re.IGNORECASE,
)


def bare_time_day(inp: ArticleInput, si: int) -> DateMention | None:
    """The day sentence `si`'s bare time of day falls on: the last past day named in the
    sentences before (up to NARRATIVE_SPAN), else the publication day; None without a
    bare time of day, or with any date of the sentence's own."""
    sentences = inp.analysis.sentences
    sent = sentences[si]
    if _BARE.search(inp.text, sent.start, sent.end) is None:
        return None
    if any(sent.start <= d.start < sent.end for d in inp.dates):
        return None  # «вчера вечером», «вечером накануне»: the sentence dates itself
    since = sentences[max(0, si - NARRATIVE_SPAN)].start
    told = [
        d
        for d in inp.dates
        if since <= d.start
        and d.end <= sent.start
        and d.value.precision == "day"
        and not d.planned
    ]
    if told:
        return told[-1]
    p = inp.published
    if p is None:
        return None
    value = DateValue(p, p, "day", "publication-date")
    return DateMention(sent.start, sent.start, "", value, planned=False, tense=None)

"""A report of yesterday: a text whose lead tells its news as «вчера».

A daily paper comes out the morning after its news: «Переговоры президентов вчера в Сочи
растянулись почти на весь день». Its lead names the story's day as «вчера», the day before
publication, and the words told undated further on («Министр заявил, что позиции
сближены») were said that day too, at the happening the story tells, not on the morning
the paper came out (an agency's undated «заявил» is the news of the day it is sent out,
said_there.py). story_day.carried_parties lets such words take the story's day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.dates import DateMention
from app.ingest.events.model import ArticleInput, in_excluded

_YESTERDAY = re.compile(r"вчера(?![а-яё])", re.IGNORECASE)


def _prose(text: str) -> bool:
    """A sentence of prose (ends as a sentence does), not a headline or a menu line."""
    return text.rstrip("»\"” )")[-1:] in ".!?…"


def yesterday_day(inp: ArticleInput) -> date | None:
    """The day before publication when the text's first sentence of prose dates its news
    by «вчера» (read as that day); None otherwise or without a publication date."""
    p = inp.published
    if p is None:
        return None
    text = inp.text
    for sent in inp.analysis.sentences:
        if in_excluded(sent.start, sent.end, inp.excluded):
            continue
        if not _prose(text[sent.start : sent.end]):
            continue
        dates = [d for d in inp.dates if sent.start <= d.start < sent.end]
        if not dates:
            return None
        return p - timedelta(days=1) if _told_yesterday(dates[0], p) else None
    return None


def _told_yesterday(d: DateMention, published: date) -> bool:
    v = d.value
    day = published - timedelta(days=1)
    return (
        _YESTERDAY.match(d.text) is not None
        and v.precision == "day"
        and v.start == day
        and v.end == day
    )

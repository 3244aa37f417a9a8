"""An article as ingest sees it: the reader's raw article plus its resolved publication date.

A dateline or time stamp without a year («Москва. 2 февраля.», «3 февраля, 09:55») gets its
year from the text's own dates and tenses (app.ingest.dates.infer_publication_date); when
the text gives no evidence the date stays unknown rather than guessed. Pages of other
layouts state their day elsewhere (a labelled stamp at the end, a stamp glued to the
headline, the body's own dateline: app.ingest.dates.page_stamp; a stamp without its year
on a page whose copyright ends in that year: app.ingest.dates.page_year; the one year
the terms of the text's dated roles allow that day in, «глава Минэкономразвития Герман Греф»
with «торговый представитель США Сьюзан Шваб»: app.ingest.dates.era), and a site's
today bar gives way to the article's own stamp. An article left
without a publication date gets its era: the spans of time its dated roles allow
(«президент США Джо Байден», app.ingest.dates.era), which date resolution may use.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.ingest.dates import extract_dates, infer_publication_date
from app.ingest.dates.era import Era, day_in_era, era_of
from app.ingest.dates.lexicon import WEEKDAY_ACC, weekday_number
from app.ingest.dates.page_stamp import over_viewing_bar, page_date
from app.ingest.dates.page_year import year_of_yearless_stamp
from app.ingest.dates.publication import year_from_links
from app.ingest.reading import RawArticle, RejectedFile, iter_sources, mask_spans, read_source

if TYPE_CHECKING:
    from app.ingest.actors.gazetteer import Gazetteer

# DESIGN.md's name for a publication date read off the text (the reader says "inferred").
INFERRED = "inferred-from-text"


@dataclass(frozen=True)
class PreparedArticle:
    raw: RawArticle
    published: dt.date | None
    published_how: str
    # The text with page furniture blanked out (same length: offsets stay valid).
    body: str
    # No publication date: the spans of time the text's dated roles allow (None: no such role).
    era: Era | None = None


def prepare(
    raw: RawArticle, gazetteer: Gazetteer | None = None, today: dt.date | None = None
) -> PreparedArticle:
    """The article with its publication date resolved; `gazetteer` (the packaged one when
    None) is read only for an article left without a publication date; `today` (the
    reading day when None) is the latest day a year read off a weekday may give."""
    body = mask_spans(raw.text, raw.excluded)
    era: Era | None = None
    era_read = False  # the era is read once, and only for an article left undated
    published, how = raw.published, str(raw.published_how)
    bar = _stamp_line(raw)
    if how != "dateline" and bar is not None:  # the site's today bar is not the stamp
        own = over_viewing_bar(raw.text, bar, raw.title)
        if own is not None:
            published, how = own, "header"
    if published is None:  # a labelled stamp, a headline stamp, the body's dateline
        found = page_date(raw.text, raw.title, raw.partial_date, how, body)
        if found is not None:
            published, how = found.published, found.how
    if published is None and raw.partial_date is not None:
        day, month = raw.partial_date
        weekday = _lead_weekday(raw) if how == "dateline" else None
        published = infer_publication_date(body, day, month, weekday, today)
        if published is None and how == "dateline":
            published = year_from_links(raw.text, day, month)
        if published is None:  # a stamp's hour without its year, the page's copyright year
            published = year_of_yearless_stamp(raw.text, body, day, month)
        if published is None and body.strip():  # the one year the text's dated roles allow
            era, era_read = era_of(body, gazetteer), True
            published = day_in_era(era, day, month)
        if published is None:
            how = "unknown"
        elif how not in ("dateline", "header"):
            how = INFERRED
    elif published is None:
        how = "unknown"
    if published is not None or not body.strip():
        era = None
    elif not era_read:
        era = era_of(body, gazetteer)
    return PreparedArticle(
        raw=replace(raw), published=published, published_how=how, body=body, era=era
    )


def _stamp_line(raw: RawArticle) -> str | None:
    """The line holding the stamp the layout reader took, if any."""
    if raw.date_span is None:
        return None
    at = raw.date_span[0]
    return raw.text[raw.text.rfind("\n", 0, at) + 1 :].split("\n", 1)[0]


_LEAD_WEEKDAY = re.compile(r"(?<![а-яё])во? (" + WEEKDAY_ACC + ")", re.IGNORECASE)


def _lead_weekday(raw: RawArticle) -> int | None:
    """The weekday named in the sentence right after an agency dateline, if any: agencies
    date their lead by the dateline and name the same day by its weekday («Москва.
    2 февраля. ... заявили в понедельник»)."""
    if raw.date_span is None:
        return None
    # the lead starts after the dateline and its agency's credit («— РИА Новости.»), which
    # the layout reader set aside with the dateline
    after = max((b for a, b in raw.excluded if a <= raw.date_span[0] < b), default=0)
    rest = raw.text[max(raw.date_span[1], after) :]
    lead = re.split(r"(?<=[.!?])\s", rest.lstrip(" .-–—"), maxsplit=1)[0]
    for found in extract_dates(lead, None):
        # «Путин в понедельник вылетит в Париж, сообщил в пятницу Ушаков»: the weekday of
        # a future happening is a day after the news; the day of the telling is the
        # dateline's
        if found.tense == "future":
            continue
        m = _LEAD_WEEKDAY.search(lead, found.start, found.end)
        if m is not None:
            return weekday_number(m.group(1))
    return None


def load_article(path: str) -> PreparedArticle:
    """Read one file as ingest would (for `letopis dates --file`)."""
    for src in iter_sources([path]):
        if isinstance(src, RejectedFile):
            raise src
        return prepare(read_source(src))
    raise RejectedFile(path, "no article in this file")

"""An article as ingest sees it: the reader's raw article plus its resolved publication date.

A dateline or time stamp without a year («Москва. 2 февраля.», «3 февраля, 09:55») gets its
year from the text's own dates and tenses (app.ingest.dates.infer_publication_date); when
the text gives no evidence the date stays unknown rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from app.ingest.dates import infer_publication_date
from app.ingest.dates.lexicon import WEEKDAY_ACC, weekday_number
from app.ingest.reading import RawArticle, RejectedFile, iter_sources, mask_spans, read_source

# DESIGN.md's name for a publication date read off the text (the reader says "inferred").
INFERRED = "inferred-from-text"


@dataclass(frozen=True)
class PreparedArticle:
    raw: RawArticle
    published: dt.date | None
    published_how: str
    # The text with page furniture blanked out (same length: offsets stay valid).
    body: str


def prepare(raw: RawArticle) -> PreparedArticle:
    body = mask_spans(raw.text, raw.excluded)
    published, how = raw.published, str(raw.published_how)
    if published is None and raw.partial_date is not None:
        day, month = raw.partial_date
        weekday = _lead_weekday(raw) if how == "dateline" else None
        published = infer_publication_date(body, day, month, weekday)
        if published is None:
            how = "unknown"
        elif how not in ("dateline", "header"):
            how = INFERRED
    elif published is None:
        how = "unknown"
    return PreparedArticle(raw=replace(raw), published=published, published_how=how, body=body)


_LEAD_WEEKDAY = re.compile(r"(?<![а-яё])во? (" + WEEKDAY_ACC + ")", re.IGNORECASE)


def _lead_weekday(raw: RawArticle) -> int | None:
    """The weekday named in the sentence right after an agency dateline, if any: agencies
    date their lead by the dateline and name the same day by its weekday («Москва.
    2 февраля. ... заявили в понедельник»)."""
    if raw.date_span is None:
        return None
    rest = raw.text[raw.date_span[1] :]
    lead = re.split(r"(?<=[.!?])\s", rest.lstrip(" .-–—"), maxsplit=1)[0]
    m = _LEAD_WEEKDAY.search(lead)
    return weekday_number(m.group(1)) if m else None


def load_article(path: str) -> PreparedArticle:
    """Read one file as ingest would (for `letopis dates --file`)."""
    for src in iter_sources([path]):
        if isinstance(src, RejectedFile):
            raise src
        return prepare(read_source(src))
    raise RejectedFile(path, "no article in this file")

"""The day a sentence says its own news was made known: «Посол вызван в МИД, пишет 12
октября агентство», «Как стало известно накануне, МИД выразил протест ...». News told on a
day happened that day, as when the next sentence says so («Об этом в среду сообщили»,
when.day_reported): the day of the telling dates the happening the sentence tells without
a date of its own. Only a day told in the clause of the telling itself counts: the opening
«как стало известно ...,» or the closing «..., сообщил ... X»."""

from __future__ import annotations

import re

from app.ingest.dates import DateMention
from app.ingest.events.model import ArticleInput

_TELLING = (
    r"(?:стало\s+известно|сообщ[а-яё]+|переда[её]т|передал[а-яё]*|пиш[еу]т"
    r"|заявил[а-яё]*|рассказал[а-яё]*|информиру[а-яё]+|уточнил[а-яё]*)"
)
# «Как стало известно накануне, ...», «Как сообщили в среду в МИД, ...»
_OPENING = re.compile(rf"\s*как\s+(?:уже\s+)?{_TELLING}(?![а-яё])[^,]*,", re.IGNORECASE)
# «..., пишет 12 октября агентство ЧТК», «..., сообщили в пятницу в МИД»
_CLOSING = re.compile(rf",\s*(?:[—–-]\s*)?{_TELLING}(?![а-яё])[^,;:]*$", re.IGNORECASE)


def day_told(inp: ArticleInput, si: int) -> DateMention | None:
    """The past day the telling clause of sentence `si` names, when the sentence names no
    other date."""
    sent = inp.analysis.sentences[si]
    text = inp.text[sent.start : sent.end].rstrip(" .!…\"»”")
    spans = []
    if (m := _OPENING.match(text)) is not None:
        spans.append((sent.start + m.start(), sent.start + m.end()))
    if (m := _CLOSING.search(text)) is not None:
        spans.append((sent.start + m.start(), sent.start + m.end()))
    mine = [d for d in inp.dates if sent.start <= d.start and d.end <= sent.end]
    told = [d for d in mine if any(a <= d.start and d.end <= b for a, b in spans)]
    if len(told) != 1 or len(mine) > 1:
        return None  # another date of the sentence may be the happening's own
    day = told[0]
    return day if day.value.precision == "day" and not day.planned else None

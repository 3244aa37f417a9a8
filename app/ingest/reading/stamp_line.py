"""One time stamp line of a page («3 февраля, 09:55», «03.02.2026 10:15», «Опубликовано:
2 февраля 2026 г.», «Коммерсантъ  Мир  04.11.2021, 14:32», «Опубликовано 10.12.2019 12:30 •
Изменено 10.12.2019 18:02»): its full date or its day and month, and the span of the date.
layout.py decides which line of a page is the stamp; this module reads one line.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .furniture import (
    _SEGMENTS_RE,
    _TIMESTAMP_RE,
    _WEEKDAY,
    _valid_date,
    _valid_day_month,
)
from .months import MONTH_PATTERN, month_number
from .spans import Span

__all__ = ["stamp", "timestamp"]


def timestamp(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """A time stamp line, or a header line whose last segment is one (after the outlet and
    the rubric: «Коммерсантъ  Мир  04.11.2021, 14:32»)."""
    blank = _without_pictographs(s)
    lead = len(blank) - len(blank.lstrip(" "))
    if blank != s and (found := _timestamp(blank[lead:])) is not None:
        full, partial, (a, b) = found
        return full, partial, (a + lead, b + lead)
    return _timestamp(s)


def _timestamp(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    # An issue line is read whole: a weekly's «20–26 ноября 2001» is no outlet before a stamp.
    if _ISSUE_RE.match(s) and (found := _issue_stamp(s)) is not None:
        return found
    found = stamp(s) or _stamp_with_label(s) or _stamp_with_credit(s) or _stamp_with_outlet(s)
    if found is not None:
        return found
    cuts = list(_SEGMENTS_RE.finditer(s))
    # «Опубликовано 10.12.2019 12:30 • Изменено 10.12.2019 18:02»: of the stamps a line
    # labels, the publication's is the one labelled so; the others are later edits
    for off in (0, *(c.end() for c in cuts)):
        if _PUBLISHED_LABEL_RE.match(s, off) and (found := stamp(_segment(s, off))):
            full, partial, (a, b) = found
            return full, partial, (a + off, b + off)
    found = _stamp_then_furniture(s) or _issue_stamp(s)
    if found is not None or not cuts:
        return found
    off = cuts[-1].end()
    found = stamp(s[off:])
    if found is None:
        return None
    full, partial, (a, b) = found
    return full, partial, (a + off, b + off)


def _without_pictographs(s: str) -> str:
    """The line with its pictographs blanked («📅 05.08.2008 🕐 12:41»: a calendar and a
    clock standing for the labels), one space each so that offsets stay valid."""
    if s.isascii():
        return s
    # «№» is a symbol too, but the word of an issue line, not a pictograph
    return "".join(
        " " if (unicodedata.category(c) == "So" and c != "№") or c == "\ufe0f" else c for c in s
    )


_PUBLISHED_LABEL_RE = re.compile(
    r"(?:Опубликован[оа]?|Дата публикации|Опубліковано|Published|Posted)\b", re.IGNORECASE
)


# A label after a stamp's hour: the place of an official transcript («… 16:10 Москва,
# Кремль», «… 13:00 Ново-Огарёво, Московская область») or the rubric («… 21:29 • Новости
# дня», «… 18:35Политика»): up to three words, the first capitalised, no digit, no
# preposition, no sentence end. The hour follows the date directly: «12 мая в 13:00 Путин
# встретится …» is a headline announcing an hour, not a stamp.
_HOUR_RE = re.compile(r"(?<![\d\s])(?<!\sв)[\s,]+\d{1,2}:\d{2}(?!\d)")
_LABEL_RE = re.compile(r"^\s*[,|·•—–-]?\s*[A-ZА-ЯЁ][\w-]*(?:(?:,\s*|\s+)[\w-]{3,}){0,2}\s*$")


def _stamp_with_label(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """A stamp line whose hour is followed by a place or a rubric label."""
    hours = list(_HOUR_RE.finditer(s))
    if not hours:
        return None
    cut = hours[-1].end()
    label = s[cut:]
    if not label.strip() or not _LABEL_RE.match(label) or any(c.isdigit() for c in label):
        return None
    return stamp(s[:cut])


# A source credit after the stamp («7 декабря 2023, источник: ТАСС», «10:15 · Источник:
# РИА Новости»): a portal retelling an agency stamps the page, then names the agency; or
# who put the item up («11-08-2013, 13:11. Разместил: Редакция», «… | Автор: И. Петров»).
_CREDIT_RE = re.compile(
    r"\s*[,.|·•/—–-]?\s*(?:источник|source|разместил[а]?|добавил[а]?|автор|author"
    r"|posted by)\s*:\s*[^\d\n]{2,40}$",
    re.IGNORECASE,
)


def _stamp_with_credit(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """A stamp line ending with the source it retells."""
    credit = _CREDIT_RE.search(s)
    if credit is None or credit.start() == 0:
        return None
    return stamp(s[: credit.start()]) or _stamp_with_label(s[: credit.start()])


# The outlet in brackets after the stamp («17 сентября 2016, 12:13 [ «Вестник» ]», «… 12:13
# (Вестник)»): a portal names the paper it reprints, or its own name, as a stamp's tail.
# A name opens with a capital or a quote: «(фото)» is no outlet.
_OUTLET_RE = re.compile(r"\s*[\[(]\s*[«\"A-ZА-ЯЁ][^\[\]()\d\n]{1,40}?\s*[\])]\s*$")


def _stamp_with_outlet(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """A stamp line ending with an outlet's name in brackets."""
    outlet = _OUTLET_RE.search(s)
    if outlet is None or outlet.start() == 0:
        return None
    return stamp(s[: outlet.start()])


# A full date and its hour opening the line, then the page's furniture after a separator or
# a weekday: the rubric and the byline («30 мар. 2023, 17:40 | Политика | И. Бородин»), the
# counters («23.06.2020 08:40 | 1 843 просмотра | 12 комментариев»), the reading time
# («05.10.2023 16:20 · Редакция · 3 мин. чтения»), the day's name («10 мая 2012 09:32
# Четверг»). A date with its hour at the head of a line is a stamp whatever follows it.
_FIRST_HOUR_RE = re.compile(r"(?<!\d)\d{1,2}:\d\d(?![\d:])")
_FURNITURE_TAIL_RE = re.compile(rf"\s*(?:(?://|[|·•/—–])\s*\S|{_WEEKDAY}\b)", re.IGNORECASE)
_TAIL_MAX = 80  # furniture is short; a longer tail may be a headline run into the stamp


def _stamp_then_furniture(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """A stamp with its year and hour opening a line, the page's furniture after it."""
    hour = _FIRST_HOUR_RE.search(s)
    if hour is None or len(s) - hour.end() > _TAIL_MAX:
        return None
    if not _FURNITURE_TAIL_RE.match(s, hour.end()):
        return None
    found = stamp(s[: hour.end()])
    return found if found is not None and found[0] is not None else None


# A newspaper's issue line: «№ 46 (146) от 30 ноября 2009 года», «N°40, 10 марта 2009»,
# «№ 92 (703) | 25 мая 2002 года | Суббота»: the issue's date is the day the article went
# out. A weekly's issue spans its week («№47 (1115), 20–26 ноября 2001»): it went out on
# the week's first day.
_ISSUE_RE = re.compile(r"^\s*(?:№|N°|No\.?)\s*\d{1,5}(?:\s*\(\d{1,6}\))?\s*(?:,|от|\|)?\s*")
_WEEK_RE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:\s+(?P<m1>{MONTH_PATTERN}))?\s*[–—-]\s*\d{{1,2}}\s+"
    rf"(?P<m>{MONTH_PATTERN})\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?"
)
_WEEKDAY_TAIL_RE = re.compile(rf"(?i)\s*(?:года|г\.)?\s*(?:[|•·,]\s*)?{_WEEKDAY}?\s*$")


def _issue_stamp(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """The full date of an issue line: a weekly's week, or the issue's day."""
    m = _ISSUE_RE.match(s)
    if m is None or m.end() == len(s):
        return None
    week = _WEEK_RE.match(s, m.end())
    if week is not None and _WEEKDAY_TAIL_RE.fullmatch(s, week.end()):
        mo = month_number(week["m1"] or week["m"])
        first = _valid_date(int(week["y"]), mo, int(week["d"])) if mo else None
        return (first, None, (week.start(), week.end())) if first else None
    return _issue_day(s, m.end())


def _issue_day(s: str, off: int) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """The full date after an issue's number: the rest of the line, or its segment up to a
    bar followed by nothing but a weekday («25 мая 2002 года | Суббота»)."""
    found = stamp(s[off:])
    if found is None:
        found = stamp(_segment(s, off))
        if found is None or not _WEEKDAY_TAIL_RE.fullmatch(s, off + found[2][1]):
            return None
    full, partial, (a, b) = found
    return (full, partial, (a + off, b + off)) if full is not None else None


_YEAR_OR_HOUR_RE = re.compile(r"\d{4}|\d[:.]\d\d")


def _segment(s: str, off: int) -> str:
    """The segment of a header line from ``off`` to the next separator."""
    cut = _SEGMENTS_RE.search(s, off)
    return s[off : cut.start()] if cut else s[off:]


def stamp(s: str) -> tuple[date | None, tuple[int, int] | None, Span] | None:
    """The stamp a line opens with, its whole text being the stamp (no outlet before it)."""
    m = _TIMESTAMP_RE.match(s)
    if not m:
        return None
    if m["rub"] and not _YEAR_OR_HOUR_RE.search(s, m.end("rub")):
        return None  # «Парад 9 мая» is a headline; «Азия 05 августа, 2022 / 15:23» a stamp
    if m["d"]:
        d, mo, y, span = int(m["d"]), month_number(m["m"]), m["y"], m.span("d")
        end = m.end("y") if m["y"] else m.end("m")
    elif m["d2"]:
        d, mo, y = int(m["d2"]), int(m["m2"]), m["y2"]
        span, end = m.span("d2"), m.end("y2")
    elif m["y3"]:
        d, mo, y = int(m["d3"]), int(m["m3"]), m["y3"]
        span, end = m.span("y3"), m.end("d3")
    else:
        d, mo, y = int(m["d4"]), month_number(m["m4"]), m["y4"]
        span = m.span("m4")
        end = m.end("y4") if m["y4"] else m.end("d4")
    if mo is None:
        return None
    date_span = (span[0], end)
    if y:
        year = int(y) + (2000 if len(y) == 2 else 0)
        full = _valid_date(year, mo, d)
        return (full, None, date_span) if full else None
    if not _valid_day_month(d, mo):
        return None
    return (None, (d, mo), date_span)

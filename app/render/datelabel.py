"""Honest date labels: say a date exactly as precisely as it is known, in the UI language.

«12 февраля 2025», «март 2025», «конец 2025», «до 30 декабря 2025» / "12 Feb 2025",
"March 2025", "late 2025", "before 30 Dec 2025"; never a fake day for a month or a year.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from app.render import i18n


def day(d: dt.date, lang: str, *, year: bool = True) -> str:
    if lang == "ru":
        s = f"{d.day} {i18n.MONTHS_RU_GEN[d.month - 1]}"
    else:
        s = f"{d.day} {i18n.MONTHS_EN_SHORT[d.month - 1]}"
    return f"{s} {d.year}" if year else s


def month(d: dt.date, lang: str) -> str:
    names = i18n.MONTHS_RU if lang == "ru" else i18n.MONTHS_EN
    return f"{names[d.month - 1]} {d.year}"


@lru_cache(maxsize=4096)
def month_key_label(key: str, lang: str) -> str:
    """ "2025-03" -> «март 2025» / "March 2025"."""
    return month(dt.date(int(key[:4]), int(key[5:7]), 1), lang)


_PARTS = {
    "early": ("early", "начало"),
    "mid": ("mid", "середина"),
    "late": ("late", "конец"),
}


def _part_word(which: str, lang: str) -> str:
    en, ru = _PARTS[which]
    return ru if lang == "ru" else en


def _last_day(d: dt.date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def _part(start: dt.date, end: dt.date, lang: str) -> str | None:
    """«начало февраля 2025», «конец 2025»...; None when the interval is no such part."""
    if start.year != end.year:
        return None
    if start.month == end.month:
        which = "early" if start.day == 1 else "late" if end.day == _last_day(end) else "mid"
        if lang == "ru":
            return f"{_part_word(which, lang)} {i18n.MONTHS_RU_GEN[start.month - 1]} {start.year}"
        return f"{_part_word(which, lang)} {i18n.MONTHS_EN[start.month - 1]} {start.year}"
    starts_year = start.month == 1 and start.day == 1
    ends_year = end.month == 12 and end.day == 31
    if starts_year and ends_year:
        return str(start.year)
    which = "early" if starts_year else "late" if ends_year else "mid"
    return f"{_part_word(which, lang)} {start.year}"


def _range(start: dt.date, end: dt.date, lang: str) -> str:
    if start == end:
        return day(start, lang)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{day(end, lang)}"
    if start.year == end.year:
        return f"{day(start, lang, year=False)} – {day(end, lang)}"
    return f"{day(start, lang)} – {day(end, lang)}"


@lru_cache(maxsize=16384)
def label(start: dt.date | None, end: dt.date | None, precision: str, lang: str) -> str:
    """The date of an event or a mention as a person would write it."""
    ru = lang == "ru"
    if precision == "before" and end is not None:
        return f"{'до' if ru else 'before'} {day(end, lang)}"
    if precision == "after" and start is not None:
        return f"{'после' if ru else 'after'} {day(start, lang)}"
    if start is None or end is None:
        if start is None and end is not None:
            return f"{'до' if ru else 'before'} {day(end, lang)}"
        if start is not None:
            return f"{'после' if ru else 'after'} {day(start, lang)}"
        return i18n.t("date_unknown", lang)
    if precision == "day":
        return day(start, lang)
    if precision == "month":
        return month(start, lang)
    if precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == "part":
        return _part(start, end, lang) or _range(start, end, lang)
    return _range(start, end, lang)


def iso_interval(start: dt.date | None, end: dt.date | None) -> str:
    """Machine-readable form for <time datetime>: a day, or "start/end"."""
    if start is not None and start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def reason(
    *,
    date_text: str | None,
    how: str,
    planned: bool,
    published: dt.date | None,
    result: str,
    lang: str,
) -> str:
    """Why a date is what it is, in words.

    «12 февраля» in an article of 30 Dec 2025 (year from the publication date, past
    tense) -> 12 Feb 2025.
    """
    parts: list[str] = []
    if date_text:
        parts.append(f"«{date_text}»")
    else:
        parts.append(i18n.t("no_date_text", lang))
    if published is not None:
        parts.append(f"{i18n.t('in_article_of', lang)} {day(published, lang)}")
    why = i18n.how(how, lang)
    if how in {"year-from-publication", "weekday-from-publication", "year-from-context"}:
        why += ", " + i18n.t("future_tense" if planned else "past_tense", lang)
    return f"{' '.join(parts)} ({why}) → {result}"

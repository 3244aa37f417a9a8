"""Month names as they appear in news datelines: Russian, Ukrainian, English."""

from __future__ import annotations

import re

__all__ = ["MONTH_PATTERN", "month_number"]

_MONTHS: dict[str, int] = {}


def _add(month: int, *names: str) -> None:
    for name in names:
        _MONTHS[name] = month


# Russian (genitive, nominative, abbreviations), Ukrainian (genitive, nominative), English
_add(1, "января", "январь", "янв", "січня", "січень", "january", "jan")
_add(2, "февраля", "февраль", "фев", "февр", "лютого", "лютий", "february", "feb")
_add(3, "марта", "март", "мар", "березня", "березень", "march", "mar")
_add(4, "апреля", "апрель", "апр", "квітня", "квітень", "april", "apr")
_add(5, "мая", "май", "травня", "травень", "may")
_add(6, "июня", "июнь", "июн", "червня", "червень", "june", "jun")
_add(7, "июля", "июль", "июл", "липня", "липень", "july", "jul")
_add(8, "августа", "август", "авг", "серпня", "серпень", "august", "aug")
_add(9, "сентября", "сентябрь", "сен", "сент", "вересня", "вересень", "september", "sep", "sept")
_add(10, "октября", "октябрь", "окт", "жовтня", "жовтень", "october", "oct")
_add(11, "ноября", "ноябрь", "ноя", "нояб", "листопада", "листопад", "november", "nov")
_add(12, "декабря", "декабрь", "дек", "грудня", "грудень", "december", "dec")

#: Regex alternation matching one month name (in any case), longest names first,
#: not followed by another letter; an abbreviation may carry a dot.
MONTH_PATTERN = (
    "(?i:"
    + "|".join(re.escape(n) for n in sorted(_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])\.?"
)


def month_number(name: str) -> int | None:
    """1..12 for a month name or abbreviation (any case, trailing dot allowed)."""
    return _MONTHS.get(name.lower().rstrip("."))

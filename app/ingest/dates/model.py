"""The date model: an inclusive interval, a precision and a reason (``how``).

See ../shared/DESIGN.md, section "Date model". Every value is honest: a month is the
whole month, never its first day; an expression with nothing to anchor on is
``unknown`` (null..null) rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "month", "year", "part", "range", "before", "after", "unknown"]

How = Literal[
    "explicit",
    "numeric",
    "year-from-publication",
    "year-from-context",
    "year-from-weekday",
    "weekday-from-publication",
    "publication-date",
    "relative",
    "before-publication",
    "unanchored",
    "year-unknown",
    "from-stated-date",
]

Tense = Literal["past", "present", "future"]

HOW_EXPLAINED: dict[str, str] = {
    "explicit": "The text states the date or period in words, year included.",
    "numeric": "The text writes the date in digits (12.02.2025, 2025-02-12, 23.01.26).",
    "year-from-publication": "Day or month without a year; the year fits the publication "
    "date and the tense of the sentence.",
    "year-from-context": "Day or month without a year; the year is the one stated earlier "
    "in the same text (in an article without a publication date: the year of the nearest full "
    "date stated after it, or the only year the text states).",
    "year-from-weekday": "Day and month without a year; the named weekday fixes the year.",
    "weekday-from-publication": "A weekday counted from the publication date in the "
    "direction of the sentence's tense.",
    "publication-date": "The publication date itself («сегодня»).",
    "relative": "A relative expression (вчера, на прошлой неделе, в прошлом году, "
    "три дня назад) counted from the publication date.",
    "before-publication": "«ранее», «недавно», «прежде», «на днях»: some time before publication.",
    "unanchored": "A temporal expression with nothing to anchor it on (no publication "
    "date, no year in the text).",
    "year-unknown": "Day or month without a year in an article without a publication date, "
    "and nothing in the text settles the year: the date stays unknown rather than guessed.",
    "from-stated-date": "Counted from a day the text has just stated («в тот же день», "
    "«днём ранее», «на следующий день», «накануне» after «12 марта»).",
}

HOW_VALUES: tuple[str, ...] = tuple(HOW_EXPLAINED)


@dataclass(frozen=True, slots=True)
class DateValue:
    """An inclusive interval ``start..end`` with its precision and its reason."""

    start: date | None
    end: date | None
    precision: Precision
    how: How


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression found in a text, with its character span and its value."""

    start: int
    end: int
    text: str
    value: DateValue
    planned: bool
    tense: Tense | None


UNKNOWN = DateValue(None, None, "unknown", "unanchored")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def mention_to_json(m: DateMention) -> dict[str, Any]:
    """The JSON form used by ``letopis dates``."""
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "date": {
            "start": _iso(m.value.start),
            "end": _iso(m.value.end),
            "precision": m.value.precision,
            "how": m.value.how,
        },
        "planned": m.planned,
    }

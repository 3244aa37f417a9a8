"""A day and month with no year (an article without a publication date) beside another
report: app/ingest/events/yearless.py and its use in identity.same_happening."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import identity, yearless
from app.ingest.events.model import DateReading

D = dt.date


def day(d: D) -> DateReading:
    return DateReading(DateValue(d, d, "day", "explicit"), text=str(d))


def yearless_text(text: str) -> DateReading:
    """What the date reader makes of a day-month in an article without a date."""
    return DateReading(DateValue(None, None, "unknown", "year-unknown"), text=text)


PUBLICATION = DateReading(DateValue(D(2022, 3, 14), D(2022, 3, 14), "day", "publication-date"))
NO_KEYS: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        ("14 марта", (3, 14)),
        ("в пятницу, 9 сентября", (9, 9)),
        ("29 февраля", (2, 29)),
        ("сегодня", None),  # nothing of a calendar day in it
        ("на прошлой неделе", None),
        ("в среду", None),  # a weekday alone: unanchored.py
        ("5–6 октября", None),  # a stay of days, not one day
        ("14 марта 2022 года", None),  # with a year the reader resolves it (not yearless)
    ],
)
def test_day_month(text: str, month_day: tuple[int, int] | None) -> None:
    r = yearless_text(text)
    if text.endswith("года"):
        r = DateReading(DateValue(D(2022, 3, 14), D(2022, 3, 14), "day", "explicit"), text=text)
    assert yearless.day_month(r) == month_day


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (yearless_text("14 марта"), day(D(2022, 3, 14)), True),
        (day(D(2022, 9, 9)), yearless_text("в пятницу, 9 сентября"), True),
        (day(D(2019, 9, 9)), yearless_text("в пятницу, 9 сентября"), False),  # a Monday
        (yearless_text("15 марта"), day(D(2022, 3, 14)), False),
        # A publication date says when a report was written, not the happening's day.
        (yearless_text("14 марта"), PUBLICATION, False),
        (yearless_text("14 марта"), yearless_text("14 марта"), False),
    ],
)
def test_names_day(a: DateReading, b: DateReading, same: bool) -> None:
    assert yearless.names_day(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("3 апреля", "19 октября", True),
        ("3 апреля", "4 апреля", False),  # outlets a day apart on one happening
        ("30 декабря", "1 января", False),  # across the turn of a year
        ("3 апреля", "на днях", False),  # nothing to measure
    ],
)
def test_days_apart(a: str, b: str, apart: bool) -> None:
    assert yearless.days_apart(yearless_text(a), yearless_text(b)) is apart


def test_a_reprint_without_a_year_joins_the_dated_call() -> None:
    """«Лидеры созвонились 14 марта» in a reprint without a date, and the call of
    14 March 2022 of the same two: one call."""
    assert identity.same_happening(
        "call", ["scholz", "putin"], day(D(2022, 3, 14)), NO_KEYS,
        "call", ["putin", "scholz"], yearless_text("14 марта"), NO_KEYS,
    )  # fmt: skip
    assert not identity.same_happening(
        "call", ["scholz", "putin"], day(D(2022, 3, 14)), NO_KEYS,
        "call", ["putin", "scholz"], yearless_text("2 мая"), NO_KEYS,
    )  # fmt: skip


def test_a_meeting_and_talks_of_a_yearless_day() -> None:
    assert identity.same_happening(
        "meeting", ["lavrov", "fidan"], day(D(2024, 6, 11)), NO_KEYS,
        "talks", ["fidan", "lavrov"], yearless_text("во вторник, 11 июня"), NO_KEYS,
    )  # fmt: skip


def test_two_yearless_days_months_apart_are_two_happenings() -> None:
    """Two undated reprints of a body's sanctions, one «3 апреля», one «19 октября»:
    however alike their words, two rounds of sanctions."""
    keys = frozenset({"внес", "банк", "список", "санкцион", "блокир"})
    assert not identity.same_happening(
        "sanctions", ["treasury"], yearless_text("3 апреля"), keys,
        "sanctions", ["treasury"], yearless_text("19 октября"), keys,
    )  # fmt: skip
    assert identity.same_happening(
        "sanctions", ["treasury"], yearless_text("3 апреля"), keys,
        "sanctions", ["treasury"], yearless_text("3 апреля"), keys,
    )  # fmt: skip


def test_one_bodys_sanctions_of_a_yearless_day_need_a_shared_target() -> None:
    """«Минфин 3 апреля ввёл санкции» in an undated reprint is not, by its day alone, the
    dated package of 3 April: a body may announce several packages in a day. A shared
    target makes it the same act."""
    dated = day(D(2023, 4, 3))
    assert not identity.same_happening(
        "sanctions", ["treasury"], dated, NO_KEYS,
        "sanctions", ["treasury"], yearless_text("3 апреля"), NO_KEYS,
    )  # fmt: skip
    kept, other = frozenset({"bank-a"}), frozenset({"bank-b"})
    text = yearless_text("3 апреля")
    assert yearless.same_aim("sanctions", text, kept, "sanctions", dated, kept | other)
    assert not yearless.same_aim("sanctions", text, kept, "sanctions", dated, other)
    assert not yearless.same_aim("sanctions", text, frozenset(), "sanctions", dated, None)
    assert not yearless.same_aim(
        "sanctions", yearless_text("4 апреля"), kept, "sanctions", dated, kept
    )

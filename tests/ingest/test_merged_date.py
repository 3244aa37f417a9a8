"""Which date a merged event shows (merged_date.py): a weekday one report gives with nothing
to count from, counted from another report's publication."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue
from app.ingest.events import merged_date
from app.ingest.events.model import DateReading

D = dt.date


def weekday(text: str) -> DateReading:
    """«в среду» in a reprint without a publication date."""
    return DateReading(DateValue(None, None, "unknown", "unanchored"), text=text)


def before(p: D) -> DateReading:
    """A report without a date of its own, published on `p`."""
    return DateReading(DateValue(None, p, "before", "before-publication"), explicit=False)


def dateline(p: D) -> DateReading:
    return DateReading(DateValue(p, p, "day", "publication-date"), explicit=False)


UNDATED = DateReading(DateValue(None, None, "unknown", "unanchored"), explicit=False)

# (readings, the merged event's (start, end, precision))
CASES: list[tuple[list[DateReading], tuple[D | None, D | None, str]]] = [
    # Friday 5 August's report «before» it: the Wednesday of that week
    ([before(D(2022, 8, 5)), weekday("в среду")], (D(2022, 8, 3), D(2022, 8, 3), "day")),
    # the weekday of the publication itself: that day
    ([weekday("в четверг"), before(D(2019, 9, 5))], (D(2019, 9, 5), D(2019, 9, 5), "day")),
    # a dateline counts as well; the earliest publication bounds it
    (
        [dateline(D(2023, 12, 8)), weekday("во вторник"), before(D(2023, 12, 7))],
        (D(2023, 12, 5), D(2023, 12, 5), "day"),
    ),
    # «в минувшую пятницу» is a weekday too
    (
        [weekday("в минувшую пятницу"), before(D(2021, 3, 15))],
        (D(2021, 3, 12), D(2021, 3, 12), "day"),
    ),
    # nothing published to count from: unknown as before
    ([weekday("в среду"), UNDATED], (None, None, "unknown")),
    # «на днях» is no weekday: nothing is counted
    ([DateReading(DateValue(None, None, "unknown", "unanchored"), text="на днях"),
      before(D(2022, 8, 5))], (None, None, "unknown")),
    # a stated day wins over both
    (
        [weekday("в среду"), before(D(2022, 8, 5)),
         DateReading(DateValue(D(2022, 8, 2), D(2022, 8, 2), "day", "explicit"), text="2 августа")],
        (D(2022, 8, 2), D(2022, 8, 2), "day"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("readings", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_weekday_by_publication(
    readings: list[DateReading], expected: tuple[D | None, D | None, str]
) -> None:
    v = merged_date.best_reading(readings).value
    assert (v.start, v.end, v.precision) == expected


def year_unknown(text: str) -> DateReading:
    return DateReading(DateValue(None, None, "unknown", "year-unknown"), text=text)


MORE: list[tuple[list[DateReading], tuple[D | None, D | None, str]]] = [
    # «21 ноября» with no year: the last 21 November by the other report's publication
    ([year_unknown("21 ноября"), before(D(2024, 11, 25))],
     (D(2024, 11, 21), D(2024, 11, 21), "day")),
    ([year_unknown("21 ноября"), before(D(2024, 3, 2))],
     (D(2023, 11, 21), D(2023, 11, 21), "day")),
    ([year_unknown("в мае"), dateline(D(2021, 6, 1))], (D(2021, 5, 1), D(2021, 5, 31), "month")),
    # «в прошлую пятницу» of a Friday's report: the Friday before
    ([weekday("в прошлую пятницу"), before(D(2021, 3, 12))], (D(2021, 3, 5), D(2021, 3, 5), "day")),
    # a time of day after the weekday
    ([weekday("в четверг утром"), before(D(2019, 9, 6))], (D(2019, 9, 5), D(2019, 9, 5), "day")),
    # «на прошлой неделе» depends on the week it was written: not counted
    ([weekday("на прошлой неделе"), before(D(2021, 3, 12))], (None, None, "unknown")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("readings", "expected"), MORE, ids=[f"m{i:02d}" for i in range(len(MORE))]
)
def test_named_day_by_publication(
    readings: list[DateReading], expected: tuple[D | None, D | None, str]
) -> None:
    v = merged_date.best_reading(readings).value
    assert (v.start, v.end, v.precision) == expected


def soon(p: D) -> DateReading:
    """«в ближайшее время» in an article of `p`: after it, with no end."""
    return DateReading(DateValue(p, None, "after", "relative"), text="в ближайшее время")


def term(end: D) -> DateReading:
    """«до конца месяца»: by its last day."""
    return DateReading(DateValue(None, end, "before", "year-from-publication"), text="до конца")


PLANS: list[tuple[list[DateReading], tuple[D | None, D | None, str]]] = [
    # «в ближайшее время проведёт консультации ... пройдут до конца марта»: the term
    ([soon(D(2023, 3, 20)), term(D(2023, 3, 31))], (None, D(2023, 3, 31), "before")),
    ([term(D(2023, 3, 31)), soon(D(2023, 3, 20))], (None, D(2023, 3, 31), "before")),
    # «после 1 апреля» has its start and the publication: still an «after» with both ends
    (
        [DateReading(DateValue(D(2023, 4, 2), D(2023, 4, 20), "after", "explicit"), text="после"),
         term(D(2023, 5, 31))],
        (D(2023, 4, 2), D(2023, 4, 20), "after"),
    ),
    # a week stated beats both
    (
        [soon(D(2023, 3, 20)), term(D(2023, 3, 31)),
         DateReading(DateValue(D(2023, 3, 27), D(2023, 4, 2), "range", "relative"), text="на")],
        (D(2023, 3, 27), D(2023, 4, 2), "range"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("readings", "expected"), PLANS, ids=[f"p{i:02d}" for i in range(len(PLANS))]
)
def test_a_term_over_an_open_soon(
    readings: list[DateReading], expected: tuple[D | None, D | None, str]
) -> None:
    v = merged_date.best_reading(readings).value
    assert (v.start, v.end, v.precision) == expected


def stated(day: D, text: str = "4 декабря") -> DateReading:
    return DateReading(DateValue(day, day, "day", "explicit"), text=text)


# Outlets that state different days of one happening: the day more of them give wins (a later
# recap's «ещё 3 декабря» against the day's two reports); on a tie, the earliest as before.
TOLD: list[tuple[list[DateReading], D]] = [
    ([stated(D(2009, 12, 3)), stated(D(2009, 12, 4)), stated(D(2009, 12, 4))], D(2009, 12, 4)),
    ([stated(D(2009, 12, 4)), stated(D(2009, 12, 3)), stated(D(2009, 12, 4))], D(2009, 12, 4)),
    ([stated(D(2015, 5, 11)), stated(D(2015, 5, 12)), stated(D(2015, 5, 12))], D(2015, 5, 12)),
    # one against one: the earlier, as before
    ([stated(D(2009, 12, 4)), stated(D(2009, 12, 3))], D(2009, 12, 3)),
    # a weekday with nothing of its own to count from is no day told: one against one
    ([stated(D(2022, 8, 2)), weekday("в среду"), before(D(2022, 8, 5)), stated(D(2022, 8, 3))],
     D(2022, 8, 2)),
    # a finer reading still wins over more coarse ones
    ([DateReading(DateValue(D(2021, 5, 1), D(2021, 5, 31), "month", "explicit"), text="в мае"),
      DateReading(DateValue(D(2021, 5, 1), D(2021, 5, 31), "month", "explicit"), text="в мае"),
      stated(D(2021, 5, 20))], D(2021, 5, 20)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("readings", "expected"), TOLD, ids=[f"t{i:02d}" for i in range(len(TOLD))]
)
def test_the_day_more_reports_give(readings: list[DateReading], expected: D) -> None:
    v = merged_date.best_reading(readings).value
    assert (v.start, v.end, v.precision) == (expected, expected, "day")

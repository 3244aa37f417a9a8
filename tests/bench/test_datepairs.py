# ruff: noqa: E501  (one table row a line reads better than wrapped rows)
"""Date pairs of the realistic set: how one source's date expression is judged against
the gold event it dates."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates.model import DateValue
from bench.reading.datepairs import _judge
from bench.reading.gold import GoldEvent, Source


class _Mention:
    def __init__(self, start: str | None, end: str | None, precision: str) -> None:
        self.value = DateValue(
            dt.date.fromisoformat(start) if start else None,
            dt.date.fromisoformat(end) if end else None,
            precision,
            "test",
        )


def _event(start: str, end: str, precision: str, files: tuple[str, ...]) -> GoldEvent:
    return GoldEvent(
        "e", "visit", "happened", start, end, precision, ["X"], [],
        [Source(f, "ключ", "в понедельник") for f in files],
    )  # fmt: skip


ONE = ("a.txt",)
TWO = ("a.txt", "b.txt")

CASES = [  # fmt: skip
    # date text, event (start, end, precision, files), mention, published, right
    ("в понедельник", ("2019-03-04", "2019-03-04", "day", ONE), ("2019-03-04", "2019-03-04", "day"), "2019-03-05", True),
    ("в понедельник", ("2019-03-04", "2019-03-04", "day", ONE), ("2019-03-11", "2019-03-11", "day"), "2019-03-12", False),
    ("в понедельник", ("2019-03-04", "2019-03-04", "day", ONE), None, "2019-03-05", False),
    # a week of one source holds the day another source gives
    ("на прошлой неделе", ("2019-03-06", "2019-03-06", "day", TWO), ("2019-03-04", "2019-03-10", "range"), "2019-03-12", True),
    ("на прошлой неделе", ("2019-03-06", "2019-03-06", "day", ONE), ("2019-03-04", "2019-03-10", "range"), "2019-03-12", False),
    # the first day of a visit of several days
    ("вечером 2 сентября", ("2024-09-02", "2024-09-03", "range", ONE), ("2024-09-02", "2024-09-02", "day"), "2024-09-03", True),
    # «ранее» says before publication, whatever finer date another source gives
    ("ранее", ("2019-03-04", "2019-03-04", "day", TWO), (None, "2019-03-05", "before"), "2019-03-05", True),
    ("ранее", ("2019-03-04", "2019-03-04", "day", TWO), ("2019-03-05", "2019-03-05", "day"), "2019-03-05", False),
    ("ранее", ("2019-03-04", "2019-03-04", "day", TWO), (None, None, "unknown"), "", True),
    ("в среду", ("", "", "unknown", ONE), (None, None, "unknown"), "", True),
]


@pytest.mark.parametrize(("text", "event", "mention", "published", "right"), CASES)
def test_judge(
    text: str,
    event: tuple[str, str, str, tuple[str, ...]],
    mention: tuple[str | None, str | None, str] | None,
    published: str,
    right: bool,
) -> None:
    ev = _event(*event)
    src = Source(ev.sources[0].file, "ключ", text)
    got = _Mention(*mention) if mention else None
    assert _judge(ev, src, published, got)[1] is right

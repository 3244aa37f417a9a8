"""«в полдень», «около полудня» are times of day like «вечером» (deictic._time_of_day): on
the day just told, else the report's day. With a day of their own («в полдень 5 мая») the
day is read as before. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

D = date.fromisoformat
P = "2025-06-20"  # a Friday

CASES: list[tuple[str, list[DateRow]]] = [
    (
        "Министры встретились во вторник в Берне. Пресс-конференция прошла в полдень.",
        [
            ("во вторник", "2025-06-17", "2025-06-17", "day", "weekday-from-publication", False),
            ("в полдень", "2025-06-17", "2025-06-17", "day", "from-stated-date", False),
        ],
    ),
    (
        "Посол вручил ноту около полудня, сообщили в МИД.",
        [("около полудня", "2025-06-20", "2025-06-20", "day", "publication-date", False)],
    ),
    (
        "В полдень 5 мая послы возложили венки.",
        [("5 мая", "2025-05-05", "2025-05-05", "day", "year-from-publication", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_noon(text: str, expected: list[DateRow]) -> None:
    assert date_rows(extract_dates(text, D(P))) == expected

"""A bare time of day told ahead («Вечером лидеры посетят выставку») is the publication
day's even when a day gone by was told just before it as background («одобрено ещё 12
мая»): a past day is no day a plan is for (time_of_day.report_day). A day still ahead
told just before keeps it off (a plan of that day). Every sentence is written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

D = date.fromisoformat
P = "2025-06-20"

CASES: list[tuple[str, list[DateRow]]] = [
    (
        "Президенты провели переговоры в Минске. Кредит был одобрен ещё 12 мая. "
        "Вечером лидеры посетят выставку.",
        [
            ("12 мая", "2025-05-12", "2025-05-12", "day", "year-from-publication", False),
            ("Вечером", "2025-06-20", "2025-06-20", "day", "publication-date", True),
        ],
    ),
    (
        "Министры обсудили транзит. Договор о нём подписан 3 апреля 2019 года. "
        "Днём делегации осмотрят порт.",
        [
            ("3 апреля 2019 года", "2019-04-03", "2019-04-03", "day", "explicit", False),
            ("Днём", "2025-06-20", "2025-06-20", "day", "publication-date", True),
        ],
    ),
    # a day still ahead told just before: the time of day may be that day's, left alone
    (
        "Министры обсудили транзит. Следующий раунд пройдёт 25 июня. "
        "Вечером делегации осмотрят порт.",
        [("25 июня", "2025-06-25", "2025-06-25", "day", "year-from-publication", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_evening_ahead(text: str, expected: list[DateRow]) -> None:
    assert date_rows(extract_dates(text, D(P))) == expected

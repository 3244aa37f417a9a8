"""A genitive year on a happening noun dates the happening (happening_year.py): «Саммит
прошлого года прошёл в мае» — May of last year, not of publication's. Not a year on another
noun («итоги прошлого года»), nor one across a comma. Every sentence is written for these
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
        "Летняя встреча прошлого года состоялась в июне в Казани.",
        [
            ("прошлого года", "2024-01-01", "2024-12-31", "year", "relative", False),
            ("в июне", "2024-06-01", "2024-06-30", "month", "year-from-context", False),
        ],
    ),
    (
        "Саммит следующего года пройдёт 14 мая в Астане.",
        [
            ("следующего года", "2026-01-01", "2026-12-31", "year", "relative", True),
            ("14 мая", "2026-05-14", "2026-05-14", "day", "year-from-context", True),
        ],
    ),
    # the year of a topic, not of the happening: the tense decides
    (
        "Итоги прошлого года министры обсудили в июне.",
        [
            ("прошлого года", "2024-01-01", "2024-12-31", "year", "relative", False),
            ("в июне", "2025-06-01", "2025-06-30", "month", "year-from-publication", False),
        ],
    ),
    # across a comma: another clause
    (
        "Форум прошлого года запомнился спорами, а в июне делегации снова встретились.",
        [
            ("прошлого года", "2024-01-01", "2024-12-31", "year", "relative", False),
            ("в июне", "2025-06-01", "2025-06-30", "month", "year-from-publication", False),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_happening_year(text: str, expected: list[DateRow]) -> None:
    assert date_rows(extract_dates(text, D(P))) == expected

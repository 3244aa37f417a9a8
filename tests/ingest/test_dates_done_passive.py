"""A perfective passive participle before a date tells what was done to its noun
(done_passive.py): «начатые в октябре переговоры продолжатся» — October is gone
by the telling, whatever the main verb's tense. A participle of planning, putting off or
inviting, or one setting a term with «на / к / до», dates no deed. Every sentence is
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

D = date.fromisoformat
P = "2025-11-14"

CASES: list[tuple[str, list[DateRow]]] = [
    (
        "Начатые в октябре консультации по безопасности продолжатся в Вене.",
        [("в октябре", "2025-10-01", "2025-10-31", "month", "year-from-publication", False)],
    ),
    (
        "Министры обсудят подписанное в сентябре соглашение о транзите.",
        [("в сентябре", "2025-09-01", "2025-09-30", "month", "year-from-publication", False)],
    ),
    (
        "Стороны должны выполнить принятые 20 октября решения комиссии.",
        [("20 октября", "2025-10-20", "2025-10-20", "day", "year-from-publication", False)],
    ),
    # a term set by «на»: the day it is set for, ahead with the main verb
    (
        "Перенесённые на февраль переговоры пройдут в Женеве.",
        [("на февраль", "2026-02-01", "2026-02-28", "month", "year-from-publication", True)],
    ),
    # a participle of planning dates no deed: the main verb decides
    (
        "Запланированная в январе встреча состоится в Риме.",
        [("в январе", "2026-01-01", "2026-01-31", "month", "year-from-publication", True)],
    ),
    # the participle in a phrase of its own, set off by a comma: the main verb decides
    (
        "Соглашение, подписанное министрами, вступит в силу в январе.",
        [("в январе", "2026-01-01", "2026-01-31", "month", "year-from-publication", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_done_passive(text: str, expected: list[DateRow]) -> None:
    assert date_rows(extract_dates(text, D(P))) == expected

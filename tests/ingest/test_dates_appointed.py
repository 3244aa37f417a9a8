"""«назначен» with the office («послом», «новым послом», «на должность») tells a person put
in office, done, not a happening set for a day («встреча назначена на 5 мая» is still a
plan). Every sentence is our own.

Rows: (text, publication date, [(text, start, end, precision, how, planned)]).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

P = "2021-10-20"

CASES: list[tuple[str, str, list[DateRow]]] = [
    (
        "Указом от 14 марта 2018 года Сидоров назначен послом в Канаде.",
        P,
        [("от 14 марта 2018 года", "2018-03-14", "2018-03-14", "day", "explicit", False)],
    ),
    (
        "Петрова назначена новым послом в Чили 2 сентября 2020 года.",
        P,
        [("2 сентября 2020 года", "2020-09-02", "2020-09-02", "day", "explicit", False)],
    ),
    (
        "Орлов назначен на должность 5 октября.",
        P,
        [("5 октября", "2021-10-05", "2021-10-05", "day", "year-from-publication", False)],
    ),
    # still ahead: «будет назначен»
    (
        "Новый консул будет назначен послом в ноябре.",
        P,
        [("в ноябре", "2021-11-01", "2021-11-30", "month", "year-from-publication", True)],
    ),
    # a meeting set for a day is a plan
    (
        "Заседание комиссии назначено на 5 ноября.",
        P,
        [("на 5 ноября", "2021-11-05", "2021-11-05", "day", "year-from-publication", True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_appointed_is_done(text: str, published: str, expected: list[DateRow]) -> None:
    assert date_rows(extract_dates(text, date.fromisoformat(published))) == expected

"""«В минувшие выходные», «на прошлых выходных»: the Saturday and Sunday before
publication (weekends.py _last_weekend, resolve.py); «в эти выходные», «на выходных» told
ahead: the weekend of the week of publication (_this_weekend). Every sentence is our own.

Rows: (text, publication date, [(text, start, end, precision, how, planned)]).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

CASES: list[tuple[str, str, list[DateRow]]] = [
    (
        # a Monday's news: the weekend just gone
        "Об этом в минувшие выходные рассказал губернатор края.",
        "2022-03-14",
        [("в минувшие выходные", "2022-03-12", "2022-03-13", "range", "relative", False)],
    ),
    (
        "На прошлых выходных делегация побывала в Казани.",
        "2021-07-08",
        [("На прошлых выходных", "2021-07-03", "2021-07-04", "range", "relative", False)],
    ),
    (
        # a Sunday's news: the weekend before this one
        "В прошедшие выходные министр встретился с послом.",
        "2023-10-15",
        [("В прошедшие выходные", "2023-10-07", "2023-10-08", "range", "relative", False)],
    ),
    # a weekend not marked as past is left alone
    ("Министр отдыхал на выходных.", "2023-10-15", []),
    # told ahead: the weekend of the week of publication (a Wednesday's news)
    (
        "Источник уточнил, что на выходных должна пройти встреча советников.",
        "2022-06-08",
        [("на выходных", "2022-06-11", "2022-06-12", "range", "relative", True)],
    ),
    (
        # «предстоящие», «ближайшие» name the weekend ahead as «эти» do
        "Госсекретарь сказал, что увидится с министром в предстоящие выходные в Маниле.",
        "2022-06-07",
        [("в предстоящие выходные", "2022-06-11", "2022-06-12", "range", "relative", True)],
    ),
    (
        "Консультации намечены на ближайших выходных.",
        "2022-06-07",
        [("на ближайших выходных", "2022-06-11", "2022-06-12", "range", "relative", True)],
    ),
    # a Saturday's news: the weekend under way
    (
        "Переговоры глав МИД пройдут в эти выходные в Анкаре.",
        "2022-06-11",
        [("в эти выходные", "2022-06-11", "2022-06-12", "range", "relative", True)],
    ),
    # «эти» told in the past on a Monday: the weekend just gone
    (
        "В эти выходные посол вручил верительные грамоты.",
        "2022-06-13",
        [("В эти выходные", "2022-06-11", "2022-06-12", "range", "relative", False)],
    ),
    # «в выходные дни»: any weekend
    ("Консульство в выходные дни не работает.", "2022-06-13", []),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_last_weekend(text: str, published: str, expected: list[DateRow]) -> None:
    mentions = extract_dates(text, date.fromisoformat(published))
    assert date_rows(mentions) == expected

"""«Накануне» after a day told in the background that was only due («Напомним, ... должен был
прибыть 6 июня, но поездку отменили») is the eve of publication even when that lands on the
due day: the story was never on a day a plan was set for. After a day the story was on,
«накануне» that lands on it counts from it (stated_day.same_as_story). Every sentence is
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, day)
CASES: list[tuple[str, D, str, D]] = [
    (
        "Напомним, министр должен был посетить Вену 14 марта, но визит отменили. Накануне он "
        "провёл брифинг для журналистов.",
        D(2019, 3, 15),
        "Накануне",
        D(2019, 3, 14),
    ),
    (
        "Напомним, встреча должна была пройти 9 октября, но её отменили. Накануне министры "
        "поговорили по телефону.",
        D(2020, 10, 10),
        "Накануне",
        D(2020, 10, 9),
    ),
    # a day the story was on: «накануне» is that day's eve, as before
    (
        "Напомним, в четверг, 14 марта, министры провели переговоры в Вене. Накануне посол "
        "встретился с журналистами.",
        D(2019, 3, 15),
        "Накануне",
        D(2019, 3, 13),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "day"), CASES)
def test_eve_after_due_day(text: str, pub: D, expr: str, day: D) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got[expr] == (day, day), got

"""A bare «накануне» told again in the next sentence after a bare «накануне» that dated the
story's day from publication is the same eve, not a step back from it; after a day told
otherwise («вчера», a weekday), «накануне» that lands on it still counts from it
(stated_day.told_by_same_word, same_as_story). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2021, 3, 10)

# (text, the days of the expressions in text order)
CASES: list[tuple[str, list[D]]] = [
    # the same eve of the news, twice
    (
        "Накануне вечером министры Индии и Бразилии провели переговоры в Дели. МИД Индии "
        "накануне выступил с заявлением.",
        [D(2021, 3, 9), D(2021, 3, 9)],
    ),
    (
        "Накануне парламент Бразилии одобрил соглашение. Президент накануне подписал указ о "
        "его ратификации.",
        [D(2021, 3, 9), D(2021, 3, 9)],
    ),
    # a story's day told by «вчера»: «накануне» is its eve, as before
    (
        "Вчера министры Индии и Бразилии провели переговоры в Дели. МИД Индии накануне "
        "выступил с заявлением.",
        [D(2021, 3, 9), D(2021, 3, 8)],
    ),
]


@pytest.mark.parametrize(("text", "days"), CASES)
def test_eve_twice(text: str, days: list[D]) -> None:
    got = [m.value.start for m in extract_dates(text, PUB)]
    assert got == days, got

"""«В то же утро», «в ту же ночь», «той же ночью», «в тот же понедельник» (dates/lexicon.py,
ANAPHOR): the pronoun agrees with its noun in gender, so an anaphor to the day just told is
not only «в тот же день/вечер»; a weekday told again with «тот же» is that day, not the
nearest such weekday. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 5, 12)  # a Friday

# (text, the phrase, the day it reads as)
CASES: list[tuple[str, str, D]] = [
    (
        "Послы встретились 3 мая в Вене. В то же утро посол передал ноту.",
        "В то же утро",
        D(2023, 5, 3),
    ),
    (
        "Делегации прибыли 4 мая в Женеву. Той же ночью делегации согласовали текст.",
        "Той же ночью",
        D(2023, 5, 4),
    ),
    (
        "Переговоры начались 2 мая в Баку. В ту же ночь стороны обменялись пленными.",
        "В ту же ночь",
        D(2023, 5, 2),
    ),
    (
        "В понедельник, 1 мая, министр прилетел в Каир. В тот же понедельник посол "
        "сделал заявление.",
        "В тот же понедельник",
        D(2023, 5, 1),
    ),
    (
        "В среду, 3 мая, премьер провёл переговоры в Ереване. В ту же среду он выступил "
        "в парламенте.",
        "В ту же среду",
        D(2023, 5, 3),
    ),
    (
        "Саммит прошёл в воскресенье, 30 апреля. В то же воскресенье лидеры подписали декларацию.",
        "В то же воскресенье",
        D(2023, 4, 30),
    ),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_same_time_agrees(text: str, phrase: str, want: D) -> None:
    got = [m.value for m in extract_dates(text, P) if m.text == phrase]
    assert got, f"{phrase!r} not read"
    assert (got[0].start, got[0].end, got[0].precision) == (want, want, "day")

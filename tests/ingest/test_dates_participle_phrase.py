"""A day told inside a participle phrase is background: «Затем», «В тот же день» go on from
the story's day (participle.py). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.participle import in_participle_phrase

D = dt.date
PUB = D(2019, 6, 12)  # a Wednesday

# (text, the anaphor, the day it stands for)
CASES: list[tuple[str, str, D]] = [
    (
        "Министры в среду провели переговоры. Утром гость, прибывший в столицу во вторник "
        "вечером, возложил цветы. Затем делегации подписали меморандум.",
        "Затем",
        D(2019, 6, 12),
    ),
    (
        "Лидеры 12 июня встретились в Минске. Премьер, прилетевший туда 10 июня, "
        "провёл и другие встречи. В тот же день стороны подписали соглашение.",
        "В тот же день",
        D(2019, 6, 12),
    ),
    # no story day before it: the day in the phrase is all there is
    (
        "Посол, прибывший в Москву 10 июня, встретился с министром. "
        "В тот же день он вручил копии грамот.",
        "В тот же день",
        D(2019, 6, 10),
    ),
    # the phrase is closed before the date: the main clause's own day
    (
        "Министры в среду провели переговоры. Гость, прибывший накануне, "
        "во вторник посетил выставку. Затем он улетел.",
        "Затем",
        D(2019, 6, 11),
    ),
]


@pytest.mark.parametrize(("text", "anaphor", "want"), CASES)
def test_participle_phrase_day_is_background(text: str, anaphor: str, want: D) -> None:
    found = [m for m in extract_dates(text, PUB) if m.text == anaphor]
    assert found and found[0].value.start == want


PHRASES: list[tuple[str, bool]] = [
    ("Гость, прибывший в столицу ", True),
    ("Премьер, назначенный ", True),
    ("Гость, прибывший накануне, ", False),
    ("Министр, который прибыл ", False),
    ("Министры ", False),
]


@pytest.mark.parametrize(("before", "want"), PHRASES)
def test_in_participle_phrase(before: str, want: bool) -> None:
    assert in_participle_phrase(before) is want

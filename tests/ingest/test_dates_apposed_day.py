"""«Накануне, в пятницу,», «вчера, 12 мая,» (dates/deictic.py): a day set beside a relative
day word names that day itself, counted from the text's «now»; the word gives way to it, so
the sentence is on the day named even when the story's day before it was not read. A
relative word with no day beside it is read as before. Every sentence is written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 5, 14)  # a Sunday

# (text, the day the sentence is on, the expression it is read from)
CASES: list[tuple[str, D, str]] = [
    # the story's day is Saturday, not told in a sentence before: the weekday names the eve
    ("Накануне, в пятницу, министры обсудили проект резолюции.", D(2023, 5, 12), "в пятницу"),
    ("Накануне, 11 мая, послы обменялись нотами.", D(2023, 5, 11), "11 мая"),
    ("Вчера, в субботу, делегации подписали протокол.", D(2023, 5, 13), "в субботу"),
    ("Завтра, во вторник, министр вылетит в Анкару.", D(2023, 5, 16), "во вторник"),
    ("Накануне в пятницу стороны провели консультации.", D(2023, 5, 12), "в пятницу"),
    # no day beside the word: read as before
    ("Накануне министры обсудили проект резолюции.", D(2023, 5, 13), "Накануне"),
    ("Вчера в 10 утра делегации подписали протокол.", D(2023, 5, 13), "Вчера"),
]


@pytest.mark.parametrize(("text", "want", "phrase"), CASES)
def test_apposed_day(text: str, want: D, phrase: str) -> None:
    mentions = extract_dates(text, P)
    assert mentions, text
    first = mentions[0]
    assert first.text == phrase
    assert (first.value.start, first.value.end) == (want, want)

"""A month or day with no year right after a past month stated in full (issue 11): «В марте
2019 года ... В апреле ...» goes on in 2019, within the paragraph, a couple of sentences on and
forward in time; otherwise the publication year's. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2021, 11, 10)

# (text, the last mention's (text, start, end))
CASES: list[tuple[str, tuple[str, D | None, D | None]]] = [
    # the story runs on into the next month: the stated year
    (
        "В марте 2019 года Варшава закрыла консульство. В апреле Москва ответила тем же.",
        ("В апреле", D(2019, 4, 1), D(2019, 4, 30)),
    ),
    # a day and month as well
    (
        "В марте 2019 года Варшава закрыла консульство. Стороны спорили. "
        "2 мая Москва выслала польского консула.",
        ("2 мая", D(2019, 5, 2), D(2019, 5, 2)),
    ),
    # the same month stated again
    (
        "В марте 2019 года Варшава закрыла консульство. В марте же Москва ответила тем же.",
        ("В марте", D(2019, 3, 1), D(2019, 3, 31)),
    ),
    # a new paragraph: a new story, the publication year's
    (
        "В марте 2019 года Варшава закрыла консульство.\n\nВ апреле Москва выслала консула.",
        ("В апреле", D(2021, 4, 1), D(2021, 4, 30)),
    ),
    # a month before the stated one does not run on from it
    (
        "В марте 2019 года Варшава закрыла консульство. В феврале Москва выслала консула.",
        ("В феврале", D(2021, 2, 1), D(2021, 2, 28)),
    ),
    # too many sentences on
    (
        "В марте 2019 года Варшава закрыла консульство. Это вызвало споры. Были протесты. "
        "Прошли акции. В апреле Москва выслала консула.",
        ("В апреле", D(2021, 4, 1), D(2021, 4, 30)),
    ),
    # a date of the publication year in between takes the text elsewhere
    (
        "В марте 2019 года Варшава закрыла консульство. 3 ноября 2021 года ей ответили. "
        "В апреле Москва выслала консула.",
        ("В апреле", D(2021, 4, 1), D(2021, 4, 30)),
    ),
    # the year of publication stated in full is no past story
    (
        "В марте 2021 года Варшава закрыла консульство. В апреле Москва выслала консула.",
        ("В апреле", D(2021, 4, 1), D(2021, 4, 30)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))])
def test_story_year_runs_on(text: str, expected: tuple[str, D | None, D | None]) -> None:
    got = [(d.text, d.value.start, d.value.end) for d in extract_dates(text, PUB)]
    assert got[-1] == expected

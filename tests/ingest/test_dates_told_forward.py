"""A story told forward without writing its dates out: «Четыре дня спустя» counts days on
from the day told before it (and is no date without one), and a month told as an adjective
on a happening («майский визит», «на ноябрьском заседании») is that month, as «в мае» would
be; other month adjectives («майские праздники») are no date. Every sentence is written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, (the expression, start, end, precision) of the last date, or None)
CASES: list[tuple[str, D | None, tuple[str, D, D, str] | None]] = [
    (
        "Министры подписали протокол 14 апреля 2011 года. Четыре дня спустя послы "
        "обменялись нотами.",
        None,
        ("Четыре дня спустя", D(2011, 4, 18), D(2011, 4, 18), "day"),
    ),
    (
        "Переговоры прошли 3 марта. Спустя два дня делегации подписали меморандум.",
        D(2024, 3, 20),
        ("Спустя два дня", D(2024, 3, 5), D(2024, 3, 5), "day"),
    ),
    # nothing told before: days after nothing known
    ("Спустя два дня делегации подписали меморандум.", D(2024, 3, 20), None),
    # the month of a happening told as an adjective
    (
        "Осенью 2009 года стороны спорили. Ноябрьский визит министра сгладил разногласия.",
        None,
        ("Ноябрьский", D(2009, 11, 1), D(2009, 11, 30), "month"),
    ),
    (
        "На июньском заседании комиссии договорились об обмене архивами.",
        D(2016, 9, 2),
        ("июньском", D(2016, 6, 1), D(2016, 6, 30), "month"),
    ),
    # a month adjective on anything else is no date
    ("Майские праздники прошли спокойно.", D(2016, 9, 2), None),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_dates_told_forward(
    text: str, published: D | None, expected: tuple[str, D, D, str] | None
) -> None:
    got = [
        (m.text, m.value.start, m.value.end, m.value.precision)
        for m in extract_dates(text, published)
    ]
    if expected is None:
        assert got == []
    else:
        assert got[-1] == expected

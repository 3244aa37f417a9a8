"""A story told forward across New Year in an article without a publication date
(new_year.py): a yearless day in January after the story's day in late December is the next
year's; a day that steps back into the background, or one the carried year already puts
near the story's day, keeps the carried year. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, expression, (start, end)); no publication date
CASES: list[tuple[str, str, tuple[D | None, D | None]]] = [
    # December, then January: the next year
    (
        "Первый раунд прошёл в Осло 3 ноября 2015 года. 28 декабря министры обменялись "
        "письмами. 14 января в Берне делегации встретились снова.",
        "14 января",
        (D(2016, 1, 14), D(2016, 1, 14)),
    ),
    # the next year carries on to the days after it
    (
        "Переговоры начались 20 декабря 2010 года в Вене. 9 января стороны собрались в "
        "Женеве, а 11 января подписали протокол.",
        "11 января",
        (D(2011, 1, 11), D(2011, 1, 11)),
    ),
    # a span crossing into the next year too
    (
        "Консультации открылись 22 декабря 2012 года. 15–16 января эксперты продолжили "
        "работу в Хельсинки.",
        "15–16 января",
        (D(2013, 1, 15), D(2013, 1, 16)),
    ),
    # a sentence going back keeps the carried year
    (
        "Соглашение подписали 27 декабря 2019 года. Ранее, 10 января, министры обсуждали "
        "его в Минске.",
        "10 января",
        (D(2019, 1, 10), D(2019, 1, 10)),
    ),
    # far from New Year: the carried year, as before
    (
        "Встреча прошла 12 октября 2018 года. 5 марта стороны провели новый раунд.",
        "5 марта",
        (D(2018, 3, 5), D(2018, 3, 5)),
    ),
]


@pytest.mark.parametrize(("text", "expr", "want"), CASES)
def test_story_across_new_year(text: str, expr: str, want: tuple[D | None, D | None]) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, None)}
    assert got[expr] == want, got

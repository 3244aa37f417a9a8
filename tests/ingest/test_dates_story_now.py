"""An undated page whose story is in a stated year: a year counted from now («в следующем
году», «первой половины будущего года», «в апреле следующего года») counts from that year
(resolve._story_now). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, mention, start, end, precision, how)
CASES: list[tuple[str, str, D | None, D | None, str, str]] = [
    (
        "Переговоры прошли в Осло 3–4 октября 2017 года. Следующую встречу стороны "
        "назначили на первую половину следующего года.",
        "на первую половину следующего года",
        D(2018, 1, 1),
        D(2018, 6, 30),
        "part",
        "year-from-context",
    ),
    (
        "Комиссия собралась в мае 2014 года. Новое заседание пройдет в следующем году.",
        "в следующем году",
        D(2015, 1, 1),
        D(2015, 12, 31),
        "year",
        "year-from-context",
    ),
    (
        "Делегации встретились 12 марта 2019 года и договорились увидеться в апреле "
        "следующего года в Москве.",
        "в апреле следующего года",
        D(2020, 4, 1),
        D(2020, 4, 30),
        "month",
        "year-from-context",
    ),
    (
        "Меморандум подписан в июне 2016 года. В прошлом году стороны провели два раунда.",
        "В прошлом году",
        D(2015, 1, 1),
        D(2015, 12, 31),
        "year",
        "year-from-context",
    ),
    # no year stated: nothing to count from
    (
        "Следующий раунд пройдет в будущем году.",
        "в будущем году",
        None,
        None,
        "unknown",
        "unanchored",
    ),
    # a week or a month counted from now needs a day, not a year
    (
        "Консультации прошли в 2015 году. Новый раунд пройдет на следующей неделе.",
        "на следующей неделе",
        None,
        None,
        "unknown",
        "unanchored",
    ),
]


@pytest.mark.parametrize(("text", "mention", "start", "end", "precision", "how"), CASES)
def test_year_from_story(
    text: str, mention: str, start: D | None, end: D | None, precision: str, how: str
) -> None:
    found = {m.text: m.value for m in extract_dates(text, None)}
    v = found[mention]
    assert (v.start, v.end, v.precision, v.how) == (start, end, precision, how)


def test_publication_still_rules() -> None:
    text = "Переговоры прошли в мае 2015 года. Следующий раунд пройдет в следующем году."
    v = {m.text: m.value for m in extract_dates(text, D(2016, 2, 1))}["в следующем году"]
    assert (v.start, v.how) == (D(2017, 1, 1), "relative")

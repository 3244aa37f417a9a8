"""An undated page that states when its conversation took place (told_time.py): the speaker's
«прошлого года», «будущего года» count from that time. Every sentence is written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.dates.told_time import told_time

D = dt.date

# (text, the time it says it was told at)
TOLD: list[tuple[str, tuple[D, D] | None]] = [
    ("Беседа состоялась в середине июня 2016 года в Москве.", (D(2016, 6, 11), D(2016, 6, 20))),
    ("Интервью было записано 4 апреля 2018 года.", (D(2018, 4, 4), D(2018, 4, 4))),
    (
        "Заголовок\nРазговор проходил в марте 2014 года, до голосования.",
        (D(2014, 3, 1), D(2014, 3, 31)),
    ),
    ("Интервью записано осенью 2015 года.", (D(2015, 9, 1), D(2015, 11, 30))),
    # not the head of its sentence: someone else's conversation
    ("Посол подтвердил, что беседа состоялась в мае 2016 года.", None),
    # no year: nothing to count from
    ("Беседа состоялась в пятницу в посольстве.", None),
    # a time well after the verb is not the conversation's
    (
        "Беседа состоялась по инициативе американской стороны, "
        "которая просила об этом в мае 2016 года.",
        None,
    ),
    # a title opening with its talk and ending with its day
    (
        "Стенограмма выступления министра на пресс-конференции, Москва, 6 мая 2018 года\n\nТекст",
        (D(2018, 5, 6), D(2018, 5, 6)),
    ),
    ("Брифинг представителя министерства, 14 ноября 2017 года.\nВопрос:", (D(2017, 11, 14),) * 2),
    # the day mid-title names something else
    ("Интервью с послом о визите 12 марта 2019 года в Вашингтон\nТекст", None),
    # a title that opens with no talk
    ("Переговоры в Вене, 12 марта 2019 года\nТекст", None),
    # years apart: no single year to count from
    ("Интервью записано в 2015–2016 годах.", None),
]


@pytest.mark.parametrize(("text", "want"), TOLD)
def test_told_time(text: str, want: tuple[D, D] | None) -> None:
    assert told_time(text) == want


HEAD = "Беседа состоялась в конце сентября 2013 года.\n"
# (text after the statement, mention, start, end, precision)
COUNTED: list[tuple[str, str, D | None, D | None, str]] = [
    (
        "Следующий раунд хотим провести во второй половине будущего года.",
        "во второй половине будущего года",
        D(2014, 7, 1),
        D(2014, 12, 31),
        "part",
    ),
    (
        "Мы работаем вместе с марта прошлого года.",
        "с марта прошлого года",
        D(2012, 3, 1),
        D(2013, 9, 30),
        "after",
    ),
    (
        "В прошлом году консультаций не было.",
        "В прошлом году",
        D(2012, 1, 1),
        D(2012, 12, 31),
        "year",
    ),
    (
        "В следующем году откроем консульство.",
        "В следующем году",
        D(2014, 1, 1),
        D(2014, 12, 31),
        "year",
    ),
    # a month counted from a time of ten days in one month: the same month from any of them
    (
        "В прошлом месяце делегации встречались.",
        "В прошлом месяце",
        D(2013, 8, 1),
        D(2013, 8, 31),
        "month",
    ),
    # a day is not counted from a time of ten days
    ("Вчера мы говорили с послом.", "Вчера", None, None, "unknown"),
]


@pytest.mark.parametrize(("rest", "mention", "start", "end", "precision"), COUNTED)
def test_counted_from_told_time(
    rest: str, mention: str, start: D | None, end: D | None, precision: str
) -> None:
    found = {m.text: m.value for m in extract_dates(HEAD + rest, None)}
    v = found[mention]
    assert (v.start, v.end, v.precision) == (start, end, precision)


def test_publication_rules_over_told_time() -> None:
    found = {
        m.text: m.value
        for m in extract_dates(HEAD + "В прошлом году консультаций не было.", D(2014, 2, 1))
    }
    assert found["В прошлом году"].start == D(2013, 1, 1)


def test_no_told_time_stays_unknown() -> None:
    found = {m.text: m.value for m in extract_dates("В прошлом году консультаций не было.", None)}
    assert found["В прошлом году"].precision == "unknown"


def test_week_counted_from_title_day() -> None:
    text = (
        "Брифинг представителя министерства, 14 ноября 2017 года\nНа этой неделе послы встретились."
    )
    found = {m.text: m.value for m in extract_dates(text, None)}
    assert (found["На этой неделе"].start, found["На этой неделе"].end) == (
        D(2017, 11, 13),
        D(2017, 11, 19),
    )

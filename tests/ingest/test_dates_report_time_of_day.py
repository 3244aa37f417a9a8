"""A bare time of day far from any day told (dates/time_of_day.py): the day the story is on
when it is the report's day or a few days before, else the report's own day; ahead, the
report's day; undated, nothing. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
PUB = D(2019, 5, 15)  # a Wednesday

# (text, publication, the time of day, its (start, end); None: not read)
CASES: list[tuple[str, D | None, str, tuple[D, D] | None]] = [
    # a later month told inside a participle phrase is a noun's background: the story stays
    # on the day it was on, not the one before it
    (
        "Гость прилетел в понедельник вечером. Вчера президенты провели переговоры. "
        "Министры обсудили консультации по договору, истекающему в декабре 2021 года. "
        "Днем гость встретился с премьером.",
        PUB,
        "Днем",
        (D(2019, 5, 14), D(2019, 5, 14)),
    ),
    # nothing told before: the report's day
    (
        "Утром советник и министр провели беседу в особняке МИД. Она длилась час.",
        PUB,
        "Утром",
        (PUB, PUB),
    ),
    # told ahead: this evening
    (
        "Госсекретарь прилетел в Сочи. Сначала пройдут переговоры министров. "
        "Вечером, как сказал представитель Кремля, гостя примет президент.",
        PUB,
        "Вечером",
        (PUB, PUB),
    ),
    # the story's day, yesterday, named four sentences back by its weekday
    (
        "Во вторник в Сочи открылся форум. Гости осмотрели выставку. Зал был полон. "
        "Выступил хозяин форума. Вечером президент встретился с премьером Эфиопии.",
        PUB,
        "Вечером",
        (D(2019, 5, 14), D(2019, 5, 14)),
    ),
    # the story's day, named four sentences back, the eve told in between further back
    (
        "В среду в Женеве прошли консультации. Посол накануне дал интервью. Делегации "
        "обменялись бумагами. Споры шли долго. Потом был обед. Днём стороны выпустили "
        "заявление.",
        PUB,
        "Днём",
        (PUB, PUB),
    ),
    # a step to the eve just before is aside: still the story's day
    (
        "Во вторник в Женеве прошли консультации. Посол рассказал, что накануне дал "
        "интервью. Днём стороны выпустили заявление.",
        PUB,
        "Днём",
        (D(2019, 5, 14), D(2019, 5, 14)),
    ),
    # a plan of a later day told just before: no date
    (
        "Во вторник в Женеве прошли консультации. Делегации спорили. Обед затянулся. "
        "Следующий раунд назначен на 20 мая. "
        "Днём стороны выпустили заявление.",
        PUB,
        "Днём",
        None,
    ),
    # a month told just before: no day to go on with, and not today
    (
        "В марте министр побывал в Пекине. Вечером он встретился с премьером.",
        PUB,
        "Вечером",
        None,
    ),
    # a participle phrase times the coming of someone, not the happening
    (
        "Делегаты, прибывшие утром, провели переговоры 2 апреля.",
        PUB,
        "утром",
        None,
    ),
    # the story's day long before the report: no day for the time of day
    (
        "Договор подписали 3 марта. Его обсуждали месяц. Споры шли долго. Был ещё раунд. "
        "Вечером делегации разъехались.",
        PUB,
        "Вечером",
        None,
    ),
    # another day told just before, as a plan: left alone
    (
        "Переговоры назначены на 20 мая. Вечером их участников примет премьер.",
        PUB,
        "Вечером",
        None,
    ),
    # an undated page has no today
    (
        "Утром советник и министр провели беседу в особняке МИД.",
        None,
        "Утром",
        None,
    ),
    # a condition: no time
    (
        "Если стороны договорятся, вечером подпишут меморандум.",
        PUB,
        "вечером",
        None,
    ),
    # a plan told in between, after publication, is no day the story moved to
    (
        "Накануне министры провели переговоры в Сочи. Гость заявил, что лидеры намерены "
        "встретиться в конце июня. Кремль это не подтвердил. Вечером министров принял президент.",
        PUB,
        "Вечером",
        (D(2019, 5, 14), D(2019, 5, 14)),
    ),
    # ... but a time told in between that holds the report's day keeps it off the story's
    (
        "Накануне министры провели переговоры в Сочи. Гость заявил, что лидеры могут "
        "созвониться на этой неделе. Кремль это не подтвердил. Вечером министров принял "
        "президент.",
        PUB,
        "Вечером",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "word", "want"), CASES)
def test_bare_time_of_day(
    text: str, published: D | None, word: str, want: tuple[D, D] | None
) -> None:
    got = [m for m in extract_dates(text, published) if m.text == word]
    if want is None:
        assert all(m.value.start is None for m in got)
        return
    assert got, f"«{word}» not read"
    assert (got[0].value.start, got[0].value.end, got[0].value.precision) == (*want, "day")

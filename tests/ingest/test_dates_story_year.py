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


# Without a publication date (issue 11): the latest year the text has stated so far, never
# today's; a story told from a full month runs on in its year as with one.
NOPUB_CASES: list[tuple[str, tuple[str, D | None, D | None]]] = [
    # a background year told after the news's year does not carry
    (
        "3 марта 2021 года в Казани открылось генконсульство. Прежнее отделение закрыли в "
        "2017 году. Посол, приезжавший в регион в феврале, говорил о планах.",
        ("в феврале", D(2021, 2, 1), D(2021, 2, 28)),
    ),
    # a later year stated after an earlier one does
    (
        "Соглашение 2017 года продлили. 5 мая 2021 года министры подписали протокол. "
        "В июне стороны обменялись нотами.",
        ("В июне", D(2021, 6, 1), D(2021, 6, 30)),
    ),
    # a story told from a full month of an earlier year runs on in that year
    (
        "5 мая 2021 года министры подписали протокол. В июле 2018 года Варшава закрыла "
        "консульство. В августе Москва ответила тем же.",
        ("В августе", D(2018, 8, 1), D(2018, 8, 31)),
    ),
    # but not a paragraph on: the latest year again
    (
        "5 мая 2021 года министры подписали протокол. В июле 2018 года Варшава закрыла "
        "консульство.\n\nВ августе Москва выслала консула.",
        ("В августе", D(2021, 8, 1), D(2021, 8, 31)),
    ),
    # a later year stated for an invitation well ahead of the story's day does not carry
    (
        "Лидеры встретились в четверг, 27 июня 2019 года. Хозяин позвал гостя на парад "
        "9 мая 2020 года. Подготовка шла долго. В мае министры уже обсуждали повестку.",
        ("В мае", D(2019, 5, 1), D(2019, 5, 31)),
    ),
    # a new year close after the story's day is the story going on
    (
        "Стороны встретились 20 декабря 2018 года. Следующий раунд прошёл 15 января "
        "2019 года. В феврале делегации обменялись нотами.",
        ("В феврале", D(2019, 2, 1), D(2019, 2, 28)),
    ),
    # nothing stated: the year stays unknown
    (
        "В августе Москва выслала консула.",
        ("В августе", None, None),
    ),
    # a span of years in a heading is the period told, not the year told from
    (
        "Заметки о разрядке 2010–2012 годов\n\nСоглашение подписали 8 апреля 2010 года.\n\n"
        "Послы обменялись нотами 20 мая.",
        ("20 мая", D(2010, 5, 20), D(2010, 5, 20)),
    ),
    # background decades back, then the story's own year: years on is no plan looked ahead to
    (
        "Договор подписали 26 мая 1972 года. Кризис начался 10 марта 2009 года.\n\n"
        "3 апреля министры встретились в Лондоне.",
        ("3 апреля", D(2009, 4, 3), D(2009, 4, 3)),
    ),
    # a later year opening a sentence told in the past: the story has moved on into it
    (
        "Министры встретились 14 ноября 2018 года. Весной 2019 года выяснилось, что спор не "
        "решён.\n\n12 апреля стороны снова обменялись нотами.",
        ("12 апреля", D(2019, 4, 12), D(2019, 4, 12)),
    ),
    # a day set beside a step on from the story's day: the year the step lands in
    (
        "Стороны подписали протокол 13 декабря 2001 года. Шесть месяцев спустя, 13 июня, "
        "документ вступил в силу.",
        ("13 июня", D(2002, 6, 13), D(2002, 6, 13)),
    ),
    (
        "Стороны подписали протокол 20 декабря 2001 года. Спустя три недели, 10 января, "
        "послы обменялись нотами.",
        ("10 января", D(2002, 1, 10), D(2002, 1, 10)),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), NOPUB_CASES, ids=[f"nopub{i:02d}" for i in range(len(NOPUB_CASES))]
)
def test_year_without_publication(text: str, expected: tuple[str, D | None, D | None]) -> None:
    got = [(d.text, d.value.start, d.value.end) for d in extract_dates(text, None)]
    assert got[-1] == expected

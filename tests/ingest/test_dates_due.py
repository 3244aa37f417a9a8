"""Due days (issue 11): a day set with «на» («назначена на четверг»), a future weekday that
is the day of publication itself, a plan made before («был намечен на 21 февраля») read as
the nearest such day, and a put-off or called-off happening dated by when it was due, not by
the day nor the new day of putting it off. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

# (sentence, publication, [(text, start, end)])
MENTIONS: list[tuple[str, D, list[tuple[str, D | None, D | None]]]] = [
    # «на» + weekday: the day set for, from publication on (that very day included)
    (
        "Назначенные на пятницу консультации экспертов не состоятся.",
        D(2024, 3, 8),  # a Friday
        [("на пятницу", D(2024, 3, 8), D(2024, 3, 8))],
    ),
    (
        "Переговоры делегаций назначены на четверг.",
        D(2024, 3, 4),  # a Monday
        [("на четверг", D(2024, 3, 7), D(2024, 3, 7))],
    ),
    (
        "Его беседа с премьером была запланирована на субботу.",
        D(2024, 3, 6),
        [("на субботу", D(2024, 3, 9), D(2024, 3, 9))],
    ),
    # an agency names today by its weekday: «в среду проведёт» in Wednesday's news
    (
        "Глава МИД в среду проведёт переговоры с коллегой из Омана.",
        D(2024, 3, 6),  # a Wednesday
        [("в среду", D(2024, 3, 6), D(2024, 3, 6))],
    ),
    (
        "Премьер во вторник примет в Доме правительства губернатора.",
        D(2024, 3, 4),  # a Monday
        [("во вторник", D(2024, 3, 5), D(2024, 3, 5))],
    ),
    (
        "Министры встретятся в следующую среду.",
        D(2024, 3, 6),
        [("в следующую среду", D(2024, 3, 13), D(2024, 3, 13))],
    ),
    # a plan made before: the nearest such day, told after it or before it
    (
        "Поездка канцлера изначально была намечена на 12 апреля, но её отложили.",
        D(2024, 4, 17),
        [("на 12 апреля", D(2024, 4, 12), D(2024, 4, 12))],
    ),
    (
        "Встреча глав МИД была запланирована на 20 мая.",
        D(2024, 5, 14),
        [("на 20 мая", D(2024, 5, 20), D(2024, 5, 20))],
    ),
    # without «был» a planned participle is still ahead
    (
        "Следующий раунд намечен на 12 апреля.",
        D(2024, 4, 17),
        [("на 12 апреля", D(2025, 4, 12), D(2025, 4, 12))],
    ),
    # a passive with «будут» is still ahead, whatever its short participle's tense
    (
        "Эти вопросы будут затронуты во вторник на переговорах министров.",
        D(2024, 3, 6),  # a Wednesday
        [("во вторник", D(2024, 3, 12), D(2024, 3, 12))],
    ),
    (
        "Эти вопросы были затронуты во вторник на переговорах министров.",
        D(2024, 3, 6),
        [("во вторник", D(2024, 3, 5), D(2024, 3, 5))],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), MENTIONS, ids=[f"{i:02d}" for i in range(len(MENTIONS))]
)
def test_due_day_mentions(
    text: str, published: D, expected: list[tuple[str, D | None, D | None]]
) -> None:
    got = [(d.text, d.value.start, d.value.end) for d in extract_dates(text, published)]
    assert got[: len(expected)] == expected



# (text, publication, [(type, status, start, end, precision)])
EVENTS: list[tuple[str, D, list[tuple[str, str, D | None, D | None, str]]]] = [
    # the day of putting off is not the day it was due
    (
        "Напомним, что визит Эрдогана, намеченный на сегодня, был отложен накануне.",
        D(2024, 3, 7),
        [("visit", "postponed", D(2024, 3, 7), D(2024, 3, 7), "day")],
    ),
    # nor is the new day it was put off to
    (
        "Запланированный на 10 апреля визит Эрдогана в Москву перенесли на 24 апреля.",
        D(2024, 3, 20),
        [("visit", "postponed", D(2024, 4, 10), D(2024, 4, 10), "day")],
    ),
    # a weekday it was set for, told on that very day
    (
        "Назначенная на понедельник встреча Лаврова с Фиданом не состоится.",
        D(2024, 3, 4),  # a Monday
        [("meeting", "cancelled", D(2024, 3, 4), D(2024, 3, 4), "day")],
    ),
    # a long noun phrase between the happening and its participle of scheduling: the
    # participle agrees with the happening, whatever noun the parse hangs it on
    (
        "Заседание межправительственной российско-казахской комиссии по торгово-"
        "экономическому и гуманитарному сотрудничеству, намеченное на 14-15 мая в Астане, "
        "перенесено на второе полугодие следующего года, сообщил источник в министерстве.",
        D(2024, 4, 30),
        [("meeting", "postponed", D(2024, 5, 14), D(2024, 5, 15), "range")],
    ),
    # a participle agreeing with another noun dates nothing of the happening
    (
        "Визит Эрдогана отложен из-за совещания, назначенного на 14 мая.",
        D(2024, 4, 30),
        [("visit", "postponed", None, D(2024, 4, 30), "before")],
    ),
    # a date written out on the verb of calling off still names the day it was due
    (
        "Переговоры Лаврова с Фиданом 12 марта отменили.",
        D(2024, 3, 14),
        [("talks", "cancelled", D(2024, 3, 12), D(2024, 3, 12), "day")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), EVENTS, ids=[f"{i:02d}" for i in range(len(EVENTS))]
)
def test_called_off_dated_when_due(
    pipeline: Pipeline, text: str, published: D, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.status, e.date.value.start, e.date.value.end, e.date.value.precision)
        for e in facts.events
        if e.type != "statement"
    ]
    assert got == expected


# A happening called off or put off by a past verb is dated by when it was due: the
# nearest such day, ahead of publication as well as behind it.
CALLED_OFF_DAYS: list[tuple[str, D, tuple[str, D]]] = [
    ("Консультации экспертов 14 марта отменили.", D(2024, 3, 11), ("14 марта", D(2024, 3, 14))),
    ("Заседание комиссии 2 апреля отложили.", D(2024, 3, 20), ("2 апреля", D(2024, 4, 2))),
    ("Форум 9 апреля отменён.", D(2024, 4, 1), ("9 апреля", D(2024, 4, 9))),
    # behind publication it stays behind
    ("Переговоры 5 марта отменили.", D(2024, 3, 11), ("5 марта", D(2024, 3, 5))),
    # a weekday still counts back in the past tense
    ("В понедельник визит отменили.", D(2024, 3, 13), ("В понедельник", D(2024, 3, 11))),
    # not a verb of calling off: a past verb keeps the past year
    ("Переговоры 14 марта прошли в Минске.", D(2024, 3, 11), ("14 марта", D(2023, 3, 14))),
]


@pytest.mark.parametrize(("text", "published", "expected"), CALLED_OFF_DAYS)
def test_called_off_by_a_past_verb_is_the_nearest_day(
    text: str, published: D, expected: tuple[str, D]
) -> None:
    got = [(d.text, d.value.start) for d in extract_dates(text, published)]
    assert got[:1] == [expected]

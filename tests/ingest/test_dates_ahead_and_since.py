"""A date's year and owner (dates11): a participle after a «быть» still to come («будет
принято до 28 июня», «может быть подписан в июле») is ahead; a future day just before the
page's stamp is this year's (a stamp a day or two late), not next year's; a date inside a
phrase placing the trigger against another happening («первый визит с момента вступления в
должность в 2004 году», «после саммита в июне») dates that happening. Every sentence is our
own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import DateRow, date_rows, raw_article

D = dt.date
P = D(2016, 6, 22)

TENSE: list[tuple[str, D, list[DateRow]]] = [
    # «будет» + participle: the state is ahead (the participle alone would read past)
    (
        "Окончательно решение будет принято до встречи лидеров 28-29 июня.",
        P,
        [("28-29 июня", "2016-06-28", "2016-06-29", "range", "year-from-publication", True)],
    ),
    (
        "Соглашение будет подписано 14 сентября в Минске.",
        P,
        [("14 сентября", "2016-09-14", "2016-09-14", "day", "year-from-publication", True)],
    ),
    # the infinitive «быть» after a modal: a possibility still ahead
    (
        "Документ может быть утвержден Советом 14 сентября.",
        P,
        [("14 сентября", "2016-09-14", "2016-09-14", "day", "year-from-publication", True)],
    ),
    (
        "Меморандум должен быть подписан в июле.",
        P,
        [("в июле", "2016-07-01", "2016-07-31", "month", "year-from-publication", True)],
    ),
    # the participle alone, or after «был», still tells what was done
    (
        "Меморандум был подписан 14 сентября.",
        P,
        [("14 сентября", "2015-09-14", "2015-09-14", "day", "year-from-publication", False)],
    ),
    (
        "Соглашение подписано 14 сентября в Минске.",
        P,
        [("14 сентября", "2015-09-14", "2015-09-14", "day", "year-from-publication", False)],
    ),
    # a future day a day or two before the page's stamp: the stamp is late, not a year off
    (
        "Переговоры министров пройдут 20 июня в Москве.",
        P,
        [("20 июня", "2016-06-20", "2016-06-20", "day", "year-from-publication", True)],
    ),
    (
        "Переговоры министров пройдут 10 июня в Москве.",
        P,
        [("10 июня", "2017-06-10", "2017-06-10", "day", "year-from-publication", True)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), TENSE)
def test_year_ahead(text: str, published: D, expected: list[DateRow]) -> None:
    assert date_rows(extract_dates(text, published)) == expected


Row = tuple[str, D, list[tuple[str, D | None, D | None, str]]]

SINCE: list[Row] = [
    # the year dates the taking of office, not the visit it counts from
    (
        "Это первый визит министра Иванова в Лаос с момента его назначения на пост в 2019 году.",
        D(2023, 3, 2),
        [("visit", None, D(2023, 3, 2), "before")],
    ),
    (
        "Это первая поездка Сергея Лаврова в Анголу со времени избрания президента в 2017 году.",
        D(2023, 3, 2),
        [("visit", None, D(2023, 3, 2), "before")],
    ),
    # a date of the trigger's own phrase still dates it
    (
        "Встреча Сергея Лаврова и Ван И в феврале прошла в Пекине.",
        D(2023, 3, 2),
        [("meeting", D(2023, 2, 1), D(2023, 2, 28), "month")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SINCE)
def test_date_of_the_happening_counted_from(
    pipeline: Pipeline, text: str, published: D, expected: list
) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision) for e in facts.events
    ]
    assert got == expected


# «через неделю после встречи»: counted from the meeting, not from publication — no date of
# its own; «через неделю» alone still counts from publication.
AFTER_ANOTHER: list[tuple[str, list[DateRow]]] = [
    ("Звонок министров, случившийся через неделю после их встречи, обсуждают эксперты.", []),
    ("Через два дня после переговоров делегации обменялись нотами.", []),
    ("Через месяц с момента подписания договора стороны не продвинулись.", []),
    (
        "Министры созвонятся через неделю.",
        [("через неделю", "2016-06-27", "2016-07-03", "range", "relative", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_ANOTHER)
def test_a_span_counted_from_another_happening_is_no_date(
    text: str, expected: list[DateRow]
) -> None:
    assert date_rows(extract_dates(text, P)) == expected

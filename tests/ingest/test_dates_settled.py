"""A happening settled by agreeing, deciding, promising or inviting («договорились провести
встречу 10–11 мая»): the date is the day of the happening agreed on, which lies after the
agreeing, ahead of publication or gone by it alike, so the nearest such day (plans.py); the
agreeing's own day («5 марта договорились провести ...») and a term it sets («договорились
подписать до конца февраля») stay on the agreeing verb's past. Every sentence is written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date

# (text, publication, expression, (start, end))
CASES: list[tuple[str, D | None, str, tuple[D | None, D | None]]] = [
    # the day agreed on, just ahead of publication: this year, not the year before
    (
        "Министры договорились провести следующий раунд 10–11 мая в Женеве.",
        D(2017, 5, 1),
        "10–11 мая",
        (D(2017, 5, 10), D(2017, 5, 11)),
    ),
    (
        "Главы ведомств условились встретиться 20 января в Цюрихе.",
        D(2016, 1, 14),
        "20 января",
        (D(2016, 1, 20), D(2016, 1, 20)),
    ),
    (
        "Стороны решили продолжить консультации в сентябре.",
        D(2019, 8, 2),
        "в сентябре",
        (D(2019, 9, 1), D(2019, 9, 30)),
    ),
    # a word between the verb and its infinitive
    (
        "Делегации договорились ещё раз собраться 3 июня в Вене.",
        D(2021, 5, 20),
        "3 июня",
        (D(2021, 6, 3), D(2021, 6, 3)),
    ),
    (
        "Президент пообещал посетить Новосибирск 12 февраля.",
        D(2020, 1, 28),
        "12 февраля",
        (D(2020, 2, 12), D(2020, 2, 12)),
    ),
    (
        "Посол пригласил коллег принять участие в приёме 4 июля.",
        D(2018, 6, 25),
        "4 июля",
        (D(2018, 7, 4), D(2018, 7, 4)),
    ),
    # the nearest such day gone by: the meeting agreed on has passed
    (
        "Стороны договорились провести встречу 2 марта, но она так и не состоялась.",
        D(2019, 3, 20),
        "2 марта",
        (D(2019, 3, 2), D(2019, 3, 2)),
    ),
    # the day of the agreeing itself, before the verb: past
    (
        "Стороны 20 апреля договорились провести ещё один раунд.",
        D(2019, 3, 20),
        "20 апреля",
        (D(2018, 4, 20), D(2018, 4, 20)),
    ),
    # no settling verb: the infinitive's own verb still decides
    (
        "Министры успели обсудить этот вопрос 20 апреля.",
        D(2019, 3, 20),
        "20 апреля",
        (D(2018, 4, 20), D(2018, 4, 20)),
    ),
    # the happening agreed on under «о»: its day, the nearest one (plans.settled_about)
    (
        "Министры условились о новой встрече в октябре.",
        D(2019, 9, 12),
        "в октябре",
        (D(2019, 10, 1), D(2019, 10, 31)),
    ),
    (
        "Помощники договорились о телефонном разговоре президентов 5 марта.",
        D(2018, 2, 27),
        "5 марта",
        (D(2018, 3, 5), D(2018, 3, 5)),
    ),
    # a matter that is no happening: the agreeing's past
    (
        "Министры договорились о поставках зерна в октябре.",
        D(2019, 9, 12),
        "в октябре",
        (D(2018, 10, 1), D(2018, 10, 31)),
    ),
    # a term set by the agreeing stays on the agreeing's past
    (
        "Стороны договорились подписать протокол до конца февраля.",
        D(2019, 9, 19),
        "до конца февраля",
        (None, D(2019, 2, 28)),
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "want"), CASES)
def test_settled_happening_day(
    text: str, pub: D | None, expr: str, want: tuple[D | None, D | None]
) -> None:
    got = {m.text: (m.value.start, m.value.end) for m in extract_dates(text, pub)}
    assert got[expr] == want, got

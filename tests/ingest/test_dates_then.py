"""«Тогда» (and «там же») as a date (dates/then.py): the time the text has just stated,
with its precision; no time in a condition, in «тогда как», in the future, or with nothing
told just before. And a third of a month so told joins another outlet's undated report of
the same parties (events/thirds.py). Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import DateValue, extract_dates
from app.ingest.events import identity
from app.ingest.events.model import DateReading
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date

# (text, publication, the value «тогда» takes, or None when it is no date)
THEN: list[tuple[str, D, tuple[D, D, str] | None]] = [
    # a day told in the same sentence
    (
        "Министры в последний раз виделись 12 марта прошлого года в Анкаре; тогда же "
        "подписали план консультаций.",
        D(2024, 2, 1),
        (D(2023, 3, 12), D(2023, 3, 12), "day"),
    ),
    # a year told in the sentence before: its precision is kept
    (
        "В 2019 году стороны подписали меморандум. Тогда премьер встретился с министром.",
        D(2024, 2, 1),
        (D(2019, 1, 1), D(2019, 12, 31), "year"),
    ),
    # a month
    (
        "Переговоры прошли в октябре 2021 года. Тогда делегации обсудили поставки зерна.",
        D(2024, 2, 1),
        (D(2021, 10, 1), D(2021, 10, 31), "month"),
    ),
    # a condition: a consequence, no time
    (
        "В 2019 году стороны подписали меморандум. Если его продлят, тогда министры встретятся.",
        D(2024, 2, 1),
        None,
    ),
    # the future: no time done «тогда»
    (
        "В 2019 году стороны подписали меморандум. Тогда министры снова встретятся.",
        D(2024, 2, 1),
        None,
    ),
    # «тогда как» is «whereas»
    (
        "В 2019 году Москва поддержала план, тогда как Вашингтон его отверг.",
        D(2024, 2, 1),
        None,
    ),
    # nothing told in this sentence or the one before
    (
        "В 2019 году стороны подписали меморандум. Работа шла медленно. Тогда премьер "
        "встретился с министром.",
        D(2024, 2, 1),
        None,
    ),
    # «там же»: at the occasion just told, so at its time
    (
        "Президент Франции накануне выступил на итоговой пресс-конференции. Канцлер Германии "
        "там же назвала итоги встречи хорошим началом.",
        D(2024, 2, 7),
        (D(2024, 2, 6), D(2024, 2, 6), "day"),
    ),
    # «там же» of a place told ahead: no time
    (
        "В 2019 году саммит прошёл в Сочи. Там же пройдёт следующая встреча.",
        D(2024, 2, 1),
        None,
    ),
    # a plan is no time something was done «тогда»
    (
        "Визит запланирован на 5 мая. Тогда министры обсудили поставки.",
        D(2024, 2, 1),
        None,
    ),
]


# «тогда же», «в то же самое время» further back than the sentence before: the story's day
# when one was named and nothing else told since; a bare «тогда» stays as narrow as above.
SAME_TIME: list[tuple[str, D, tuple[D, D, str] | None]] = [
    (
        "В понедельник министры провели переговоры в Кремле. После них они подписали "
        "протокол. Документ рассчитан на три года. Тогда же стороны договорились о "
        "консультациях по визам.",
        D(2024, 2, 7),
        (D(2024, 2, 5), D(2024, 2, 5), "day"),
    ),
    (
        "В понедельник министры провели переговоры в Кремле. После них они подписали "
        "протокол. Документ рассчитан на три года. В то же самое время заместители "
        "министров встретились в соседнем зале.",
        D(2024, 2, 7),
        (D(2024, 2, 5), D(2024, 2, 5), "day"),
    ),
    (
        "В понедельник министры провели переговоры в Кремле. После них они подписали "
        "протокол. Документ рассчитан на три года. Тогда стороны договорились о "
        "консультациях по визам.",
        D(2024, 2, 7),
        None,
    ),
    # a plan: nothing done «тогда же»
    (
        "В понедельник министры проведут переговоры в Кремле. Программа уже согласована. "
        "Документы почти готовы. Тогда же стороны обсудят визы.",
        D(2024, 2, 2),
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [*THEN, *SAME_TIME],
    ids=[f"{i:02d}" for i in range(len(THEN) + len(SAME_TIME))],
)
def test_then_takes_up_the_time_told(
    text: str, published: D, expected: tuple[D, D, str] | None
) -> None:
    got = [
        (m.value.start, m.value.end, m.value.precision)
        for m in extract_dates(text, published)
        if m.text.lower().startswith(("тогда", "там", "в то же"))
    ]
    assert got == ([expected] if expected is not None else [])


def test_a_reception_dated_by_then(pipeline: Pipeline) -> None:
    # «X принял Y» with no date of its own is left to the meeting dated elsewhere; «тогда»
    # dates it by the day told just before.
    text = (
        "Министры встретились 24 июля прошлого года в Каире. Тогда Лаврова также принял "
        "президент Египта Абдель Фаттах ас-Сиси."
    )
    facts = pipeline.process(raw_article(text, D(2023, 1, 30)))
    got = [
        (e.type, e.date.value.start, e.date.value.precision)
        for e in facts.events
        if "abdel-fattah-el-sisi" in e.actors
    ]
    assert got == [("meeting", D(2022, 7, 24), "day")]


def _r(start: D | None, end: D, precision: str, explicit: bool) -> DateReading:
    how = "explicit" if explicit else "before-publication"
    return DateReading(
        DateValue(start, end, precision, how), "x" if explicit else None, None, explicit
    )  # type: ignore[arg-type]


THIRDS: list[tuple[DateReading, DateReading, list[str], bool]] = [
    # a third of September, and an undated report of October of the same two: one
    (_r(D(2023, 9, 11), D(2023, 9, 20), "part", True), _r(None, D(2023, 10, 20), "before", False),
     ["a", "b"], True),
    # not the same parties all
    (_r(D(2023, 9, 11), D(2023, 9, 20), "part", True), _r(None, D(2023, 10, 20), "before", False),
     ["a", "c"], False),
    # months apart: another happening
    (_r(D(2023, 5, 11), D(2023, 5, 20), "part", True), _r(None, D(2023, 10, 20), "before", False),
     ["a", "b"], False),
    # a quarter is no third
    (_r(D(2023, 7, 1), D(2023, 9, 30), "part", True), _r(None, D(2023, 10, 20), "before", False),
     ["a", "b"], False),
]  # fmt: skip


@pytest.mark.parametrize(("dated", "vague", "other", "same"), THIRDS)
def test_a_third_joins_an_undated_report(
    dated: DateReading, vague: DateReading, other: list[str], same: bool
) -> None:
    got = identity.same_happening(
        "talks", ["a", "b"], dated, frozenset(), "meeting", other, vague, frozenset()
    )
    assert got is same

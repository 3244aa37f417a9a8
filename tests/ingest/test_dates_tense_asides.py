"""The tense around a date (tense.py, extract.py): a «как» clause the date stands outside
gives no signal («В среду, как вы предлагали, мы всё организуем»), nor do the quotes of a
name bound a clause; a predicative of possibility («возможен 14 апреля») looks nowhere (the
nearest day); «ещё» right before a date looks back («должна была пройти ещё в декабре»);
«Ранее» opening a sentence is before publication; a verb framing a «что» clause weighs like
a reporting verb. Every sentence is our own.

Rows: (text, publication date, [(text, start, end, precision, how, planned)]).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.ingest.dates import extract_dates
from tests.ingest.helpers import DateRow, date_rows

P = "2016-04-12"  # a Tuesday

CASES: list[tuple[str, str, list[DateRow]]] = [
    # the «как» clause compares with what was asked for; «примем» tells the happening
    (
        "В пятницу, как вы и просили, мы примем вашу делегацию.",
        P,
        [("В пятницу", "2016-04-15", "2016-04-15", "day", "weekday-from-publication", True)],
    ),
    (
        "Переговоры в четверг, как и предполагалось, завершились подписанием меморандума.",
        P,
        [("в четверг", "2016-04-07", "2016-04-07", "day", "weekday-from-publication", False)],
    ),
    # the date inside the «как» clause: its own verb governs it
    (
        "Министр рассказал, как в субботу встретится с коллегой.",
        P,
        [("в субботу", "2016-04-16", "2016-04-16", "day", "weekday-from-publication", True)],
    ),
    # the quotes of a name do not bound a clause: the date belongs to «сообщает»
    (
        "Как сообщает агентство «Синьхуа» 11 апреля, визит пройдёт в мае.",
        P,
        [
            ("11 апреля", "2016-04-11", "2016-04-11", "day", "year-from-publication", False),
            ("в мае", "2016-05-01", "2016-05-31", "month", "year-from-publication", True),
        ],
    ),
    # a predicative of possibility with no verb: the nearest such day, not the report's past
    (
        "Посол сказал, что обмен нотами возможен 14 апреля.",
        P,
        [("14 апреля", "2016-04-14", "2016-04-14", "day", "year-from-publication", True)],
    ),
    # «Ранее» opening a sentence is the writer's «earlier», whatever the clause after it
    (
        "Ранее о том, что консультации будут продолжены, сообщал посол.",
        P,
        [("Ранее", None, "2016-04-12", "before", "before-publication", False)],
    ),
    # a verb framing a «что» clause weighs like a reporting verb: the clause's own governs
    (
        "Вчера стало известно, что 19 апреля посол вручит верительные грамоты.",
        P,
        [
            ("Вчера", "2016-04-11", "2016-04-11", "day", "relative", False),
            ("19 апреля", "2016-04-19", "2016-04-19", "day", "year-from-publication", True),
        ],
    ),
    (
        "Выяснилось, что 8 апреля министры тайно встречались в Вене.",
        P,
        [("8 апреля", "2016-04-08", "2016-04-08", "day", "year-from-publication", False)],
    ),
    # «ещё» before the date: as far back as
    (
        "Визит должен был состояться ещё в январе, но его отложили.",
        "2016-06-20",
        [("в январе", "2016-01-01", "2016-01-31", "month", "year-from-publication", False)],
    ),
    (
        "Нота была направлена ещё 28 марта.",
        P,
        [("28 марта", "2016-03-28", "2016-03-28", "day", "year-from-publication", False)],
    ),
    # a report after the comma tells the telling's tense; the verb of the date's own clause,
    # however long, tells the happening's («планируют утвердить ... 20 апреля»: ahead)
    (
        "Министры стран союза планируют одобрить новый пакет торговых ограничений на "
        "очередной встрече в Брюсселе 20 апреля, сообщил во вторник дипломатический источник.",
        P,
        [
            ("20 апреля", "2016-04-20", "2016-04-20", "day", "year-from-publication", True),
            ("во вторник", "2016-04-12", "2016-04-12", "day", "weekday-from-publication", False),
        ],
    ),
    # ... but a date whose clause has no word of its own takes the report's
    (
        "В понедельник вечером, сообщил источник, делегация вернулась в столицу.",
        P,
        [("В понедельник", "2016-04-11", "2016-04-11", "day", "weekday-from-publication", False)],
    ),
    # the future keeps its direction: «ещё в июле» is as early as July
    (
        "Стороны вернутся к этому вопросу ещё в июле.",
        P,
        [("в июле", "2016-07-01", "2016-07-31", "month", "year-from-publication", True)],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[f"{i:02d}" for i in range(len(CASES))]
)
def test_tense_asides(text: str, published: str, expected: list[DateRow]) -> None:
    mentions = extract_dates(text, date.fromisoformat(published))
    assert date_rows(mentions) == expected

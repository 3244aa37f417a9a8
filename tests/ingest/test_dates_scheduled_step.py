"""«Договор истекает 5 декабря» (dates/scheduled_step.py): a day without a year in the
present tense with a verb of a scheduled step (a term running out, coming into force, a
happening opening or closing) is the coming such day, as a future verb would read; a day
at most a month before publication, another present verb or a stated year keep the
nearest day. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates

D = dt.date
P = D(2023, 3, 10)

# (text, the date phrase, the day it reads as)
CASES: list[tuple[str, str, D]] = [
    ("Стороны обсудили конвенцию, которая истекает 5 декабря.", "5 декабря", D(2023, 12, 5)),
    ("Новый тариф вступает в силу 1 января.", "1 января", D(2024, 1, 1)),
    ("Выставка открывается 20 ноября в Казани.", "20 ноября", D(2023, 11, 20)),
    ("Мораторий прекращается 30 октября.", "30 октября", D(2023, 10, 30)),
    # a month before publication at most: still the nearest
    ("Сессия, которая открывается 1 марта, продлится до апреля.", "1 марта", D(2023, 3, 1)),
    # no verb of a scheduled step: the nearest
    ("Министр 5 декабря отвечает на письма граждан.", "5 декабря", D(2022, 12, 5)),
    # the year stated: as stated
    ("Конвенция истекает 5 декабря 2022 года.", "5 декабря 2022 года", D(2022, 12, 5)),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES)
def test_scheduled_step(text: str, phrase: str, want: D) -> None:
    mentions = [m for m in extract_dates(text, P) if m.text == phrase]
    assert mentions, [m.text for m in extract_dates(text, P)]
    assert (mentions[0].value.start, mentions[0].value.end) == (want, want)

"""A happening a speaker rates or describes is not told by the rating (evaluated.py), on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 7)  # a Friday
WED = D(2024, 6, 5)
MON = D(2024, 6, 3)

CASES: list[tuple[str, list[Ev]]] = [
    # The day on the verb is the words' day; the talks rated are told elsewhere, if at all.
    (
        "Представитель Кремля Дмитрий Песков в среду назвал переговоры Лаврова и Ван И"
        " полезными.",
        [("statement", "happened", WED, WED, "day", ["dmitry-peskov"])],
    ),
    (
        "Замглавы МИД Сергей Рябков в среду сдержанно оценил итоги встречи Лаврова с Ван И.",
        [("statement", "happened", WED, WED, "day", ["sergey-ryabkov"])],
    ),
    # A picture from a meeting: the one who posts it is no party of it.
    ("Мария Захарова в среду опубликовала фотографию со встречи Лаврова и Ван И.", []),
    # A day in the noun's own phrase is the talks' day: they stay.
    (
        "Песков в среду назвал состоявшиеся 3 июня переговоры Лаврова и Ван И полезными.",
        [
            ("statement", "happened", WED, WED, "day", ["dmitry-peskov"]),
            ("talks", "happened", MON, MON, "day", ["sergey-lavrov", "wang-yi"]),
        ],
    ),
    # The rated talks are still the table a reply after speaks across (replies.py): the
    # reply is the speaker's words, and with no day of the talks told, they keep their own.
    (
        "Песков в среду назвал переговоры Путина и Си Цзиньпина полезными. Си Цзиньпин, в"
        " свою очередь, призвал к диалогу.",
        [
            ("statement", "happened", WED, WED, "day", ["dmitry-peskov"]),
            ("statement", "happened", PUB, PUB, "day", ["xi-jinping"]),
        ],
    ),
    # Told of, not rated: the talks stay an event (attribution.py).
    (
        "Песков в среду сообщил о переговорах Лаврова и Ван И.",
        [
            ("statement", "happened", WED, WED, "day", ["dmitry-peskov"]),
            ("talks", "happened", WED, WED, "day", ["sergey-lavrov", "wang-yi"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_evaluated_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

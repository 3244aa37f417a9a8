"""A contact named under «по итогам» of another trigger noun is that happening's setting
(results.py): «на пресс-конференции по итогам переговоров» tells the press conference, the
talks being told elsewhere. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 14)  # a Friday
TALKS = "Сергей Лавров в четверг провел переговоры с Ван И в Москве. "
HELD = ("talks", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")



# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    (
        TALKS + "На пресс-конференции по итогам переговоров Лавров поблагодарил Китай за "
        "поддержку.",
        # held after the talks told, on their day (dates/around_happening.py)
        [HELD, ("press-conference", "happened", ["sergey-lavrov"], "2025-03-13", "day")],
    ),
    # «После переговоров» on the verb that holds a joint press conference: when it was held
    # (on the talks' day, the contact told before).
    (
        TALKS + "После переговоров Лавров и Ван И провели совместную пресс-конференцию.",
        [HELD, ("press-conference", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
    ),
    # «По завершении» / «после окончания» of the contact: the same.
    (
        TALKS + "По завершении переговоров Лавров и Ван И провели пресс-конференцию.",
        [HELD, ("press-conference", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
    ),
    # Going out to the press after the contact is the press appearance itself, of the
    # contact's parties, named or as «министры».
    (
        TALKS + "После переговоров Лавров и Ван И вышли к журналистам.",
        [HELD, ("press-conference", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
    ),
    (
        TALKS + "По завершении переговоров министры вышли к прессе.",
        [HELD, ("press-conference", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
    ),
    (
        "После переговоров Лавров и Ван И вышли к журналистам.",
        [("press-conference", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-14", "day")],
    ),
    # Words said after the contact are not touched: the contact is their occasion.
    (
        "После переговоров с Ван И Лавров заявил, что Москва и Пекин согласны.",
        [
            ("statement", "happened", ["sergey-lavrov"], "2025-03-14", "day"),
            ("talks", "happened", ["sergey-lavrov", "wang-yi"], None, "before"),
        ],
    ),
    # The contact under «по итогам» of a verb is not touched here (attribution.setting).
    (
        TALKS + "По итогам переговоров Лавров и Ван И подписали соглашение о визах.",
        [HELD, ("agreement", "happened", ["sergey-lavrov", "wang-yi"], "2025-03-13", "day")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contact_as_setting(pipeline: Pipeline, text: str, expected: list) -> None:
    rows = speech_rows(pipeline.process(raw_article(text, PUB)).events)
    assert sorted(rows) == sorted(expected)

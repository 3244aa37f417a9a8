"""Words said at the close of a happening told before («На итоговой пресс-конференции ...»)
are on its day, and a plan or an open bound of a topic told in between does not cut the
story off from that day (events/when.py, day_gone_on). Every sentence is written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date



# (text, publication, the day of the press conference)
CLOSING: list[tuple[str, D, D]] = [
    # a closing press conference right after the day told
    (
        "Переговоры Владимира Путина и Реджепа Тайипа Эрдогана прошли в среду в Сочи. "
        "На итоговой пресс-конференции Владимир Путин заявил, что стороны близки к решению.",
        D(2024, 9, 5),  # a Thursday: the talks were on Wednesday 4 September
        D(2024, 9, 4),
    ),
    # a plan and the open bound of a topic told in between do not move the story's time
    (
        "Переговоры Владимира Путина и Реджепа Тайипа Эрдогана прошли в среду в Сочи. "
        "Стороны договорились, что до конца года будет подписано соглашение. "
        "Президенты обсуждали поставки зерна после 1 января. "
        "На заключительной пресс-конференции Владимир Путин заявил, что доволен итогами.",
        D(2024, 9, 5),
        D(2024, 9, 4),
    ),
    # a day of the story told in between does: the last day told
    (
        "Переговоры Владимира Путина и Реджепа Тайипа Эрдогана прошли во вторник в Сочи. "
        "В среду делегации продолжили работу. "
        "На итоговой пресс-конференции Владимир Путин заявил, что доволен итогами.",
        D(2024, 9, 5),
        D(2024, 9, 4),
    ),
    # a press conference with no closing word is not gone on from
    (
        "Переговоры Владимира Путина и Реджепа Тайипа Эрдогана прошли в среду в Сочи. "
        "На пресс-конференции Владимир Путин заявил, что доволен итогами.",
        D(2024, 9, 5),
        D(2024, 9, 5),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "day"), CLOSING, ids=[f"{i:02d}" for i in range(len(CLOSING))]
)
def test_closing_words_on_the_day_told(pipeline: Pipeline, text: str, published: D, day: D) -> None:
    facts = pipeline.process(raw_article(text, published))
    got = [
        e.date.value.start
        for e in facts.events
        if e.type in ("press-conference", "statement") and "vladimir-putin" in e.actors
    ]
    assert got and set(got) == {day}

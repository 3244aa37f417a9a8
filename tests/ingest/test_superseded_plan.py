"""A plan a participle tells on the happening («намеченное на 11 мая») gives way to the day
the verb of taking place tells («пройдет 18 мая»): that day dates the happening
(superseded_plan.py). Alone, the participle's date stays. Sentences of our own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Заседание российско-финской комиссии, намеченное на 11 мая, пройдет 18 мая в Казани.",
         "2019-05-18"),
        ("Встреча министров России и Вьетнама, запланированная на 3 июня, состоится 10 июня.",
         "2019-06-10"),
        ("Намеченная на 20 мая встреча министров России и Лаоса состоится в Вьентьяне.",
         "2019-05-20"),  # no day of its own: the plan's
    ],
)  # fmt: skip
def test_day_of_taking_place(pipeline: Pipeline, text: str, start: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 4, 2)))
    events = [e for e in facts.events if e.type == "meeting"]
    assert len(events) == 1
    assert str(events[0].date.value.start) == start

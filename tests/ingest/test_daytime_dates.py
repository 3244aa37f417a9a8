"""«Днём» before a day («днём в среду», «днём 5 мая») is the time of day, as «утром» and
«вечером» are: it passes the day on to the verb, though a parser takes it for a noun that
the day hangs under (date_tree._transparent). Sentences of our own, modelled on real news."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, str, str, str]] = [
    # (text, type, status, day)
    (
        "Днем в четверг Владимир Путин примет в Кремле президента Финляндии Саули Ниинистё.",
        "meeting", "planned", "2019-08-22",
    ),
    (
        "Днём во вторник Сергей Лавров провел переговоры с Ван И в Пекине.",
        "talks", "happened", "2019-08-20",
    ),
    (
        "Днем 19 августа Сергей Лавров встретился в Москве с Мевлютом Чавушоглу.",
        "meeting", "happened", "2019-08-19",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "typ", "status", "day"), CASES)
def test_daytime_passes_the_day(
    pipeline: Pipeline, text: str, typ: str, status: str, day: str
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 8, 21)))
    events = [e for e in facts.events if e.type == typ]
    assert len(events) == 1
    assert events[0].status == status
    assert events[0].date.value.start is not None
    assert events[0].date.value.start.isoformat() == day

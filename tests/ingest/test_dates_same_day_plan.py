"""«На тот же день» («на этот же день») sets a plan for the day just told, as «в тот же день»
dates a happening on it (dates/lexicon.ANAPHOR): «Переговоры пройдут 14 июня. На тот же
день намечена встреча с послом». «На этот день» without «же» is left alone (it may be «as
of that day»). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.dates import extract_dates
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
P = D(2022, 6, 10)

# (text, the phrase, the day it takes up)
CASES: list[tuple[str, str, D]] = [
    (
        "Переговоры министров пройдут 14 июня в Анкаре. На тот же день намечена встреча "
        "с главой парламента.",
        "На тот же день",
        D(2022, 6, 14),
    ),
    (
        "Министр прилетит в Баку в четверг. На этот же день запланированы консультации "
        "заместителей.",
        "На этот же день",
        D(2022, 6, 16),
    ),
]


@pytest.mark.parametrize(("text", "phrase", "day"), CASES)
def test_same_day_plan(text: str, phrase: str, day: D) -> None:
    found = {m.text: m for m in extract_dates(text, P)}
    assert phrase in found
    assert found[phrase].value.start == day
    assert found[phrase].value.precision == "day"


def test_same_day_plan_dates_the_meeting(pipeline: Pipeline) -> None:
    text = (
        "Лавров проведет переговоры с Мевлютом Чавушоглу 14 июня в Анкаре. На тот же день "
        "запланирована встреча Лаврова с Реджепом Тайипом Эрдоганом."
    )
    facts = pipeline.process(raw_article(text, P))
    meetings = [e for e in facts.events if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].status == "planned"
    assert meetings[0].date.value.start == D(2022, 6, 14)

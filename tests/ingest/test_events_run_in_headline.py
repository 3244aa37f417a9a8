"""A headline run into its lead on the next line (no stop after it, one sentence with the
lead): the lead's past day dates the headline's happening of the lead's kind
(events/headline_days.py). Every text is our own."""

from __future__ import annotations

from datetime import date as D

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = D(2021, 3, 12)

CASES: list[tuple[str, set[tuple[D | None, D | None]]]] = [
    # the lead's day, for the headline's undated meeting too
    (
        "Главы МИД России и Турции провели переговоры в Анкаре\n10 марта Сергей Лавров и "
        "Мевлют Чавушоглу встретились в турецкой столице.",
        {(D(2021, 3, 10), D(2021, 3, 10))},
    ),
]


@pytest.mark.parametrize(("text", "days"), CASES)
def test_run_in_headline_takes_the_leads_day(
    pipeline: Pipeline, text: str, days: set[tuple[D | None, D | None]]
) -> None:
    events = pipeline.process(raw_article(text, PUBLISHED)).events
    assert {(e.date.value.start, e.date.value.end) for e in events} == days


def test_a_day_in_quoted_words_is_the_speakers(pipeline: Pipeline) -> None:
    text = (
        "Министр отменил визит в Минск\n«В связи с болезнью 9 марта министра Сергея Лаврова "
        "визит отложен», — сообщили в МИД."
    )
    events = pipeline.process(raw_article(text, PUBLISHED)).events
    assert D(2021, 3, 9) not in {e.date.value.start for e in events}

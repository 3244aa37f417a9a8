"""A sitting of a series told with no party takes the parties of the contact the article
has told (sequel.py), on sentences of our own. Each row: text, then (type, start date,
precision, sorted actor ids) of every meeting or talks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUBLISHED = D(2025, 3, 14)

TALKS = "Сергей Лавров и Ван И провели переговоры в Пекине 12 марта. "
TODAY = ("talks", D(2025, 3, 12), "day", ["sergey-lavrov", "wang-yi"])

CASES: list[tuple[str, list[tuple[str, D | None, str, list[str]]]]] = [
    # The previous sitting, dated: the same parties.
    (
        TALKS + "Предыдущая встреча в таком формате прошла в Москве в октябре 2023 года.",
        [TODAY, ("meeting", D(2023, 10, 1), "month", ["sergey-lavrov", "wang-yi"])],
    ),
    (
        TALKS + "Прошлый раунд консультаций состоялся в Шанхае в апреле 2024 года.",
        [TODAY, ("talks", D(2024, 4, 1), "month", ["sergey-lavrov", "wang-yi"])],
    ),
    # The next one, with a date of its own, is planned.
    (
        TALKS + "Очередная встреча пройдёт в Москве в июне.",
        [TODAY, ("meeting", D(2025, 6, 1), "month", ["sergey-lavrov", "wang-yi"])],
    ),
    # Undated: nothing placed in time.
    (TALKS + "Следующая встреча пройдёт в Москве.", [TODAY]),
    # A sitting not said to be of a series is no sitting of theirs.
    (TALKS + "Встреча в таком формате прошла в Москве в октябре 2023 года.", [TODAY]),
]


@pytest.fixture(scope="module")
def pipeline() -> Iterator[Pipeline]:
    yield Pipeline.load()


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-50:] for c in CASES])
def test_sitting_of_a_series(
    pipeline: Pipeline, text: str, want: list[tuple[str, D | None, str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [
        (e.type, e.date.value.start, e.date.value.precision, sorted(e.actors))
        for e in facts.events
        if e.type in ("meeting", "talks")
    ]
    assert got == want

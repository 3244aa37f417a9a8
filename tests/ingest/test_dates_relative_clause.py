"""A date between a relative word and its verb is the verb's (relative_day.py), wherever the
parser hangs it. Sentences of our own; each row: text, the type, the start of its event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2019, 5, 17)

CASES: list[tuple[str, str, str]] = [
    (
        "Контакты Лаврова с Помпео, которого Трамп 5 марта выдвинул на пост госсекретаря, "
        "по словам Пескова, пока не планируются.",
        "appointment",
        "2019-03-05",
    ),
    (
        "Контакты с новым послом, которого Путин 3 апреля назначил вместо Кисляка, пока не "
        "начались.",
        "appointment",
        "2019-04-03",
    ),
]


@pytest.fixture(scope="module")
def pipe() -> Iterator[Pipeline]:
    yield Pipeline.load()


@pytest.mark.parametrize(("text", "type_", "start"), CASES)
def test_relative_clause_day(pipe: Pipeline, text: str, type_: str, start: str) -> None:
    facts = pipe.process(raw_article(text, PUBLISHED))
    assert start in [str(e.date.value.start) for e in facts.events if e.type == type_]

"""A happening in preparation is planned, undated until a day is set; preparing spoken of
as a topic or an effort plans nothing new (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2025, 3, 11)



def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


TOKAYEV_PLANNED = [("visit", "planned", ["kassym-jomart-tokayev"], None, "unknown")]
# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # The preparing told: the visit planned, no day yet.
    ("Идет подготовка визита Токаева в Москву.", TOKAYEV_PLANNED),
    ("Готовится визит президента Казахстана в Москву, сроки пока не определены.", TOKAYEV_PLANNED),
    # Denied: nothing.
    ("В Кремле не готовится визит Токаева.", []),
    # A topic or an effort: no new plan read.
    ("Стороны обсудили подготовку визита Токаева в Москву.", []),
    ("На подготовку поездки Токаева в Москву ушло немало сил.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_in_preparation(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected

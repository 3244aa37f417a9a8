"""«Захарова: визит Лаврова состоится в октябре»: who alone opens a line before a colon
tells of the happening after it and takes no part in it (extract.py, the attribution colon
of attribution.py), on lines of our own. Each row: text, then the events as (type, sorted
actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Захарова: визит Лаврова в Пхеньян состоится в октябре",
        [("visit", ["sergey-lavrov"])],
    ),
    (
        "Ушаков: Путин и Си Цзиньпин проведут переговоры в мае",
        [("talks", ["vladimir-putin", "xi-jinping"])],
    ),
    (
        "Рябков: консультации России и США пройдут в Стамбуле в четверг",
        [("talks", ["russia", "usa"])],
    ),
    # Without the colon, the subject is a party as ever.
    (
        "Рябков проведет консультации с США в Стамбуле в четверг",
        [("talks", ["sergey-ryabkov", "usa"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_colon_teller(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type != "statement"]
    assert got == expected

"""«Министр собирается в Баку»: one person's present «собирается» with no infinitive is getting
ready to go, a trip ahead (getting_ready.setting_off), not a gathering nor a visit happening on the
day of the news. Dated, it is planned on its day; undated, nothing is placed. People in the
plural still gather; the past «собирался» keeps its reading. Every sentence is written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2025, 3, 4)

CASES: list[tuple[str, list[Ev]]] = [
    # undated: no visit happening on the publication day
    ("Глава МИД Армении Арарат Мирзоян собирается в Ташкент.", []),
    ("Министр иностранных дел Сергей Лавров собирается в Баку.", []),
    # dated: planned on its day
    (
        "Министр иностранных дел Сергей Лавров в апреле собирается в Ереван.",
        [("visit", "planned", D(2025, 4, 1), D(2025, 4, 30), "month", ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_getting_ready(pipeline: Pipeline, text: str, want: list[Ev]) -> None:
    assert event_rows(pipeline.process(raw_article(text, PUB)).events) == want

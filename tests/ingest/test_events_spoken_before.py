"""Words named by a noun in a past clause of another doing were spoken before the news
(spoken_before.py), on sentences of our own. Each row: article text and the events as
(type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)


def _ev(typ: str, day: bool, who: str) -> Ev:
    return (typ, "happened", PUB if day else None, PUB, "day" if day else "before", [who])


CASES: list[tuple[str, list[Ev]]] = [
    # The interview is what something else is said of: an occasion known before.
    (
        "Интервью Сергея Лаврова газете вызвало споры в Брюсселе.",
        [_ev("interview", False, "sergey-lavrov")],
    ),
    (
        "Как стало ясно из интервью Сергея Лаврова газете, Москва ждёт ответа.",
        [_ev("interview", False, "sergey-lavrov")],
    ),
    # A verb that holds it, or words told in it: the day's news.
    ("Сергей Лавров дал интервью газете.", [_ev("interview", True, "sergey-lavrov")]),
    (
        "В интервью газете Сергей Лавров заявил, что Москва ждёт ответа.",
        [_ev("interview", True, "sergey-lavrov")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spoken_before_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

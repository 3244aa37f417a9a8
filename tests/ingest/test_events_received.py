"""A proposal its addressee receives or weighs, or a passive naming only the addressee, is
no proposal of the addressee's (received.py), on sentences of our own. Each row: article
text and the events as (type, status, start, end, precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2019, 3, 14)

CASES: list[tuple[str, list[Ev]]] = [
    ("Посольство Франции в Москве получило двадцать приглашений на праздничный приём.", []),
    ("Госсекретарь США Майк Помпео получил приглашение приехать в Сочи.", []),
    ("Майк Помпео пока рассматривает приглашение посетить Россию.", []),
    # A passive naming only the addressee: who invited is not told («перед саммитом» is
    # no agent).
    ("Майк Помпео приглашён в Сочи в мае, перед заседанием Арктического совета.", []),
    # One said to stand was made before.
    ("Лавров: приглашение госсекретарю в силе", []),
    ("Приглашение госсекретарю США остаётся в силе.", []),
    # The one who makes it proposes.
    (
        "Сергей Лавров пригласил Майка Помпео в Сочи.",
        [("proposal", "happened", PUB, PUB, "day", ["sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_received_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected

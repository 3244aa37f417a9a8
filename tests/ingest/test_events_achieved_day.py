"""A verb of managing to do something passes its date to the deed (date_tree.py, [status]
achieved), on sentences of our own: «в мае министры сумели договориться» is an agreement of
May, as «в мае планирует посетить» is a visit planned for May."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, str, str, str]] = [
    (
        "В марте 2019 года Лавров и Ван И сумели договориться о снижении пошлин.",
        "agreement",
        "2019-03-01",
        "month",
    ),
    (
        "В октябре 2020 года Путин и Эрдоган успели встретиться в Сочи.",
        "meeting",
        "2020-10-01",
        "month",
    ),
    # The date of the deed itself, as before.
    (
        "Лавров и Ван И сумели 5 апреля 2021 года договориться о снижении пошлин.",
        "agreement",
        "2021-04-05",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "kind", "start", "precision"), CASES)
def test_achieved_day(pipeline: Pipeline, text: str, kind: str, start: str, precision: str) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = [
        (str(e.date.value.start), e.date.value.precision, e.status)
        for e in facts.events
        if e.type == kind
    ]
    assert got == [(start, precision, "happened")]

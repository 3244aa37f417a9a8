"""A round of consultations told by its order is held by the states' foreign ministries
(ministry_rounds.py, foreign_ministries.py). Sentences of our own; each row: text, then the
sorted participant ids of the round's event (the one with `want_date`)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2018, 5, 20)

CASES: list[tuple[str, dt.date, list[str]]] = [
    # The next round of consultations: the ministries beside the states (a ministry the
    # gazetteer lacks is named the way news name it).
    (
        "Россия и Бразилия провели консультации в Москве. Стороны договорились провести "
        "следующий раунд консультаций в Бразилиа в 2019 году.",
        dt.date(2019, 1, 1),
        ["brazil", "mid-brazilii", "russia", "russian-mfa"],
    ),
    # A bare previous round after consultations told: the same.
    (
        "Россия и США провели консультации по визовым вопросам в Вене. Предыдущий раунд "
        "состоялся в Вашингтоне в марте 2015 года.",
        dt.date(2015, 3, 1),
        ["russia", "russian-mfa", "us-state-department", "usa"],
    ),
    # Consultations with no order word keep their parties.
    (
        "Россия и Бразилия проведут консультации в Бразилиа в 2019 году.",
        dt.date(2019, 1, 1),
        ["brazil", "russia"],
    ),
]


@pytest.mark.parametrize(("text", "want_date", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_round_of_consultations(
    pipeline: Pipeline, text: str, want_date: dt.date, want: list[str]
) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    rounds = [e for e in facts.events if e.date.value.start == want_date]
    assert [sorted(e.actors) for e in rounds] == [want]
    assert all(a in facts.actors for e in rounds for a in e.actors)

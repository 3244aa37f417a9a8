"""The person named after «во главе с» on a delegation of a party leads it and takes part
(delegations.led_by). Sentences of our own; each row: text, then the sorted participant
ids of the first event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2018, 1, 10)

CASES: list[tuple[str, list[str]]] = [
    # The state's adjective on the delegation, its head after «во главе с».
    (
        "Российская делегация во главе с заместителем министра иностранных дел Игорем "
        "Моргуловым в понедельник прибыла в Пекин.",
        ["igor-morgulov", "russia"],
    ),
    # A long phrase between the delegation and its head.
    (
        "Российская делегация на консультациях по проблемам Корейского полуострова во главе с "
        "министром иностранных дел Сергеем Лавровым в понедельник прилетела в Пекин.",
        ["russia", "sergey-lavrov"],
    ),
    # «во главе с» on a group that is no delegation: nothing added.
    (
        "Президенты Путин и Лукашенко в понедельник договорились создать рабочую группу по "
        "интеграции во главе с премьерами.",
        ["alexander-lukashenko", "vladimir-putin"],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-40:] for c in CASES])
def test_delegation_head_takes_part(pipeline: Pipeline, text: str, want: list[str]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    assert facts.events
    assert sorted(facts.events[0].actors) == want

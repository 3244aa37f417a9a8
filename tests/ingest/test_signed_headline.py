"""A headline telling a document signed («Россия и Вьетнам подписали протокол») over a body
that tells the parties' sitting and no agreement of its own sums up that sitting, as a
headline «договорились» does: one more source of the body's contact, no undated agreement
beside it; over a body that tells the agreement, it is a source of that agreement
(events/headlines.py), on texts of our own. Each row: text, then (type, sorted actor ids)
for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Россия и Вьетнам подписали протокол о рыболовстве\n\n"
        "Третье заседание российско-вьетнамской межправительственной комиссии по рыболовству"
        " прошло в среду в Ханое, итоговый протокол заседания стороны подписали в тот же день.\n",
        [("meeting", ["russia", "vietnam"])],
    ),
    # A body that tells no signing leaves the headline's document an event of its own.
    (
        "Россия и Вьетнам подписали протокол о рыболовстве\n\n"
        "Третье заседание российско-вьетнамской межправительственной комиссии по рыболовству"
        " прошло в среду в Ханое. Стороны обсудили квоты на вылов.\n",
        [("agreement", ["russia", "vietnam"]), ("meeting", ["russia", "vietnam"])],
    ),
    # A headline of agreeing over talks was folded before; it still is.
    (
        "Россия и Вьетнам договорились о квотах\n\n"
        "Третье заседание российско-вьетнамской межправительственной комиссии по рыболовству"
        " прошло в среду в Ханое. Стороны обсудили квоты на вылов.\n",
        [("meeting", ["russia", "vietnam"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_signed_headline(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 4, 18)))
    assert [(e.type, sorted(e.actors)) for e in facts.events] == expected

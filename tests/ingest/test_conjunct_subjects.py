"""A subject after an opening clause that the parser hangs as a conjunct on that clause's
object («Пока эксперты готовили документы, директор X провёл встречу»): conjuncts agree in
case, so the nominative is the subject of the subjectless verb after it (mend.py,
stray_subject.conjunct_subjects), on sentences of our own. Each row: text, then (type,
sorted actor ids) of each event."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Пока эксперты готовили документы, директор департамента Олег Саблин во вторник "
        "провел встречу с советником посольства Томасом Смитом.",
        [("meeting", ["oleg-sablin", "tomas-smit"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_conjunct_subjects(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2023, 3, 12)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

"""Who was at a happening told by the copula «быть» with a place («X был в Индонезии на
саммите АТЭС»): the parser heads such a clause with the place, the happening's noun hangs
on it, and the subject is still a party (syntax.copular, anchor_verb), on sentences of our
own. Each row: text, then (type, sorted actor ids, precision) for each event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str], str]]]] = [
    (
        "Си Цзиньпин был в Индонезии в ноябре 2022 года на саммите АТЭС на Бали.",
        [("meeting", ["apec", "xi-jinping"], "month")],
    ),
    (
        "Эрдоган был в Узбекистане в сентябре 2022 года на саммите ШОС в Самарканде.",
        [("meeting", ["recep-tayyip-erdogan", "sco"], "month")],
    ),
    # Not a place: «был причастен к переговорам» tells no presence, no party.
    ("К переговорам в Стамбуле был причастен и бизнесмен Роман Абрамович.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_copular_place(
    pipeline: Pipeline, text: str, expected: list[tuple[str, list[str], str]]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 12, 5)))
    got = [(e.type, sorted(e.actors), e.date.value.precision) for e in facts.events]
    assert got == expected

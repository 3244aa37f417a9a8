"""A party leaving a document is an expiry (withdrawals.py), on sentences of our own: the
finite verb with «из» and a document; the noun only when the leaving takes effect."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, tuple[str, str, str] | None]] = [
    ("3 марта Канада вышла из конвенции о рыболовстве.", ("expiry", "2024-03-03", "happened")),
    (
        "В прошлом месяце Франция вышла из соглашения о поставках.",
        ("expiry", "2024-05-01", "happened"),
    ),
    (
        "Выход Канады из договора о рыболовстве вступил в силу 12 мая.",
        ("expiry", "2024-05-12", "happened"),
    ),
    (
        "10 мая завершился процесс выхода Франции из договора о рыболовстве.",
        ("expiry", "2024-05-10", "happened"),
    ),
    ("4 марта из соглашения о поставках вышла Франция.", ("expiry", "2024-03-04", "happened")),
    # A plan, a topic or an announcement of leaving is not the leaving.
    ("Министры обсудили выход Канады из договора о рыболовстве.", None),
    ("Франция намерена выйти из соглашения о поставках.", None),
    ("Министр вышел к журналистам после переговоров.", None),
    ("Канада вышла из кризиса в прошлом году.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_withdrawal_table(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str] | None
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 3)))
    got = [(e.type, str(e.date.value.start), e.status) for e in facts.events if e.type == "expiry"]
    assert got == ([expected] if expected else [])

"""A happening told in the present tense with no date of its own (issue 11): «проводит
переговоры», «находится с визитом» is on the publication day, not «before publication»; a
present that tells a custom («регулярно проводят», «как правило, проводят») keeps the
fallback, and so does a past verb. Every sentence is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date
PUB = D(2024, 6, 5)



# (text, (type, start, end, precision))
PRESENT: list[tuple[str, tuple[str, D | None, D | None, str]]] = [
    # the trigger's own verb in the present: going on as the news is written
    (
        "Сергей Лавров проводит в Минске встречу с белорусским коллегой Максимом Рыженковым.",
        ("meeting", PUB, PUB, "day"),
    ),
    # the noun hangs on a present verb of being somewhere
    ("Президент Египта находится с официальным визитом в России.", ("visit", PUB, PUB, "day")),
    # a happening as subject of a present verb of going on
    (
        "Переговоры Сергея Лаврова и Хакана Фидана проходят в закрытом режиме.",
        ("talks", PUB, PUB, "day"),
    ),
    # a custom, not a happening of the day: the fallback stays
    (
        "Россия и Китай регулярно проводят консультации по стратегической стабильности.",
        ("talks", None, PUB, "before"),
    ),
    (
        "Россия и Китай, как правило, проводят консультации в Пекине.",
        ("talks", None, PUB, "before"),
    ),
    # words that count the times are a custom too
    (
        "Главы МИД России и Китая встречаются дважды в год.",
        ("meeting", None, PUB, "before"),
    ),
    (
        "Россия и Китай проводят консультации раз в год.",
        ("talks", None, PUB, "before"),
    ),
    (
        "Россия и Китай проводят консультации каждую осень.",
        ("talks", None, PUB, "before"),
    ),
    # told now in words dated by their own day: that day, not the report's
    (
        "2 июня глава правительства заявил, что Словения приостанавливает участие в конвенции.",
        ("expiry", D(2024, 6, 2), D(2024, 6, 2), "day"),
    ),
    # a past verb: some time before the report
    (
        "Сергей Лавров провёл встречу с белорусским коллегой Максимом Рыженковым.",
        ("meeting", None, PUB, "before"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PRESENT, ids=[f"{i:02d}" for i in range(len(PRESENT))]
)
def test_present_happening_is_on_publication_day(
    pipeline: Pipeline, text: str, expected: tuple[str, D | None, D | None, str]
) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    got = [
        (e.type, e.date.value.start, e.date.value.end, e.date.value.precision)
        for e in facts.events
        if e.type != "statement"
    ]
    assert got == [expected]

"""«речь» with its speaker in the genitive, standing in the clause, is a speech given: a
statement of the speaker's (app/data/triggers.toml, speech_nouns.py); a topic («речь идёт о»)
or a speech only recalled under another noun is none."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import HappeningRow, happening_rows, raw_article

D = dt.date

# (text, publication day, [(type, status, ISO start, sorted actors)])
CASES: list[tuple[str, dt.date, list[HappeningRow]]] = [
    # The speech with its speaker and day: the speaker's statement on that day.
    (
        "Поворотной точкой стала речь Сергея Лаврова в Женеве 5 марта.",
        D(2021, 3, 10),
        [("statement", "happened", "2021-03-05", ["sergey-lavrov"])],
    ),
    (
        "Речь Эрдогана на форуме продлилась сорок минут.",
        D(2021, 3, 10),
        [("statement", "happened", "2021-03-10", ["recep-tayyip-erdogan"])],
    ),
    (
        "В речи Эрдогана прозвучали новые требования к Брюсселю.",
        D(2021, 3, 10),
        [("statement", "happened", "2021-03-10", ["recep-tayyip-erdogan"])],
    ),
    # A topic named, a speech recalled under another noun, a speech with no speaker named.
    ("По данным источников, о выходе Армении из организации речи не идет.", D(2021, 3, 10), []),
    ("Послы пытались сгладить впечатление от резкой речи Эрдогана.", D(2021, 3, 10), []),
    ("Всю неделю в Анкаре готовили текст речи.", D(2021, 3, 10), []),
]


@pytest.mark.parametrize(("text", "pub", "expected"), CASES)
def test_speech_nouns(
    pipeline: Pipeline,
    text: str,
    pub: dt.date,
    expected: list[HappeningRow],
) -> None:
    assert happening_rows(pipeline.process(raw_article(text, pub)).events) == expected

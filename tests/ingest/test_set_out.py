"""Verbs of setting out a stand (app/data/speech.toml [saying], [setting_out]; set_out.py):
made public, a statement of the speaker's; said to the other side of a contact, its content."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import HappeningRow, happening_rows, raw_article

D = dt.date

# (text, publication day, [(type, status, ISO start, sorted actors)])
CASES: list[tuple[str, dt.date, list[HappeningRow]]] = [
    # A stand, a version, results made public: a statement, on the day told.
    (
        "Российский МИД изложил свою трактовку инцидента.",
        D(2021, 6, 9),
        [("statement", "happened", "2021-06-09", ["russian-mfa"])],
    ),
    (
        "Итоги консультаций огласил заместитель министра иностранных дел России Сергей Рябков.",
        D(2021, 6, 10),
        [("statement", "happened", "2021-06-10", ["sergey-ryabkov"])],
    ),
    (
        "Глава МИД Венгрии Петер Сийярто озвучил позицию Будапешта по газовому контракту.",
        D(2021, 6, 9),
        [("statement", "happened", "2021-06-09", ["peter-szijjarto"])],
    ),
    (
        "Вице-премьер Александр Новак в четверг огласил решение стран ОПЕК+.",
        D(2021, 6, 11),
        [("statement", "happened", "2021-06-10", ["aleksandr-novak"])],
    ),
    # Set out to the press: still made public.
    (
        "Петер Сийярто изложил журналистам позицию Будапешта по газовому контракту.",
        D(2021, 6, 9),
        [("statement", "happened", "2021-06-09", ["peter-szijjarto"])],
    ),
    # Set out to the other side, or inside a conversation: what the contact was about.
    ("Министр изложил собеседнику турецкие подходы к урегулированию.", D(2021, 6, 9), []),
    ("В ходе беседы министр изложил турецкие условия перемирия.", D(2021, 6, 9), []),
    ("Во время встречи министр изложил турецкие условия перемирия.", D(2021, 6, 9), []),
]


@pytest.mark.parametrize(("text", "pub", "expected"), CASES)
def test_set_out(
    pipeline: Pipeline,
    text: str,
    pub: dt.date,
    expected: list[HappeningRow],
) -> None:
    assert happening_rows(pipeline.process(raw_article(text, pub)).events) == expected

"""A bare happening named after «помимо» / «кроме» is the one the story already tells; one
with its own partner is left to the other readings (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article, speech_rows

PUB = dt.date(2019, 10, 3)


def _rows(pipeline: Pipeline, text: str) -> list:
    return speech_rows(pipeline.process(raw_article(text, PUB)).events)


# (text, [(type, status, actors sorted, date start or None, precision)])
CASES = [
    # «Besides the talks» only sets the rest against talks told elsewhere: nothing new.
    ("Помимо переговоров, в программе значились прогулка по набережной и ужин.", []),
    ("Кроме консультаций, министрам показали новый терминал порта.", []),
    ("Помимо официальных переговоров, гостям устроили экскурсию по Эрмитажу.", []),
    ("Помимо переговоров, Макрон устроил гостю экскурсию по Лувру.", []),
    # The host named just before: still no talks of his read from «помимо консультаций».
    (
        "Канцлер Германии пробыл у хозяина встречи Макрона двое суток. Помимо консультаций,"
        " программа включала концерт и поездку в Реймс.",
        [("meeting", "happened", ["angela-merkel", "emmanuel-macron"], None, "before")],
    ),
    # The dated happening the rest of the sentence tells is still read.
    (
        "Кроме консультаций, в четверг Росрыболовство и Минрыбхоз Перу подписали меморандум"
        " о сотрудничестве.",
        [
            (
                "agreement",
                "happened",
                ["minrybkhoz-peru", "peru", "rosrybolovstvo"],
                "2019-10-03",
                "day",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_besides(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


def test_besides_with_own_partner_still_read(pipeline: Pipeline) -> None:
    """«Кроме встречи с Лавровым»: a happening with its own partner may be told only here."""
    rows = _rows(pipeline, "Кроме встречи с Лавровым, министр провел переговоры с Шойгу.")
    assert any("sergey-lavrov" in actors for _, _, actors, _, _ in rows)

"""A «не» scopes over the verb it modifies and what that verb governs: a happening that is
the doer of a negated verb with an object of its own was held, only its outcome is denied
(«встреча не принесла прорыва», outcome_denied.py); a verb of the happening itself still
denies it («встреча не состоялась»). A participle phrase after its noun, set off by a comma,
is that noun's even when the parse hangs it on a noun further on («Переговоры делегаций,
прошедшие накануне в Минске, ..., сообщил пресс-секретарь»: participles.back_to_noun); and
those who rate a happening («министры оценили») are not its parties (evaluated.rated). On
sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUB = dt.date(2024, 5, 16)  # a Thursday

Row = tuple[str, str, str | None, list[str]]
CASES: list[tuple[str, list[Row]]] = [
    # The outcome is denied, the happening was held.
    (
        "Встреча Сергея Лаврова и Джона Керри в Женеве 12 мая не принесла прорыва.",
        [("meeting", "happened", "2024-05-12", ["john-kerry", "sergey-lavrov"])],
    ),
    (
        "Переговоры Владимира Путина и Александра Лукашенко 14 мая не дали ожидаемых результатов.",
        [("talks", "happened", "2024-05-14", ["alexander-lukashenko", "vladimir-putin"])],
    ),
    (
        "Визит Сергея Лаврова в Париж 13 мая ничего не изменил в отношениях двух стран.",
        [("visit", "happened", "2024-05-13", ["sergey-lavrov"])],
    ),
    # The happening's own verb negated: no meeting held.
    (
        "Встреча Сергея Лаврова и Джона Керри в Женеве 12 мая не состоялась.",
        [("meeting", "cancelled", "2024-05-12", ["john-kerry", "sergey-lavrov"])],
    ),
    ("Сергей Лавров и Джон Керри 12 мая в Женеве не встретились.", []),
]


def _rows(pipeline: Pipeline, text: str) -> list[Row]:
    facts = pipeline.process(raw_article(text, PUB))
    return sorted(
        (
            e.type,
            e.status,
            e.date.value.start.isoformat() if e.date.value.start else None,
            sorted(e.actors),
        )
        for e in facts.events
    )


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outcome_denied_table(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    assert _rows(pipeline, text) == sorted(expected)


DATELINE = "МОСКВА, 16 мая — РИА Новости. "

# (text after the dateline, type, day expected)
PARTICIPLE_CASES: list[tuple[str, str, str]] = [
    (
        "Переговоры российской и белорусской делегаций, прошедшие накануне в Минске, "
        "закончились подписанием протокола, сообщил в четверг пресс-секретарь Дмитрий Песков.",
        "talks",
        "2024-05-15",
    ),
    (
        "Консультации министерств иностранных дел, состоявшиеся во вторник в Женеве, "
        "оказались полезными, заявила официальный представитель МИД Мария Захарова.",
        "talks",
        "2024-05-14",
    ),
]


@pytest.mark.parametrize(("text", "typ", "day"), PARTICIPLE_CASES)
def test_participle_back_to_noun(pipeline: Pipeline, text: str, typ: str, day: str) -> None:
    facts = pipeline.process(raw_article(DATELINE + text, PUB))
    days = [
        e.date.value.start.isoformat() if e.date.value.start else None
        for e in facts.events
        if e.type == typ
    ]
    assert days == [day]


def test_raters_are_no_parties(pipeline: Pipeline) -> None:
    text = (
        "Министр иностранных дел Сергей Лавров и министр обороны Сергей Шойгу в пятницу "
        "провели в Москве переговоры с министром иностранных дел Франции Жан-Ивом Ле Дрианом. "
        "Обмен пленными, состоявшийся в субботу между Россией и Украиной, министры оценили "
        "как шаг к прекращению огня."
    )
    facts = pipeline.process(raw_article(text, dt.date(2024, 5, 13)))
    got = [sorted(e.actors) for e in facts.events if e.type == "exchange"]
    assert got == [["russia", "ukraine"]]

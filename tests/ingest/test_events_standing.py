"""A happening named only as a standing thing is no happening of a day (standing.py), on
sentences of our own. Each row: article text and the events as (type, status, start, end,
precision, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import EventRow as Ev
from tests.ingest.helpers import event_rows, raw_article

D = dt.date
PUB = D(2024, 6, 5)  # a Wednesday

CASES: list[tuple[str, list[Ev]]] = [
    # What a happening is, means or serves, said in the present: no happening with a day.
    ("Аналитики полагают, что Вашингтон использует переговоры с Москвой для давления.", []),
    ("Санкции против Ирана остаются главным рычагом давления Запада.", []),
    ("На кону переговоров России и Японии стоит судьба мирного договора.", []),
    ("Успех переговоров Китая и Индии зависит от позиции Пекина.", []),
    ("Контакты Москвы и Анкары мешают Брюсселю, считают в Еврокомиссии.", []),
    # A live report of the day: holding, joining, travelling in the present.
    (
        "В Женеве проходят переговоры России и Японии.",
        [("talks", "happened", PUB, PUB, "day", ["japan", "russia"])],
    ),
    (
        "Делегации России и Японии ведут переговоры в Женеве в среду.",
        [("talks", "happened", PUB, PUB, "day", ["japan", "russia"])],
    ),
    # Its fate told in the present is a status, not a standing name (told_status.py).
    (
        "Визит Сергея Лаврова в Анкару откладывается.",
        [("visit", "postponed", None, PUB, "before", ["sergey-lavrov"])],
    ),
    # Dated, the happening is of its day whatever the verb over it.
    (
        "Переговоры России и Японии в среду касаются рыболовства.",
        [("talks", "happened", PUB, PUB, "day", ["japan", "russia"])],
    ),
    # In the past, the happening was held.
    (
        "Переговоры России и Японии коснулись рыболовства.",
        [("talks", "happened", None, PUB, "before", ["japan", "russia"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_standing_table(pipeline: Pipeline, text: str, expected: list[Ev]) -> None:
    facts = pipeline.process(raw_article(text, PUB))
    assert event_rows(facts.events) == expected


def test_a_document_told_in_the_present_was_concluded(pipeline: Pipeline) -> None:
    """«Меморандум предусматривает обмен данными» tells of a memorandum concluded: not a
    standing name of a happening, so the reading of documents decides (not set aside here);
    «Россия выполняет соглашения» names them as a standing thing."""
    facts = pipeline.process(raw_article("Япония выполняет соглашения с Россией.", PUB))
    assert facts.events == []
    facts = pipeline.process(
        raw_article("Меморандум России и Японии предусматривает обмен данными.", PUB)
    )
    assert [e.type for e in facts.events] == ["agreement"]


def test_a_happening_under_a_noun_of_its_outcome_is_kept(pipeline: Pipeline) -> None:
    """«Итоги переговоров обсуждают»: the talks are over, not a standing thing (the day
    it gets is the other readings' to give)."""
    facts = pipeline.process(
        raw_article("Итоги переговоров России и Японии обсуждают в обеих столицах.", PUB)
    )
    assert [e.type for e in facts.events] == ["talks"]

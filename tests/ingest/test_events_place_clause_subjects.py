"""A «где»-clause with no subject of its own tells what the subject of the clause it hangs
on did there (place_clause_subjects.py), on sentences of our own; a clause with a subject
of its own, or an indefinite-personal plural, is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Глава МИД Сергей Лавров поехал в Кремль, где встретился с президентом Казахстана "
        "Касымом-Жомартом Токаевым.",
        [("meeting", ["kassym-jomart-tokayev", "sergey-lavrov"])],
    ),
    (
        "После обеда Сергей Рябков отправился в посольство Китая, где провёл консультации с "
        "послом Чжаном Ханьхуэем.",
        [("talks", ["chzhan-khankhuey", "sergey-ryabkov"])],
    ),
    # Conjoined subjects: the plural verb agrees with both.
    (
        "Сергей Лавров и Ван И поехали в Дом приёмов, где провели переговоры с Хаканом "
        "Фиданом.",
        [("talks", ["hakan-fidan", "sergey-lavrov", "wang-yi"])],
    ),
    # A plural that agrees with no one named: indefinite-personal, nobody's act here.
    (
        "Российская делегация прибыла в Женеву, где в прошлом году подписали соглашение с "
        "Ираном.",
        [("visit", ["russia"])],
    ),
    # The clause's own subject: who hosts is named there.
    (
        "Сергей Лавров поехал в Кремль, где его принял президент Казахстана Касым-Жомарт "
        "Токаев.",
        [("meeting", ["kassym-jomart-tokayev", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_place_clause_subjects_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2023, 2, 21)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events)
    assert got == sorted(expected)

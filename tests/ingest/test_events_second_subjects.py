"""A second clause's subject the parser hangs on the first clause's verb is no party of
the first clause's happening (second_subjects.py); on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, str, list[str]]] = [
    # Two clauses joined by a comma: the second subject was somewhere else.
    (
        "В мае 2006 года президент Путин приезжал в Аргентину с официальным визитом, "
        "в марте 2010 года президент Киршнер была в Москве.",
        "visit",
        ["Владимир Путин"],
    ),
    (
        "В октябре 2008 года премьер-министр Медведев приезжал в Перу с визитом, "
        "в мае 2011 года президент Гарсия был в Москве.",
        "visit",
        ["Дмитрий Медведев"],
    ),
    # A happening of the second clause keeps its own subjects.
    (
        "Встреча министров прошла 3 апреля в Минске, сопредседатели Сергей Лавров и "
        "Владимир Макей подписали совместное заявление.",
        "agreement",
        ["Сергей Лавров", "Владимир Макей"],
    ),
    # One clause with two subjects joined by «и»: both are parties, as before.
    (
        "Владимир Путин и Эрдоган 5 марта 2020 года провели переговоры в Москве.",
        "talks",
        ["Владимир Путин", "Реджеп Тайип Эрдоган"],
    ),
]


@pytest.mark.parametrize(("text", "kind", "parties"), CASES)
def test_second_subjects_table(
    pipeline: Pipeline, text: str, kind: str, parties: list[str]
) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2020, 6, 5)))
    names = {k: a.name_ru for k, a in facts.actors.items()}
    events = [e for e in facts.events if e.type == kind]
    assert events, [(e.type, e.actors) for e in facts.events]
    assert sorted(names[a] for a in events[0].actors) == sorted(parties)

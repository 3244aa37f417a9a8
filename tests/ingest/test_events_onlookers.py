"""Who is only present at a happening whose parties are named (onlookers.py), whom a
report of a happening is made to (tree.py, date_tree.py), and a participle as a title
(tree.py), on sentences of our own. Each row: text, then (type, sorted actor ids) for each
event, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # An ambassador sitting in on the ministers' talks is no party to them.
    (
        "Переговоры Сергея Лаврова и Ван И 5 мая прошли при участии посла Игоря Моргулова.",
        [("talks", ["sergey-lavrov", "wang-yi"])],
    ),
    # ... nor when told as present at them.
    (
        "Посол Алексей Ерхов 5 мая присутствовал на переговорах Лаврова и Хакана Фидана.",
        [("talks", ["hakan-fidan", "sergey-lavrov"])],
    ),
    # Leaders watching a signing: the ministers sign.
    (
        "Министры Сергей Лавров и Ван И 5 мая подписали меморандум при участии Владимира "
        "Путина и Си Цзиньпина.",
        [("agreement", ["sergey-lavrov", "wang-yi"])],
    ),
    # With no other party named, those present are the parties.
    (
        "5 мая прошла встреча с участием Сергея Лаврова и Ван И.",
        [("meeting", ["sergey-lavrov", "wang-yi"])],
    ),
    # States «с участием» are the sides, beside the people who speak for them.
    (
        "5 мая в Берлине прошли консультации с участием России и Украины.",
        [("talks", ["russia", "ukraine"])],
    ),
    # Whom the talks are reported to takes no part in them; «своих» are the teller's.
    (
        "Лавров доложил Владимиру Путину о своих переговорах с Энтони Блинкеном, которые "
        "прошли 19 мая.",
        [("talks", ["antony-blinken", "sergey-lavrov"])],
    ),
    # «Исполняющий обязанности министра»: a participle as the title of the name after it.
    (
        "Исполняющий обязанности министра иностранных дел Узбекистана Бахтиёр Саидов 5 мая "
        "принял посла Польши Радослава Грука.",
        [("meeting", ["bakhtiyor-saidov", "radoslav-gruk"])],
    ),
    (
        "Сергей Лавров 5 мая встретился с исполняющим обязанности министра иностранных дел "
        "Ирана Али Багери Кяни.",
        [("meeting", ["ali-bageri-kyani", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_onlookers(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events]
    assert got == expected

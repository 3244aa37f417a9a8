"""Two happenings, or a happening and another clause, in one sentence joined by «, а»,
«, зато», «, причём», a colon: each clause keeps its own subject (mend.py's fronted
subjects, colon_subject.py, denied_partners.py); on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # the subject of the first clause is not taken by the verb of the «, а» clause
    (
        "Глава российского МИДа Сергей Лавров в Вене встретился с госсекретарем США "
        "Джоном Керри, а Керри в соцсети написал о трудном разговоре.",
        [("meeting", ["john-kerry", "sergey-lavrov"])],
    ),
    # a held contact after a denied one keeps its subject
    (
        "Сергей Лавров с Кэтрин Эштон не беседовал, зато Сергей Рябков провёл встречу "
        "с Джоном Керри.",
        [("meeting", ["john-kerry", "sergey-ryabkov"])],
    ),
    # a dated second clause after «, а»
    (
        "Сергей Рябков побывал в Кремле, а 9 сентября Сергей Лавров и Джон Керри "
        "согласовали план по Сирии.",
        [("agreement", ["john-kerry", "sergey-lavrov"]), ("visit", ["sergey-ryabkov"])],
    ),
    # «причём» adds words to the call, not another happening
    (
        "Лавров и Помпео говорили по телефону 3 мая, причём в разговоре Лавров напомнил "
        "о позиции России.",
        [("call", ["mike-pompeo", "sergey-lavrov"])],
    ),
    # the clause after a colon keeps its subject (colon_subject.py)
    (
        "Работал канал министров: Сергей Лавров и Майк Помпео говорили по телефону 5 мая.",
        [("call", ["mike-pompeo", "sergey-lavrov"])],
    ),
    # a titled subject after a colon opens with its determiner, and its clause is a
    # copular one («был в Сочи»): the parser's place root takes the subject
    (
        "Деловой диалог тоже живой: наш президент Джоко Видодо был в Сочи на саммите "
        "Россия — АСЕАН в мае 2016 года.",
        [("meeting", ["asean", "joko-widodo", "russia"])],
    ),
    # after «, и» the parser's second subject is left where it is: the first clause's
    # words («принимает делегации редко») are no happening of their own
    (
        "Минск в последние годы принимает иностранные делегации редко, и визит главы "
        "российского МИД стал одним из первых.",
        [("visit", ["belarus", "sergey-lavrov"])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_clauses_table(pipeline: Pipeline, text: str, expected: list) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2019, 6, 10)))
    got = sorted((e.type, sorted(e.actors)) for e in facts.events)
    assert got == sorted(expected)

"""Dated lines of a list are sentences of their own (list_lines.py), and a chronicle's line
of a meeting or talks is the article's two states' (attendance.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.list_lines import broken_at_month, dated_line_cuts
from app.ingest.nlp import Nlp
from app.ingest.pipeline import Pipeline, paragraph_sentences
from tests.ingest.helpers import raw_article

CHRONICLE = (
    "Россия и США возобновили диалог. Россия ждёт ответа США.\n"
    "Хронология контактов:\n"
    "28 июля 2021 г. — первый раунд консультаций в Женеве.\n"
    "30 сен. 2021 г. — второй раунд консультаций в Женеве."
)



def test_each_dated_line_is_a_sentence(pipeline: Pipeline) -> None:
    nlp: Nlp = pipeline.nlp
    analysis = paragraph_sentences(nlp.analyse(CHRONICLE))
    lines = [CHRONICLE[s.start : s.end] for s in analysis.sentences]
    assert "Хронология контактов:" in lines
    assert "28 июля 2021 г. — первый раунд консультаций в Женеве." in lines
    # «30 сен.» does not end a sentence before its year.
    assert "30 сен. 2021 г. — второй раунд консультаций в Женеве." in lines


@pytest.mark.parametrize(
    ("text", "cuts"),
    [
        ("Итоги:\n28 июля — встреча.\n3 авг. — звонок.", 2),
        ("Он прибыл\n28 июля в Москву.", 0),  # a hard wrap inside a sentence is no cut
        ("Встреча прошла\nв Москве 28 июля.", 0),
    ],
)
def test_dated_line_cuts(text: str, cuts: int) -> None:
    assert len(dated_line_cuts(text, 0, len(text))) == cuts


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("Встреча 30 сен. 2021 г. прошла.", True),
        ("Встреча прошла 30 сентября. 2021 год стал важным.", False),  # a full month name
        ("Встреча 30 сен.\n2021 г. — раунд.", False),  # a line break between
    ],
)
def test_broken_at_month(text: str, broken: bool) -> None:
    cut = text.index(".", text.index("сен")) + 1
    nxt = cut + (len(text[cut:]) - len(text[cut:].lstrip()))
    assert broken_at_month(text, (0, cut), (nxt, len(text))) is broken


def test_a_chronicle_line_is_the_articles_two_states(pipeline: Pipeline) -> None:
    facts = pipeline.process(raw_article(CHRONICLE, dt.date(2022, 11, 29)))
    talks = sorted(
        (e.date.value.start, sorted(e.actors)) for e in facts.events if e.type == "talks"
    )
    assert talks == [
        (dt.date(2021, 7, 28), ["russia", "usa"]),
        (dt.date(2021, 9, 30), ["russia", "usa"]),
    ]

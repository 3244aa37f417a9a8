"""A date the parse hung on a subject name is the clause's (name_host.py): «Посол в
последний раз был в Москве в январе 2022 года» with «январе» under the name. Parses are
written out, as the parser gives them for unfamiliar names; every sentence is our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.events.date_tree import date_belongs
from app.ingest.events.model import SentenceParse
from app.ingest.events.name_host import off_the_name
from app.ingest.nlp import Token
from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article


def _toks(words: list[tuple[str, str, str]]) -> list[Token]:
    out, pos = [], 0
    for text, lemma, tag in words:
        out.append(Token(pos, pos + len(text), text, lemma, tag))
        pos += len(text) + 1
    return out


# (words, heads, rels, date head, trigger, belongs before, belongs after)
Row = tuple[list[tuple[str, str, str]], list[int], list[str], int, int, bool, bool]

ROWS: list[Row] = [
    (
        # «Мирзиёев был в Казани в мае 2022 года»: «мае» under the subject name
        [
            ("Мирзиёев", "мирзиёев", "PROPN"),
            ("был", "быть", "AUX"),
            ("в", "в", "ADP"),
            ("Казани", "казань", "PROPN"),
            ("в", "в", "ADP"),
            ("мае", "май", "NOUN"),
        ],
        [3, 3, 3, -1, 5, 0],
        ["nsubj", "cop", "case", "root", "case", "obl"],
        5,
        1,
        False,
        True,
    ),
    (
        # «Дюбуа посетил Пекин в марте»: hung on the subject name, moved to «посетил»
        [
            ("Дюбуа", "дюбуа", "PROPN"),
            ("посетил", "посетить", "VERB"),
            ("Пекин", "пекин", "PROPN"),
            ("в", "в", "ADP"),
            ("марте", "март", "NOUN"),
        ],
        [1, -1, 1, 4, 0],
        ["nsubj", "root", "obj", "case", "obl"],
        4,
        1,
        False,
        True,
    ),
    (
        # a date on a name that is not the subject stays where it is: «встреча с Дюбуа в
        # марте» hangs the month on the name inside the noun's phrase
        [
            ("встреча", "встреча", "NOUN"),
            ("с", "с", "ADP"),
            ("Дюбуа", "дюбуа", "PROPN"),
            ("в", "в", "ADP"),
            ("марте", "март", "NOUN"),
        ],
        [-1, 2, 0, 4, 2],
        ["root", "case", "nmod", "case", "obl"],
        4,
        0,
        True,
        True,
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:02d}" for i in range(len(ROWS))])
def test_date_off_the_subject_name(row: Row) -> None:
    words, heads, rels, date_head, trigger, before, after = row
    toks = _toks(words)
    parse = SentenceParse(tuple(heads), tuple(rels))
    assert date_belongs(toks, parse, date_head, trigger) is before
    mended = off_the_name(toks, parse, date_head)
    assert date_belongs(toks, mended, date_head, trigger) is after



def test_background_visit_keeps_its_month(pipeline: Pipeline) -> None:
    # the parser hangs the month on the name here; the visit is still in that month
    text = "Мирзиёев же в последний раз был в Казани в мае 2022 года; тогда он выступил на форуме."
    facts = pipeline.process(raw_article(text, dt.date(2023, 12, 7)))
    visits = [e for e in facts.events if e.type == "visit"]
    assert [(e.date.value.start, e.date.value.precision) for e in visits] == [
        (dt.date(2022, 5, 1), "month")
    ]

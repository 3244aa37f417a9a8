"""A proposal's addressee named by a title or a counterpart's adjective is no party to it,
as a named addressee is not (coref.py, unnamed_officials.py): «предложил президенту ответ»
is the proposer's proposal. A referring word that is the proposer stays his. Sentences of
our own; each row: text, then the sorted actor ids of the proposal."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2016, 12, 31)  # a Saturday

CASES: list[tuple[str, list[str]]] = [
    # A title in the dative the article's president holds: only the proposer.
    (
        "Владимир Путин в пятницу провёл совещание в Кремле. Министр иностранных дел Сергей "
        "Лавров в пятницу предложил президенту зеркальный ответ.",
        ["sergey-lavrov"],
    ),
    # A counterpart with his state's adjective in the dative: the same.
    (
        "Сергей Лавров в пятницу провёл переговоры в Анкаре. Глава МИД в пятницу предложил "
        "турецкому коллеге провести встречу экспертов.",
        ["sergey-lavrov"],
    ),
    # A title that is the proposer's own (the subject) still stands for him.
    (
        "Путин и Эрдоган встретились в Сочи. Российский президент в пятницу предложил "
        "провести следующую встречу в Стамбуле.",
        ["vladimir-putin"],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-40:] for c in CASES])
def test_proposal_addressee(pipeline: Pipeline, text: str, want: list[str]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    proposals = [e for e in facts.events if e.type == "proposal"]
    assert [sorted(e.actors) for e in proposals] == [want]

"""A verb of saying whose subject is a bare title refers back to the person named before
(«Министр заявил ...», «канцлер заявила журналистам»): app/ingest/events/speaker_refs.py, on
sentences of our own. Each row: text, then the sorted speakers of every statement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2024, 3, 14)
VIEIRA = "Глава МИД Бразилии Мауро Виейра во вторник прибыл в Москву. "

CASES: list[tuple[str, list[list[str]]]] = [
    # A bare title as the subject of the verb of saying.
    (VIEIRA + "Министр заявил журналистам, что его страна выступает за переговоры.",
     [["mauro-vieira"]]),
    # ... with the words' occasion before it.
    (VIEIRA + "Перед встречей министр подчеркнул, что Бразилия ценит партнерство с Россией.",
     [["mauro-vieira"]]),
    # ... with an adjective of his state.
    (VIEIRA + "Бразильский министр отметил, что торговля двух стран растет.",
     [["mauro-vieira"]]),
    # A title opening its sentence (a tagger may read it as a name for its capital).
    ("Президент Франции Эмманюэль Макрон и канцлер Германии Ангела Меркель приехали в "
     "Брюссель. Канцлер заявила, что Берлин поддержит новые меры.",
     [["angela-merkel"]]),
    # The title is the subject of the reported clause, not of the verb of saying: the
    # words have no speaker here, and the minister's visit stays his own.
    ("Агентство сообщило, что министр приедет в Москву.", []),
    # The words go on: a title that speaks is the speaker told just before, not a doer
    # told earlier who fits it as well.
    ("Президент Казахстана Касым-Жомарт Токаев 13 марта прибыл в Ташкент. «Мы ценим "
     "партнерство», — заявил президент Узбекистана Шавкат Мирзиёев. Глава государства "
     "подчеркнул, что торговля двух стран растет.",
     [["shavkat-mirziyoyev"]]),
]  # fmt: skip



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_speakers(pipeline: Pipeline, text: str, expected: list[list[str]]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    got = [sorted(e.actors) for e in facts.events if e.type == "statement"]
    assert got == expected

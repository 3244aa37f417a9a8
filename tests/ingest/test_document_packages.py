"""A package of documents counted in the plural is the states' (document_packages.py): the
signers told stay and the states they speak for join. Sentences of our own; each row: text,
then the sorted participant ids of the agreement."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

PUBLISHED = dt.date(2023, 5, 13)
TALKS = (
    "Президент России Владимир Путин 12 мая провёл переговоры в Москве с президентом "
    "Казахстана Касым-Жомартом Токаевым. "
)
LEADERS = ["kassym-jomart-tokayev", "vladimir-putin"]

CASES: list[tuple[str, list[str]]] = [
    # «стороны» after the leaders' talks, documents counted by a numeral: their states join.
    (
        TALKS + "По итогам переговоров стороны подписали восемь документов о сотрудничестве "
        "в энергетике.",
        ["kassym-jomart-tokayev", "kazakhstan", "russia", "vladimir-putin"],
    ),
    # The leaders named as signers of «ряд документов»: the same.
    (
        "Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев 12 мая "
        "подписали в Москве ряд документов о сотрудничестве.",
        ["kassym-jomart-tokayev", "kazakhstan", "russia", "vladimir-putin"],
    ),
    # «пакет соглашений» after the talks: the same.
    (
        TALKS + "После переговоров лидеры подписали пакет межправительственных соглашений.",
        ["kassym-jomart-tokayev", "kazakhstan", "russia", "vladimir-putin"],
    ),
    # Plural documents with no count may be mirror papers: left to their signers.
    (
        "Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев 12 мая "
        "подписали в Москве документы о сотрудничестве.",
        LEADERS,
    ),
    # One named document in the singular is its signers' alone.
    (
        TALKS + "По итогам переговоров лидеры подписали совместное заявление.",
        LEADERS,
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][-40:] for c in CASES])
def test_package_of_documents(pipeline: Pipeline, text: str, want: list[str]) -> None:
    facts = pipeline.process(raw_article(text, PUBLISHED))
    deals = [e for e in facts.events if e.type == "agreement"]
    assert deals
    assert sorted(deals[0].actors) == want

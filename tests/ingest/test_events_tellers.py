"""Who tells of a happening takes no part in it (tellers.py), on sentences of our own. Each
row: text, then the events other than statements as (type, sorted actor ids)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

CASES: list[tuple[str, list[tuple[str, list[str]]]]] = [
    # A verb of saying closing the sentence: its subject tells of the visit (whom the
    # visitor holds talks with where he goes is the host: place_clause_hosts.py).
    (
        "Глава МИД Турции Хакан Фидан во вторник прилетит в Пекин, где проведет переговоры "
        "с Ван И, сообщила официальный представитель МИД России Мария Захарова.",
        [("visit", ["hakan-fidan", "wang-yi"])],
    ),
    (
        "Сергей Лавров в пятницу посетит Анкару, сообщил Дмитрий Песков.",
        [("visit", ["sergey-lavrov"])],
    ),
    # The results of a visit that names its visitor: the speaker made no visit.
    (
        "Об этом по итогам визита турецкого министра Хакана Фидана в Пекин сообщил Сергей Лавров.",
        [("visit", ["hakan-fidan"])],
    ),
    # «встречи с X»: no agent of its own; the speaker took part.
    (
        "По итогам встречи с Хаканом Фиданом Сергей Лавров сообщил о новых договоренностях.",
        [("meeting", ["hakan-fidan", "sergey-lavrov"])],
    ),
]



@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tellers(pipeline: Pipeline, text: str, expected: list[tuple[str, list[str]]]) -> None:
    facts = pipeline.process(raw_article(text, dt.date(2024, 6, 5)))
    got = [(e.type, sorted(e.actors)) for e in facts.events if e.type != "statement"]
    assert got == expected

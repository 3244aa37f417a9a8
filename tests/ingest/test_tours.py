"""A tour told as one list of three states or more after one verb of travel is one visit of
the traveller (tours.py), on sentences of our own; two states stay two legs, and a list whose
stops carry their own days stays a visit to each."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.pipeline import Pipeline
from tests.ingest.helpers import raw_article

D = dt.date


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # Three or more states after one verb: the route of one tour.
        ("Глава МИД Сергей Лавров до 12 мая посетит Кению, Уганду, Танзанию и Руанду.", 1),
        ("Премьер Индии Нарендра Моди с 4 по 8 июля посетит Бразилию, Чили и Перу.", 1),
        (
            "На следующей неделе Сергей Лавров совершит турне и побывает в Лаосе, "
            "Камбодже, Таиланде и Мьянме.",
            1,
        ),
        ("Сергей Лавров в августе посетил Казахстан, Узбекистан и Туркмению.", 1),
        # Two states: a visit to each (trip_legs.py).
        ("Премьер Индии Нарендра Моди 10 июня посетит Катар и Кувейт.", 2),
    ],
)
def test_a_listed_tour_is_one_visit(pipeline: Pipeline, text: str, visits: int) -> None:
    facts = pipeline.process(raw_article(text, D(2024, 6, 5)))
    found = [e for e in facts.events if e.type == "visit"]
    assert len(found) == visits
    # The states of the route are where he goes, never parties.
    assert not [a for e in found for a in e.actors if facts.actors[a].kind == "state"]

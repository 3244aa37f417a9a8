"""Legs of one tour kept apart (trip_legs.py), on sentences of our own: a sentence naming
two destinations tells a visit to each; visits to different states are two happenings in
one article and across outlets, while reports of one destination still join."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Event
from app.ingest.events.trip_legs import other_destinations, other_legs
from app.ingest.pipeline import Pipeline
from app.ingest.store import store_article
from tests.ingest.helpers import raw_article

D = dt.date



@pytest.mark.parametrize(
    ("a", "b", "parents", "apart"),
    [
        (["uae"], ["saudi-arabia"], {}, True),
        (["uae"], ["uae"], {}, False),
        # A body as the place names no state the trip went to: either leg.
        (["kremlin"], ["russia"], {"kremlin": "russia"}, False),
        (["kremlin"], ["uae"], {"kremlin": "russia"}, False),
        (["kremlin", "china"], ["uae"], {"kremlin": "russia"}, True),
        # A visit that names no destination may be either leg.
        ([], ["uae"], {}, False),
        (["uae", "saudi-arabia"], ["saudi-arabia"], {}, False),
    ],
)
def test_other_destinations(
    a: list[str], b: list[str], parents: dict[str, str], apart: bool
) -> None:
    assert other_destinations(a, b, parents) is apart


def test_only_visits_are_legs() -> None:
    assert other_legs("visit", {"%uae"}, "visit", {"%qatar"}, None)
    assert not other_legs("meeting", {"%uae"}, "meeting", {"%qatar"}, None)


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        ("Премьер Индии Нарендра Моди 10 июня посетит Катар и Кувейт.", ["kuwait", "qatar"]),
        # Three states or more are the route of one tour, one visit (tours.py).
        ("Сергей Лавров 3 июня посетил Казахстан, Узбекистан и Туркмению.", ["kazakhstan"]),
        ("Сергей Лавров 3 июня прибыл с визитом в Казахстан.", ["kazakhstan"]),
        # Who spoke is no second destination: a ministry is not a state.
        (
            "Запланированный на 3 июня визит Сергея Лаврова в Грецию был отменен: в МИД РФ "
            "сообщили, что поездка потеряла смысл.",
            ["greece"],
        ),
    ],
)
def test_a_tour_is_a_visit_to_each_destination(
    pipeline: Pipeline, text: str, venues: list[str]
) -> None:
    facts = pipeline.process(raw_article(text, D(2024, 6, 5)))
    visits = [e for e in facts.events if e.type == "visit"]
    assert sorted(e.venue or "" for e in visits) == venues


def _store(session: Session, pipeline: Pipeline, text: str, pub: D, file: str) -> None:
    session.commit()  # store_article opens its own transaction: end the test's reads
    store_article(session, pipeline.process(raw_article(text, pub, file=file)))


def test_visits_to_two_states_across_outlets_stay_two(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, "Сергей Лавров 5 мая прибыл с визитом в Китай.", D(2025, 5, 5), "a")
    _store(session, pipeline, "Сергей Лавров 5–6 мая посетит Монголию.", D(2025, 5, 4), "b")
    visits = session.scalars(select(Event).where(Event.type == "visit")).all()
    assert sorted(v.venue_id or "" for v in visits) == ["china", "mongolia"]


def test_one_destination_across_outlets_stays_one(session: Session, pipeline: Pipeline) -> None:
    _store(session, pipeline, "Сергей Лавров 5 мая прибыл с визитом в Китай.", D(2025, 5, 5), "a")
    _store(session, pipeline, "Сергей Лавров 5–6 мая посетит Китай.", D(2025, 5, 4), "b")
    visits = session.scalars(select(Event).where(Event.type == "visit")).all()
    assert [(v.venue_id, v.sources_count) for v in visits] == [("china", 2)]

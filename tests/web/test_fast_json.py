"""The fast read path writes the same bytes as the pydantic models it bypasses, and the
plain-SQL loader reads the same records as the ORM did."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import queries
from app.db.models import Event
from app.web.schemas import EventOut, EventsPage, dumps, event_dict, event_out
from tests import factories


def test_event_dict_is_event_out_byte_for_byte(session: Session, built: factories.Built) -> None:
    ids = list(session.scalars(select(Event.id).order_by(Event.id)))
    events = queries.load_events(session, ids)
    assert len(events) == len(ids) > 0
    for e in events:
        assert dumps(event_dict(e)) == event_out(e).model_dump_json()
        # and it validates against the documented model
        EventOut.model_validate_json(dumps(event_dict(e)))


def test_loaded_records_have_typed_values(session: Session, built: factories.Built) -> None:
    ids = list(session.scalars(select(Event.id)))
    for e in queries.load_events(session, ids):
        assert e.sort_date.year >= 1
        assert isinstance(e.planned, bool)
        assert isinstance(e.disagreement, list)
        for s in e.sources:
            assert isinstance(s.planned, bool)
            assert isinstance(s.actor_spans, list)
            assert s.published is None or s.published.isoformat()
        # sources come in publication order, undated last
        published = [s.published for s in e.sources]
        dated = [p for p in published if p is not None]
        assert dated == sorted(dated)
        assert published[: len(dated)] == dated


def test_api_events_page_is_the_documented_model(client: TestClient) -> None:
    r = client.get("/api/events?limit=3")
    assert r.status_code == 200
    page = EventsPage.model_validate_json(r.content)
    assert r.content.decode() == page.model_dump_json()

"""Status, venue and actor roles in the event JSON and pages; the source view lists each
event of an article once, with its date and title (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.db.models import EventActor
from tests import factories

CALL = "2025-02-12-putin-trump-phone-call"


@pytest.fixture
def postponed(session: Session, built: factories.Built) -> None:
    ev = built.events["call"]
    ev.status, ev.planned, ev.venue_id = "postponed", True, "russia"
    session.execute(
        update(EventActor)
        .where(EventActor.event_id == ev.id, EventActor.actor_id == "donald-trump")
        .values(role="speaker")
    )
    session.commit()


def test_event_json_has_status_venue_and_roles(client: Any, postponed: None) -> None:
    body = client.get(f"/api/events/{CALL}").json()
    assert (body["status"], body["planned"]) == ("postponed", True)
    assert body["venue"]["id"] == "russia"
    assert body["venue"]["name_ru"]
    roles = {a["id"]: a["role"] for a in body["actors"]}
    assert roles == {"vladimir-putin": "participant", "donald-trump": "speaker"}


def test_happened_event_json(client: Any) -> None:
    body = client.get(f"/api/events/{CALL}").json()
    assert (body["status"], body["planned"], body["venue"]) == ("happened", False, None)


@pytest.mark.parametrize(
    ("lang", "label", "where"),
    [("ru", "перенесено", "Где:"), ("en-GB", "postponed", "Where:")],
)
def test_event_page_badge_and_venue(
    client: Any, postponed: None, lang: str, label: str, where: str
) -> None:
    html = client.get(f"/events/{CALL}", headers={"Accept-Language": lang}).text
    assert f'class="badge status-postponed planned">{label}</span>' in html
    assert where in html


def test_timeline_item_badge(client: Any, postponed: None) -> None:
    html = client.get("/", headers={"Accept-Language": "ru"}).text
    assert "badge status-postponed" in html and "перенесено" in html


def test_source_view_lists_each_event_once_with_date(client: Any, built: factories.Built) -> None:
    article = built.articles["004"]
    html = client.get(f"/articles/{article.id}", headers={"Accept-Language": "ru"}).text
    section = html.split('id="ev-h"', 1)[1]
    assert section.count(f'href="/events/{CALL}"') == 1
    assert "12 февраля 2025" in section
    assert "…" not in section.split("</ol>")[0]

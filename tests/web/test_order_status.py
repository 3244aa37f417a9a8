"""Order (newest/oldest first), the status filter and strict type/status/order values."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from sqlalchemy import text, update
from sqlalchemy.orm import Session

from app.db import queries
from app.db.models import Event
from app.db.vocabulary import EVENT_TYPES
from app.ingest.events.lexicon import NOUN_TRIGGERS, RETYPE, VERB_TRIGGERS
from app.web import cursor
from tests import factories


def ids(client: Any, query: str) -> list[str]:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["events"]]


def walk(client: Any, query: str, limit: int) -> list[str]:
    seen: list[str] = []
    token = None
    while True:
        q = f"{query}&limit={limit}" + (f"&cursor={token}" if token else "")
        body = client.get(f"/api/events?{q}").json()
        seen += [e["id"] for e in body["events"]]
        token = body["next"]
        if token is None:
            return seen


def test_every_trigger_type_is_in_the_vocabulary() -> None:
    # The extractor writes only types the web can filter by (app/db/vocabulary.py).
    written = set(NOUN_TRIGGERS.values()) | set(VERB_TRIGGERS.values())
    written |= {kind for kind, _ in RETYPE.values()}
    assert written <= set(EVENT_TYPES)


def test_the_filter_accepts_every_type(client: Any) -> None:
    for kind in EVENT_TYPES:
        assert client.get(f"/api/events?type={kind}").status_code == 200, kind


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("type=summit", "type"),
        ("type=CALL", "type"),
        ("status=maybe", "status"),
        ("status=Happened", "status"),
        ("order=random", "order"),
        ("order=desc", "order"),
    ],
)
def test_unknown_values_are_400_naming_the_parameter(client: Any, query: str, param: str) -> None:
    for path in ("/api/events", "/", "/export.csv", "/export.ics"):
        r = client.get(f"{path}?{query}")
        assert r.status_code == 400, (path, r.text)
        assert param in r.text


@pytest.mark.parametrize("query", ["", "actor=sergey-lavrov", "from=2025-02-01&to=2025-06-30"])
def test_newest_is_oldest_reversed(client: Any, query: str) -> None:
    oldest = ids(client, f"{query}&limit=500")
    newest = ids(client, f"{query}&order=newest&limit=500")
    assert newest == list(reversed(oldest)) and oldest


@pytest.mark.parametrize(
    "query", ["", "actor=sergey-lavrov", "from=2025-02&to=2025-05", "q=Лавров"]
)
@pytest.mark.parametrize("limit", [1, 3])
def test_keyset_paging_both_ways(client: Any, query: str, limit: int) -> None:
    for order in ("oldest", "newest"):
        whole = ids(client, f"{query}&order={order}&limit=500")
        assert walk(client, f"{query}&order={order}", limit) == whole


def test_cursor_remembers_its_order(client: Any) -> None:
    body = client.get("/api/events?order=newest&limit=2").json()
    pos, _total, newest = cursor.decode_full(body["next"])
    assert newest
    r = client.get(f"/api/events?order=oldest&cursor={body['next']}")
    assert r.status_code == 400 and "cursor" in r.text


def test_page_defaults_to_newest_and_keeps_a_chosen_order(client: Any) -> None:
    api_newest = ids(client, "order=newest&limit=500")
    html = client.get("/").text
    first, last = api_newest[0], api_newest[-1]
    assert html.index(f"/events/{first}") < html.index(f"/events/{last}")
    html = client.get("/?order=oldest&limit=2").text
    assert "order=oldest" in html.split('class="more"')[1].split(">")[0]
    assert '<option value="oldest" selected>' in html
    # export links say which order the page shows
    assert "/export.csv?order=newest" in client.get("/").text


def test_status_filter_and_exports(client: Any, session: Session, built: factories.Built) -> None:
    call = built.events["call"].id
    session.execute(update(Event).where(Event.id == call).values(status="postponed"))
    session.commit()
    assert ids(client, "status=postponed") == [call]
    assert call not in ids(client, "status=happened&limit=500")
    assert client.get("/api/events?status=cancelled").json()["total"] == 0
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert {r["status"] for r in rows} >= {"happened"}
    assert '<option value="postponed" selected>' in client.get("/?status=postponed").text
    ics = client.get("/export.ics?status=happened").text
    assert "STATUS:" in ics


@pytest.mark.parametrize(
    "f",
    [
        queries.EventFilter(),
        queries.EventFilter(actors=("sergey-lavrov",)),
        queries.EventFilter(status="planned"),
        queries.EventFilter(type="call"),
    ],
    ids=["all", "actor", "status", "type"],
)
def test_newest_first_is_served_by_an_index(session: Session, f: queries.EventFilter) -> None:
    """SQLite reads the index backwards: no sort of the matches (no temp B-tree)."""
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("SQLite plan")
    (b,) = queries._branches(session, f, f.actors[0] if f.actors else None)
    stmt = b.select(ids_only=True, newest=True).order_by(*b.order_by(True)).limit(21)
    sql = str(stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    plan = " ".join(r[-1] for r in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "TEMP B-TREE" not in plan and "INDEX" in plan, plan

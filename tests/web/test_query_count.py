"""A page of events costs a constant number of SQL statements, however many it shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.orm import Session

from tests import factories


@contextmanager
def counting(app: FastAPI) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # Not the page's own queries: the read snapshot (make_engine's snapshot_reads) and
        # the one-row data version read for the ETag (app/web/caching.py).
        if statement != "BEGIN" and "FROM data_version" not in statement:
            statements.append(statement)

    engine = app.state.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def _count(app: FastAPI, client: Any, url: str) -> int:
    with counting(app) as statements:
        assert client.get(url).status_code == 200
    return len(statements)


URLS = [
    "/api/events?limit=200",
    "/api/events?actor=sergey-lavrov&actor=marco-rubio&limit=200",
    "/?limit=200",
    "/?actor=sergey-lavrov&from=2024-01-01&q=Лавров&limit=200",
    "/export.csv",
]


def test_statements_do_not_grow_with_events(app: FastAPI, client: Any, session: Session) -> None:
    before = {url: _count(app, client, url) for url in URLS}
    factories.add_bulk_events(session, 150)
    after = {url: _count(app, client, url) for url in URLS}
    assert after == before
    assert before["/api/events?limit=200"] <= 5
    body = client.get("/api/events?limit=200").json()
    assert len(body["events"]) == 160

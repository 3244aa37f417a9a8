"""SQLite and PostgreSQL give the same answers: the seeds ingested into both, then the
JSON API asked the same questions on each (issue 7: "the same API answers")."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.db.migrate import upgrade
from app.ingest.runner import run_ingest
from app.web.app import create_app
from tests.conftest import SEEDS
from tests.pg import PgServer

pytestmark = pytest.mark.postgres


def _ingest(url: str) -> None:
    report = run_ingest([str(SEEDS)], Settings(db=url), err=io.StringIO(), out=io.StringIO())
    assert (report.ingested, report.rejected) == (5, [])


@pytest.fixture(scope="module")
def clients(
    pg_server: PgServer, pg_template: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, TestClient]]:
    sqlite_url = f"sqlite:///{Path(tmp_path_factory.mktemp('both')) / 'seeds.db'}"
    upgrade(sqlite_url)
    name = pg_server.new_name("seeds")
    pg_url = pg_server.create_database(name, template=pg_template)
    try:
        _ingest(sqlite_url)
        _ingest(pg_url)
        with (
            TestClient(create_app(Settings(db=sqlite_url))) as lite,
            TestClient(create_app(Settings(db=pg_url))) as pg,
        ):
            yield {"sqlite": lite, "postgresql": pg}
    finally:
        pg_server.drop_database(name)


def _both(clients: dict[str, TestClient], url: str) -> Any:
    lite = clients["sqlite"].get(url, follow_redirects=False)
    pg = clients["postgresql"].get(url, follow_redirects=False)
    assert lite.status_code == pg.status_code, url
    assert _first_difference(lite.json(), pg.json()) is None, url
    return lite.json()


def _first_difference(a: Any, b: Any, path: str = "") -> str | None:
    """Where two JSON values first differ (a readable failure instead of two blobs)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            d = _first_difference(a.get(k), b.get(k), f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            d = _first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


QUERIES = [
    "/healthz",
    "/api/events?limit=100",
    "/api/events?actor=vladimir-putin",
    "/api/events?actor=vladimir-putin&actor=donald-trump",
    "/api/events?from=2025-01-01&to=2025-12-31",
    "/api/events?from=2026-02",
    "/api/events?type=call",
    "/api/events?q=переговорах",
    "/api/events?q=телефонного разговора",
    "/api/events?q=Лаврова",
    "/api/events?q=%22unbalanced",
    "/api/actors",
    "/api/articles",
]


@pytest.mark.parametrize("url", QUERIES)
def test_same_answers(clients: dict[str, TestClient], url: str) -> None:
    _both(clients, url)


def test_same_events_articles_and_pages(clients: dict[str, TestClient]) -> None:
    events = _both(clients, "/api/events?limit=100")["events"]
    assert len(events) >= 10
    for ev in events:
        _both(clients, f"/api/events/{ev['id']}")
    for art in _both(clients, "/api/articles")["articles"]:
        _both(clients, f"/api/articles/{art['id']}")
        _both(clients, f"/api/events?article={art['id']}")
    # keyset paging walks the same pages
    url: str | None = "/api/events?limit=3"
    seen: list[str] = []
    while url:
        page = _both(clients, url)
        seen += [e["id"] for e in page["events"]]
        url = f"/api/events?limit=3&cursor={page['next']}" if page["next"] else None
    assert seen == [e["id"] for e in events]


def test_search_finds_word_forms_on_both(clients: dict[str, TestClient]) -> None:
    found = _both(clients, "/api/events?q=разговоре")["events"]
    assert "2025-02-12-putin-trump-call" in {e["id"] for e in found}

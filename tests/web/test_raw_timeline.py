"""The timeline and /api/events on the bare sqlite3 connection (app.db.rawsession,
deps.run_snapshot): the same answers as through a session, a fall back to the session
when a page asks for more, and one snapshot for all of a page's reads."""

from __future__ import annotations

import asyncio
import re
from html import unescape
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import queries
from app.db.rawsession import NeedsSession, RawSession
from app.web import deps
from app.web.routes import events as routes
from tests import factories

_URLS = [
    "/?actor=sergey-lavrov",
    "/?actor=sergey-lavrov&from=2025-01-01&to=2025-12-31",
    "/?actor=sergey-lavrov&actor=russia&order=oldest&limit=2",
    "/?from=2024-01-01&limit=3",
    "/?to=2025-06-30&order=newest&limit=2",
    "/?actor=no-such-actor",
    "/?actor=sergey-lavrov&from=bad",
    "/?actor_q=lav&actor=sergey-lavrov",
    "/?q=визит&from=2024-01-01",
    "/",
]
_MORE = re.compile(r'class="more" href="(/\?[^"]*)"')


def _answers(client: TestClient) -> dict[str, tuple[int, bytes]]:
    out = {}
    todo = list(_URLS)
    todo += ["/api/events" + u[1:] for u in _URLS]
    while todo:
        url = todo.pop(0)
        for lang in ("en", "ru"):
            for hx in (False, True):
                headers = {"accept-language": lang}
                if hx:
                    headers["hx-request"] = "true"
                r = client.get(url, headers=headers)
                out[f"{url} {lang} {hx}"] = (r.status_code, r.content)
                m = _MORE.search(r.text) if not hx else None
                if m and url.count("cursor=") < 2 and f"{unescape(m.group(1))} en False" not in out:
                    todo.append(unescape(m.group(1)))
    return out


def test_the_bare_connection_answers_as_the_session_does(
    app: FastAPI, built: factories.Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[str] = []
    real = deps.run_snapshot

    async def counted(request: Any, work: Any) -> Any:
        tried.append(str(request.url))
        return await real(request, work)

    monkeypatch.setattr(routes, "run_snapshot", counted)
    with TestClient(app) as client:
        fast = _answers(client)
    assert len(tried) > len(_URLS)  # the filtered pages (and their "more" pages) tried it
    monkeypatch.setattr(routes, "is_sqlite", lambda _request: False)
    with TestClient(app) as client:
        slow = _answers(client)
    assert fast.keys() == slow.keys()
    for key, answer in slow.items():
        assert fast[key] == answer, key
    assert {s for s, _b in slow.values()} >= {200, 400, 422}


def test_asking_for_more_than_the_connection_answers_raises(
    app: FastAPI, built: factories.Built
) -> None:
    def work(session: Any) -> Any:
        return queries.list_actors(session, text="lav", limit=5)  # an ORM select

    with pytest.raises(NeedsSession):
        asyncio.run(deps.run_snapshot(SimpleNamespace(app=app), work))  # type: ignore[arg-type]


def test_a_page_reads_one_snapshot_its_version_too(
    app: FastAPI, session: Session, built: factories.Built
) -> None:
    """Ingest's writes between a page's reads are not seen by the later reads: a cache
    filled by the page is never newer than the version the page read first."""
    seen: list[Any] = []

    def bump() -> None:
        session.execute(
            text("UPDATE articles SET title = title || '!' WHERE id IN (SELECT id FROM articles)")
        )
        session.execute(text("DELETE FROM event_actors"))
        session.commit()

    def work(raw: Any) -> None:
        assert isinstance(raw, RawSession)
        seen.append(queries.data_version(raw))
        seen.append(queries.unknown_actors(raw, ["sergey-lavrov"]))
        bump()  # another connection writes and commits
        seen.append(queries.data_version(raw))
        seen.append(queries.count_events(raw))
        seen.append(raw.connection().connection.dbapi_connection.execute(
            "SELECT count(*) FROM event_actors").fetchone()[0])  # fmt: skip

    session.commit()
    before = queries.count_events(session)
    asyncio.run(deps.run_snapshot(SimpleNamespace(app=app), work))  # type: ignore[arg-type]
    assert seen[0] == seen[2] and seen[1] == [] and seen[3] == before and seen[4] > 0
    session.rollback()
    assert queries.data_version(session) > seen[0]
    assert session.scalar(text("SELECT count(*) FROM event_actors")) == 0

"""Web security: schema conformance (schemathesis), read-only, loopback, headers, /static."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from sqlalchemy.orm import Session
from starlette.routing import Route

from app.cli import build_parser
from app.config import Settings
from app.web.app import create_app
from tests import factories

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

OPENAPI = "/api/openapi.json"


@pytest.fixture
def web_app(db_url: str, session: Session) -> Iterator[FastAPI]:
    factories.populate(session)
    application = create_app(Settings(db=db_url))
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(web_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(web_app, follow_redirects=False) as c:
        yield c


# Every documented operation (read from the app itself, so a new route is covered too).
OPERATIONS = ["/api/actors", "/api/articles", "/api/articles/{article_id}", "/api/count",
              "/api/events", "/api/events/{event_id}", "/healthz"]  # fmt: skip


def test_operations_list_is_complete(client: TestClient) -> None:
    documented = set(client.get(OPENAPI).json()["paths"])
    assert documented == set(OPERATIONS), "update OPERATIONS (they are fuzzed below)"


@pytest.mark.parametrize("path", OPERATIONS)
def test_api_conforms_to_its_schema(web_app: FastAPI, path: str) -> None:
    """No 5xx; status codes, content types and bodies as the OpenAPI document says.

    (schemathesis's pytest plugin, `from_fixture`, fails on pytest 9: the operation's
    strategy is driven by Hypothesis directly instead.)
    """
    api = schemathesis.openapi.from_asgi(OPENAPI, web_app)
    operation = api[path]["GET"]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=30,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case: Any) -> None:
        case.call_and_validate()

    run()


def _routes(app: FastAPI) -> list[Route]:
    """Every endpoint route, looking inside included routers (lazy in newer FastAPI)."""
    found: list[Route] = []

    def walk(routes: list[Any]) -> None:
        for r in routes:
            if isinstance(r, Route):
                found.append(r)
            inner = getattr(r, "original_router", None) or getattr(r, "router", None)
            if inner is not None and hasattr(inner, "routes"):
                walk(inner.routes)

    walk(list(app.routes))
    return found


def _concrete(path: str) -> str:
    return path.replace("{", "x").replace("}", "")


def test_read_only(web_app: FastAPI, client: TestClient) -> None:
    routes = _routes(web_app)
    assert {"/healthz", "/api/events", "/events/{event_id}"} <= {r.path for r in routes}
    for route in routes:
        assert route.methods <= {"GET", "HEAD"}, (route.path, route.methods)
    paths = {_concrete(r.path) for r in routes} | {OPENAPI, "/static/app.css"}
    for path in sorted(paths):
        for method in ("POST", "PUT", "PATCH", "DELETE"):
            r = client.request(method, path)
            assert r.status_code == 405, (method, path, r.status_code)
    schema_doc = client.get(OPENAPI).json()
    for path, ops in schema_doc["paths"].items():
        assert set(ops) <= {"get", "head", "parameters"}, (path, set(ops))


def test_binds_loopback_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LETOPIS_HOST", "LETOPIS_PORT"):
        monkeypatch.delenv(name, raising=False)
    assert Settings().host == "127.0.0.1"
    args = build_parser().parse_args(["serve"])
    assert args.host is None  # so Settings' loopback default applies


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}


def test_security_headers_everywhere(client: TestClient) -> None:
    events = client.get("/api/events?limit=1").json()["events"]
    articles = client.get("/api/articles").json()["articles"]
    urls = [
        "/",
        "/articles",
        "/actors",
        f"/events/{events[0]['id']}",
        f"/articles/{articles[0]['id']}",
        "/events/no-such-event",
        "/api/events",
        "/healthz",
        "/static/app.css",
        "/static/missing.css",
    ]
    for url in urls:
        r = client.get(url)
        assert r.status_code in (200, 404), url
        for name, value in SECURITY_HEADERS.items():
            assert r.headers.get(name) == value, (url, name)
        csp = r.headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp, url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, url
        assert "script-src 'self'" in csp, url


async def _raw_get(app: FastAPI, path: str, raw_path: bytes) -> tuple[int, bytes]:
    """One GET straight through ASGI, with the path exactly as a server would pass it
    (HTTP clients normalise `..` away before sending, servers percent-decode `path`)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": raw_path,
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"127.0.0.1")],
        "client": ("127.0.0.1", 1234),
        "server": ("127.0.0.1", 8000),
    }
    status = 0
    body = b""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, body
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            body += message.get("body", b"")

    await app(scope, receive, send)
    return status, body


TRAVERSALS = [
    # (decoded path as the server passes it, raw path as sent)
    ("/static/../app/config.py", b"/static/../app/config.py"),
    ("/static/../app/config.py", b"/static/%2e%2e/app/config.py"),
    ("/static/../app/config.py", b"/static/%2E%2E%2Fapp%2Fconfig.py"),
    ("/static/../../../../etc/passwd", b"/static/../../../../etc/passwd"),
    ("/static/vendor/../../app/config.py", b"/static/vendor/../../app/config.py"),
    ("/static//etc/passwd", b"/static//etc/passwd"),
    ("/static/..\\app\\config.py", b"/static/..%5capp%5cconfig.py"),
    ("/static/....//app/config.py", b"/static/....//app/config.py"),
    ("/static/app.css\x00.py", b"/static/app.css%00.py"),
    ("/static/../pyproject.toml", b"/static/%2e%2e/pyproject.toml"),
    ("/static/.%2e/app/config.py", b"/static/.%252e/app/config.py"),
]


@pytest.mark.parametrize(("path", "raw"), TRAVERSALS, ids=[t[1].decode() for t in TRAVERSALS])
def test_static_path_traversal_is_404(web_app: FastAPI, path: str, raw: bytes) -> None:
    status, body = asyncio.run(_raw_get(web_app, path, raw))
    assert status == 404, (path, status, body[:200])
    assert b"class Settings" not in body and b"root:" not in body and b"[project]" not in body


def test_static_serves_its_own_files(web_app: FastAPI) -> None:
    status, body = asyncio.run(_raw_get(web_app, "/static/app.css", b"/static/app.css"))
    assert status == 200
    css = Path(web_app.state.settings.static_dir, "app.css").read_bytes()
    assert body == css

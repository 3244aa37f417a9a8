"""HTTP caching that browsers and proxies understand: ETag, Cache-Control, 304.

What a page or an API answer shows is a function of the request (path, query, the HX-Request
header, language cookie and Accept-Language) and of the data, and the data changes only when
ingest stores or removes an article, which bumps `data_version` (migration 0006). So an ETag
made of the data version, a digest of those request inputs and a token of this build of the
app is honest: while it matches, the answer would be the same, and a conditional request is
answered 304 from one primary-key read, without running the page's queries or templates.
`Cache-Control: no-cache` makes every client revalidate, so nobody sees stale data.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from anyio import to_thread
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.web.security import HEADERS as SECURITY_HEADERS

# Answers that are not a function of the data alone (health counts are meant live) or that
# carry their own caching (static files).
SKIP_PREFIXES = ("/static/", "/healthz")
VARY = ("HX-Request", "Accept-Language", "Cookie")
INPUT_HEADERS = (b"hx-request", b"accept-language", b"cookie")
VERSION_SQL = "SELECT version FROM data_version WHERE id = 1"


def build_token(*folders: Path, version: str) -> str:
    """A digest of this build: the app's version and the files it renders with, so that a
    new template after a restart never matches an old ETag."""
    h = hashlib.sha256(version.encode())
    for folder in folders:
        if not folder.is_dir():
            continue
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                st = f.stat()
                h.update(f"{f.relative_to(folder)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:12]


def _etag(version: int, scope: Scope, token: str) -> str:
    h = hashlib.sha256(token.encode())
    h.update(scope["path"].encode())
    h.update(b"?" + scope.get("query_string", b""))
    headers = dict(scope.get("headers", []))
    for name in INPUT_HEADERS:
        h.update(b"\0" + headers.get(name, b""))
    return f'W/"{version}-{h.hexdigest()[:16]}"'


def _matches(if_none_match: str, etag: str) -> bool:
    tags = [t.strip() for t in if_none_match.split(",")]
    # Weak comparison (RFC 9110 13.1.2): W/ prefixes do not matter for If-None-Match.
    bare = etag.removeprefix("W/")
    return "*" in tags or any(t.removeprefix("W/") == bare for t in tags)


def _with_vary(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    present = [v.decode("latin-1") for k, v in headers if k.lower() == b"vary"]
    names = {n.strip().lower() for v in present for n in v.split(",") if n.strip()}
    missing = [n for n in VARY if n.lower() not in names]
    if not missing:
        return headers
    rest = [(k, v) for k, v in headers if k.lower() != b"vary"]
    merged = ", ".join([*(p for p in present if p), *missing])
    return [*rest, (b"vary", merged.encode("latin-1"))]


class ConditionalGet:
    """Pure ASGI middleware: ETag and `Cache-Control: no-cache` on successful GETs, 304
    when the client already has the answer; and the security headers of app.web.security
    on every response."""

    def __init__(self, app: ASGIApp, engine: Engine, token: str) -> None:
        self.app = app
        self.engine = engine
        self.token = token
        # SQLite answers a one-row primary-key read from the local file in microseconds
        # (a WAL reader never waits for the writer): faster here than a hand-off to a
        # worker thread. A server database is a network round trip: read it in a thread.
        self.inline = engine.dialect.name == "sqlite"
        # Read through a connection of its own, in autocommit (each read sees the last
        # commit): the pool's checkout, BEGIN and rollback cost more than the read.
        self._path = engine.url.database if self.inline else None
        self._con: sqlite3.Connection | None = None

    def _sqlite_version(self) -> int | None:
        path = self._path
        if self._con is None and (not path or path == ":memory:" or not Path(path).is_file()):
            return self._engine_version()
        try:
            if self._con is None and path:
                self._con = sqlite3.connect(
                    path, isolation_level=None, check_same_thread=False, uri=False
                )
            row = self._con.execute(VERSION_SQL).fetchone() if self._con else None
        except sqlite3.Error:  # a database from before migration 0006: no caching
            return None
        return int(row[0]) if row and row[0] is not None else None

    def _version(self) -> int | None:
        if self.inline:
            return self._sqlite_version()
        return self._engine_version()

    def _engine_version(self) -> int | None:
        try:
            with self.engine.connect() as conn:
                found = conn.execute(text(VERSION_SQL))
                value = found.scalar()
        except SQLAlchemyError:  # a database from before migration 0006: no caching
            return None
        return int(value) if value is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD") or scope["path"].startswith(SKIP_PREFIXES):
            await self.app(scope, receive, _secured(send, ()))
            return
        if self.inline:
            version = self._version()
        else:
            version = await to_thread.run_sync(self._version)
        if version is None:
            await self.app(scope, receive, _secured(send, ()))
            return
        etag = _etag(version, scope, self.token)
        headers = (
            (b"etag", etag.encode()),
            (b"cache-control", b"no-cache"),
        )
        if_none_match = _header(scope, b"if-none-match")
        if if_none_match and _matches(if_none_match, etag):
            await send(
                {
                    "type": "http.response.start",
                    "status": 304,
                    "headers": _with_vary([*headers, *SECURITY_HEADERS]),
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, _secured(send, headers))


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", ()):
        if k == name:
            return str(v.decode("latin-1"))
    return None


def _secured(send: Send, cache_headers: tuple[tuple[bytes, bytes], ...]) -> Send:
    """`send` with the security headers on every response and, on a 200, the caching
    headers (one middleware for both: each ASGI layer costs a wrapper per message)."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            own = list(message.get("headers", []))
            names = {k.lower() for k, _ in own}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            if cache_headers and message["status"] == 200:
                extra += [(k, v) for k, v in cache_headers if k not in names]
                message["headers"] = _with_vary(own + extra)
            else:
                message["headers"] = own + extra
        await send(message)

    return wrapped

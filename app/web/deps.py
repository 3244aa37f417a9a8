"""FastAPI dependencies: a database session per request, the settings, the UI language."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from app.config import Settings
from app.db.rawsession import RawSession
from app.render.ui import UI
from app.web.render import ui_for


# `async def` although they do no I/O of their own: FastAPI runs a plain `def` dependency in
# a worker thread, a hand-off per dependency per request that cost more than the work.
async def get_session(request: Request) -> AsyncIterator[Session]:
    """A read-only unit of work: nothing is ever committed by the web process. Made here
    without touching the database (it connects on the route's first query, in the route's
    thread); closing it ends its read transaction, quick on either backend."""
    maker: sessionmaker[Session] = request.app.state.sessionmaker
    with maker() as session:
        yield session


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_ui(request: Request) -> UI:
    return ui_for(request)


T = TypeVar("T")


async def run_db(request: Request, work: Callable[[Session], T]) -> T:
    """`work(session)` in a read-only session of its own, in a worker thread, for the pages
    every visit asks for (the timeline, its API, an event): without FastAPI's dependency
    machinery (a `Depends` session per request cost more than the page's own SQL).

    Why a worker thread even on SQLite, where the reads take a millisecond or two: sqlite3
    releases the GIL while SQLite works, so in a thread the page's SQL overlaps the event
    loop's work for other connections (parsing, writing answers); run on the event loop it
    serialised with it, and bench.webload showed the JSON and HTML pages slower so."""
    maker: sessionmaker[Session] = request.app.state.sessionmaker

    def run() -> T:
        with maker() as session:
            return work(session)

    return await run_in_threadpool(run)


def is_sqlite(request: Request) -> bool:
    engine: Engine = request.app.state.engine
    return engine.dialect.name == "sqlite"


async def run_snapshot(request: Request, work: Callable[[Session], T]) -> T:
    """`work(session)` where `session` is a RawSession (app.db.rawsession) over a pooled
    sqlite3 connection of its own inside one read transaction (`BEGIN` ... `ROLLBACK`): the
    page's every read, its data version's too, sees one snapshot, as in `run_db`, without
    the Session's machinery. Raises NeedsSession when the page asks for more than the
    bare connection answers (the caller then uses `run_db`). SQLite only."""
    engine: Engine = request.app.state.engine

    def run() -> T:
        pooled = engine.raw_connection()
        try:
            conn: Any = pooled.driver_connection
            # The engine's connections are in autocommit mode (app.db.engine): the
            # transaction, and so the snapshot, is this one.
            conn.execute("BEGIN")
            try:
                return work(cast(Session, RawSession(conn)))
            finally:
                conn.execute("ROLLBACK")
        finally:
            pooled.close()

    return await run_in_threadpool(run)


async def run_raw(request: Request, work: Callable[[Any], T]) -> T:
    """`work(conn)` on a pooled sqlite3 connection of its own, in a worker thread, with no
    session and no transaction: for a page whose statements are all SQL text on SQLite
    and whose reads need no common snapshot (the event page: its card, then its
    neighbours). The session's Session and Connection objects, BEGIN and rollback were
    about a sixth of an event page's profile. SQLite only (the caller checks)."""
    engine: Engine = request.app.state.engine

    def run() -> T:
        pooled = engine.raw_connection()
        try:
            return work(pooled.driver_connection)
        finally:
            pooled.close()

    return await run_in_threadpool(run)

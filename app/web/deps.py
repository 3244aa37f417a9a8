"""FastAPI dependencies: a database session per request, the settings, the UI language."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TypeVar

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from app.config import Settings
from app.web.render import ui_for
from app.web.ui import UI


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
    """`work(session)` in a read-only session of its own, for the pages every visit asks
    for (the timeline, its API, an event). On SQLite it runs right here, on the event
    loop: a page's reads from the local file take a millisecond or two, less than handing
    the request to a worker thread and back (and the GIL lets one thread work at a time
    anyway); FastAPI's dependency machinery is skipped too. A server database is a network
    round trip: there it runs in a worker thread, as a `def` route would."""
    maker: sessionmaker[Session] = request.app.state.sessionmaker

    def run() -> T:
        with maker() as session:
            return work(session)

    if request.app.state.db_inline:
        return run()
    return await run_in_threadpool(run)

"""FastAPI dependencies: a database session per request, the settings, the UI language."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

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

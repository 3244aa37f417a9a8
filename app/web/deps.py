"""FastAPI dependencies: a database session per request, the settings, the UI language."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.web.render import ui_for
from app.web.ui import UI


def get_session(request: Request) -> Iterator[Session]:
    """A read-only unit of work: nothing is ever committed by the web process."""
    maker: sessionmaker[Session] = request.app.state.sessionmaker
    with maker() as session:
        yield session


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_ui(request: Request) -> UI:
    return ui_for(request)

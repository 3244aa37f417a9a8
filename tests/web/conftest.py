"""Fixtures for the web tests: the factory data in a migrated SQLite file, and a client."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session

from app.config import Settings
from app.web.app import create_app
from tests import factories

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def built(session: Session) -> factories.Built:
    return factories.populate(session)


@pytest.fixture
def app(db_url: str, built: factories.Built) -> Iterator[FastAPI]:
    application = create_app(Settings(db=db_url))
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, follow_redirects=False) as c:
        yield c

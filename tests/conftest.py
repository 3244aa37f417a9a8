"""Shared fixtures: real SQLite files made by `alembic upgrade head`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

pytest_plugins = ["tests.pg"]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh, migrated SQLite database file."""
    url = f"sqlite:///{tmp_path / 'letopis.db'}"
    upgrade(url)
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with make_sessionmaker(engine)() as s:
        yield s

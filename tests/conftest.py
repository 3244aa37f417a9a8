"""Shared fixtures: real SQLite files made by `alembic upgrade head`, and one loaded NLP
pipeline for the whole run (its models and gazetteer as `nlp` and `gaz`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade

if TYPE_CHECKING:
    from app.ingest.actors.gazetteer import Gazetteer
    from app.ingest.nlp import Nlp
    from app.ingest.pipeline import Pipeline

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


@pytest.fixture(scope="session")
def pipeline() -> Iterator[Pipeline]:
    """The NLP pipeline (natasha's models and the gazetteer), loaded once for every test
    that reads text; imported here, not at the top, so that web tests never load it."""
    from app.ingest.pipeline import Pipeline

    yield Pipeline.load()


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline) -> Nlp:
    """The pipeline's natasha models, for tests of one reading step."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def gaz(pipeline: Pipeline) -> Gazetteer:
    """The pipeline's gazetteer (the packaged one)."""
    return pipeline.gazetteer

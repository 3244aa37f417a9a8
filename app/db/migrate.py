"""`letopis db upgrade`: apply Alembic migrations to any database URL."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from app.config import PROJECT_ROOT
from app.db.engine import make_engine


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    # ConfigParser interpolation: a literal % in a password must be doubled.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Bring the database at `url` to the newest schema (creating the SQLite file if needed)."""
    make_engine(url).dispose()  # creates the SQLite file's folder
    command.upgrade(alembic_config(url), "head")


def is_current(url: str) -> bool:
    """True when the database has the schema (used by `make run` to decide on seeding)."""
    engine = make_engine(url)
    try:
        return inspect(engine).has_table("alembic_version")
    finally:
        engine.dispose()

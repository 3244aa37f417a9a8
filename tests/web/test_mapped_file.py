"""The web process maps none of the SQLite file unless told to: every mapped page it reads
counts in its RSS (at 100k events, 1 GB mapped made a 1 GB process), while ingest keeps
its mapping."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.config import Settings
from app.db.engine import SQLITE_MMAP_BYTES, make_engine
from app.db.migrate import upgrade
from app.web.app import create_app


def _mapped(engine_url: str, **settings: int) -> int:
    app = create_app(Settings(db=engine_url, **settings))
    with app.state.engine.connect() as conn:
        got = int(conn.execute(text("PRAGMA mmap_size")).scalar_one())
    app.state.engine.dispose()
    return got


@pytest.mark.parametrize(
    ("settings", "mapped"),
    [({}, 0), ({"web_mmap_mb": 64}, 64 << 20)],
)
def test_web_maps_what_it_is_told(tmp_path: Path, settings: dict[str, int], mapped: int) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    assert _mapped(url, **settings) == mapped


def test_other_engines_keep_the_mapping(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert int(conn.execute(text("PRAGMA mmap_size")).scalar_one()) == SQLITE_MMAP_BYTES
    engine.dispose()


def test_a_negative_mapping_is_refused() -> None:
    with pytest.raises(ValueError, match="web_mmap_mb"):
        Settings(web_mmap_mb=-1)

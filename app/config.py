"""The one settings object of Letopis, read from LETOPIS_* environment variables.

Nothing reads the environment anywhere else: the CLI builds a Settings and passes it
down (`create_app(settings)`, `ingest(..., settings)`).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Templates and static files live beside the package, at the project's top level.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Runtime configuration; every field can be set as LETOPIS_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="LETOPIS_", extra="ignore")

    db: str = Field(default="sqlite:///data/letopis.db", description="SQLAlchemy URL")
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64, description="ingest worker processes")
    web_workers: int | None = Field(
        default=None, ge=1, le=64, description="web worker processes (None: one per core)"
    )
    web_mmap_mb: int = Field(
        default=0,
        ge=0,
        le=1 << 20,
        description="MB of the SQLite file each web process maps (0: none; mapped pages "
        "read count in the process's RSS)",
    )
    page_size: int = Field(default=50, ge=1, le=500)
    max_page_size: int = Field(default=500, ge=1)
    templates_dir: Path = PROJECT_ROOT / "templates"
    static_dir: Path = PROJECT_ROOT / "static"
    default_lang: str = "en"

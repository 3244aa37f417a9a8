"""The FastAPI application factory: `create_app(settings)`; no module-level state."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

from app.config import Settings
from app.db.engine import make_engine, make_sessionmaker
from app.web import errors
from app.web.caching import ConditionalGet, build_token
from app.web.render import FragmentCache, make_templates
from app.web.routes import actors, articles, events, exports, health, lang

# Threads serving sync routes at once (SQLAlchemy's default pool keeps 5 connections).
WORKER_THREADS = 4


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(
        settings.db, create_dir=False, snapshot_reads=True, mmap_bytes=settings.web_mmap_mb << 20
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in worker threads, each holding a pooled connection while it works.
        # More threads than pooled connections only adds GIL handoffs and short-lived
        # connections that start with a cold SQLite page cache: keep them within the pool.
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        yield
        engine.dispose()

    app = FastAPI(
        title="Letopis",
        description="A timeline of diplomatic events extracted from news articles.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI needs a CDN and inline script: not under our CSP
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.templates = make_templates(settings)
    app.state.fragments = FragmentCache()
    app.state.by_version = {}  # timeline.by_version

    for module in (health, events, articles, actors, exports, lang):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=settings.static_dir, check_dir=False), name="static")
    errors.install(app)
    app.add_middleware(
        ConditionalGet,
        engine=engine,
        token=build_token(settings.templates_dir, settings.static_dir, version=app.version),
    )
    return app


def create_app_from_env() -> FastAPI:
    """The app configured from LETOPIS_* variables alone, for process managers that need a
    factory without arguments: `uvicorn --factory app.web.app:create_app_from_env
    --workers 4` (each worker builds its own engine)."""
    return create_app(Settings())

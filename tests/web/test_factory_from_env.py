"""`uvicorn --factory app.web.app:create_app_from_env` builds the app from LETOPIS_*."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.web.app import create_app_from_env


def test_factory_reads_the_environment(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LETOPIS_DB", db_url)
    with TestClient(create_app_from_env()) as client:
        r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "articles": 0, "events": 0}

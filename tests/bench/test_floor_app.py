"""The floor app and webload's varied URLs: every URL of the varied mode is answered by both
the floor app and Letopis on the same database (so their req/s compare like with like)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.web.app import create_app
from bench import filldb, floor_app, run, webload


def test_varied_urls_answered_by_floor_and_letopis(tmp_path: Path) -> None:
    db = tmp_path / "fill.db"
    url = f"sqlite:///{db}"
    filldb.fill(url, 400, n_actors=120, quiet=True)
    paths, events = webload.varied_sets(url, 12)
    assert events == 400
    assert set(paths) == set(webload.VARIED_KINDS)
    assert all(len(v) == 12 for v in paths.values())
    for p in paths[webload.VARIED_KINDS[0]]:
        assert "actor=" in p and "from=" in p and "to=" in p
    floor = TestClient(floor_app.create_app(str(db)))
    with TestClient(create_app(Settings(db=url))) as letopis:
        for kind, urls in paths.items():
            for u in urls[:4]:
                f, got = floor.get(u), letopis.get(u)
                assert f.status_code == 200, (kind, u)
                assert got.status_code == 200, (kind, u)
        # Both read the same events: every event the floor lists (sort date in the window)
        # is on Letopis's page too, which adds those overlapping the window from outside.
        seen = 0
        for u in paths[webload.VARIED_KINDS[0]]:
            ours = {e["id"] for e in letopis.get(u).json()["events"]}
            theirs = {e["id"] for e in floor.get(u).json()["events"]}
            if len(ours) < floor_app.PAGE:
                assert theirs <= ours, u
                seen += len(theirs)
        assert seen
    assert floor.get("/events/no-such-event").status_code == 404


def test_make_bench_rows_for_floor_ratio_and_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    def kind(name: str, rps_requests: int, ms: float) -> webload.KindResult:
        k = webload.KindResult(name, requests=rps_requests, seconds=1.0)
        k.latencies_ms = [ms] * rps_requests
        return k

    rows = [
        webload.Comparison(k, kind(k, 300, 10.0), kind(k, 400, 8.0)) for k in webload.VARIED_KINDS
    ]
    monkeypatch.setattr(webload, "compare", lambda *a, **kw: (rows, None))
    monkeypatch.setattr(run.grown, "measure", lambda *a: (10.0, 12.0))
    table = run.Table()
    run.floor_part(table, "sqlite:///x.db", "100k", 10, 1.0)
    run.grown_part(table, 100_000)
    md = table.markdown()
    assert md.count("= **0.75**") == 3 and "p95 ×1.2" in md
    assert "12.0 s / 10.0 s = ×1.20" in md
    assert "**NOT met**" not in md

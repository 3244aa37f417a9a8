"""The floor app and webload's varied URLs: every URL of the varied mode is answered by both
the floor app and Letopis on the same database (so their req/s compare like with like)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.config import Settings
from app.web.app import create_app
from bench import filldb, floor_app, webload


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

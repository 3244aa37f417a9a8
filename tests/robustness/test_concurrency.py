"""Serving while an ingest writes the same SQLite file: no errors, only whole articles."""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from app.db.migrate import upgrade

from .corpus import write_corpus
from .helpers import ROOT, check_integrity, child_env, connect, ingest_argv

MAX_REQUESTS = 300
SPREAD_SECONDS = 15.0  # requests are paced evenly over this time
MAX_SECONDS = 40.0
THREADS = 4
N_GENERATED = 55
N_ARTICLES = 5 + N_GENERATED


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Load:
    def __init__(self, base: str) -> None:
        self.base = base
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.seen: dict[str, int] = {}  # article id -> mentions seen in one response
        self.sent = 0
        self.during = 0  # article lists seen while ingest was half-way (0 < n < all)
        self.start = time.monotonic()

    def take(self) -> bool:
        with self.lock:
            if self.sent >= MAX_REQUESTS:
                return False
            slot = self.start + self.sent * SPREAD_SECONDS / MAX_REQUESTS
            self.sent += 1
        time.sleep(max(0.0, slot - time.monotonic()))
        return True

    def get(self, client: httpx.Client, url: str) -> httpx.Response | None:
        if not self.take():
            return None
        t = time.perf_counter()
        try:
            r = client.get(url)
        except httpx.HTTPError as exc:
            with self.lock:
                self.errors.append(f"{url}: {exc!r}")
            return None
        with self.lock:
            self.latencies.append(time.perf_counter() - t)
            if r.status_code >= 400:
                self.errors.append(f"{url}: {r.status_code} {r.text[:200]}")
        return r if r.status_code == 200 else None

    def reader(self, stop: threading.Event, seed: int) -> None:
        rnd = random.Random(seed)
        with httpx.Client(base_url=self.base, timeout=30, follow_redirects=True) as c:
            while not stop.is_set() and self.sent < MAX_REQUESTS:
                self.get(c, "/healthz")
                page = self.get(c, "/api/events?limit=20")
                if page is not None:
                    for ev in page.json()["events"]:
                        if not ev["sources"]:
                            self.errors.append(f"event without sources: {ev['id']}")
                arts = self.get(c, "/api/articles")
                if arts is None or not arts.json()["articles"]:
                    time.sleep(0.05)
                    continue
                listed = arts.json()["articles"]
                if len(listed) < N_ARTICLES:
                    with self.lock:
                        self.during += 1
                aid = rnd.choice(listed)["id"]
                art = self.get(c, f"/api/articles/{aid}")
                if art is None:
                    continue
                mentions = art.json()["mentions"]
                with self.lock:
                    self.seen[aid] = len(mentions)
                for m in mentions[:3]:
                    ev_r = self.get(c, f"/api/events/{m['event_id']}")
                    if ev_r is not None and aid not in {
                        s["article_id"] for s in ev_r.json()["sources"]
                    }:
                        self.errors.append(f"{m['event_id']} lacks its source {aid}")


@pytest.mark.slow
def test_serving_while_ingesting(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    write_corpus(folder / "generated", N_GENERATED, start=500)
    db_url = f"sqlite:///{tmp_path / 'letopis.db'}"
    upgrade(db_url)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--db", db_url, "--port", str(port)],
        cwd=ROOT,
        env=child_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    ingest = None
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        ingest = subprocess.Popen(
            ingest_argv(db_url, folder),
            cwd=ROOT,
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # the load starts with the first stored article (not during the model loading)
        deadline = time.monotonic() + 60
        while ingest.poll() is None and time.monotonic() < deadline:
            if httpx.get(base + "/healthz", timeout=5).json()["articles"]:
                break
            time.sleep(0.05)
        load = Load(base)
        stop = threading.Event()
        threads = [
            threading.Thread(target=load.reader, args=(stop, i), daemon=True)
            for i in range(THREADS)
        ]
        started = load.start = time.monotonic()
        for t in threads:
            t.start()
        while time.monotonic() - started < MAX_SECONDS and load.sent < MAX_REQUESTS:
            time.sleep(0.2)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        elapsed = time.monotonic() - started
        out, err = ingest.communicate(timeout=180)
        assert ingest.returncode == 0, err
        assert "database is locked" not in err
    finally:
        if ingest is not None and ingest.poll() is None:
            ingest.kill()
            ingest.wait()
        server.terminate()
        server.wait(timeout=30)
    log.seek(0)
    server_log = log.read()
    log.close()
    lat = sorted(load.latencies)
    p95 = lat[int(0.95 * (len(lat) - 1))] if lat else float("nan")
    figures = (
        f"{len(lat)} requests in {elapsed:.1f} s, {len(load.errors)} errors, "
        f"p95 {p95 * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms, "
        f"{load.during} article lists read mid-ingest"
    )
    print(figures)
    (tmp_path / "load.txt").write_text(figures + "\n")
    assert not load.errors, (figures, load.errors[:10])
    assert "database is locked" not in server_log
    assert "Traceback" not in server_log, server_log[-3000:]
    assert len(lat) >= 100, figures
    # readers saw articles while ingest was writing, and each whole: the mentions a
    # reader got with an article are all the mentions that article has
    check_integrity(db_url)
    con = connect(db_url)
    try:
        final = dict(
            con.execute(
                "SELECT a.id, count(m.id) FROM articles a "
                "LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id"
            ).fetchall()
        )
    finally:
        con.close()
    assert len(final) == N_ARTICLES
    assert load.seen, "readers saw articles"
    assert load.during >= 3, "the readers overlapped the ingest"
    for aid, n in load.seen.items():
        assert final[aid] == n, (aid, n, final[aid])

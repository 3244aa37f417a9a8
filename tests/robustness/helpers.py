"""Running `letopis` for real, and checking a database for half-written articles."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.db import searchkey

ROOT = Path(__file__).resolve().parents[2]
UNDATED = "9999-12-31"


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LETOPIS_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def ingest_argv(db_url: str, *paths: Path | str, workers: int | None = None) -> list[str]:
    argv = [sys.executable, "-m", "app", "ingest", *map(str, paths), "--db", db_url]
    if workers:
        argv += ["--workers", str(workers)]
    return argv


def run_ingest_cli(
    db_url: str, *paths: Path | str, timeout: float = 120, workers: int | None = None
) -> subprocess.CompletedProcess[str]:
    """`letopis ingest PATHS --db URL` in a child process (real exit code and stderr)."""
    return subprocess.run(
        ingest_argv(db_url, *paths, workers=workers),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=child_env(),
        check=False,
    )


def db_file(db_url: str) -> str:
    assert db_url.startswith("sqlite:///")
    return db_url.removeprefix("sqlite:///")


def connect(db_url: str) -> sqlite3.Connection:
    con = sqlite3.connect(db_file(db_url), timeout=30)
    return con


def rejections(stderr: str) -> dict[str, str]:
    """{path: reason} of the `letopis: rejected PATH: REASON` lines of stderr."""
    out: dict[str, str] = {}
    for line in stderr.splitlines():
        if line.startswith("letopis: rejected "):
            path, _, reason = line.removeprefix("letopis: rejected ").partition(": ")
            out[path] = reason
    return out


def assert_clean_stderr(stderr: str) -> None:
    """Only `letopis: rejected ...` lines: no traceback, no stray warnings."""
    assert "Traceback" not in stderr, stderr
    stray = [line for line in stderr.splitlines() if not line.startswith("letopis: rejected ")]
    assert not stray, stderr


def check_integrity(db_url: str) -> dict[str, int]:
    """Assert the database holds only whole articles and consistent derived data.

    Returns the table counts. Checks: no mention without its article or event; no event
    without a mention; each mention's quote is its article's text at its span; sources,
    actor and month counts equal what the rows say; every event has its search entry;
    redirects point at existing events.
    """
    con = connect(db_url)
    try:
        q = con.execute
        counts = {
            t: q(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed table names
            for t in ("articles", "events", "mentions", "actors", "event_actors")
        }
        assert q(
            "SELECT count(*) FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
            "WHERE a.id IS NULL"
        ).fetchone() == (0,), "mention without its article"
        assert q(
            "SELECT count(*) FROM mentions m LEFT JOIN events e ON e.id = m.event_id "
            "WHERE e.id IS NULL"
        ).fetchone() == (0,), "mention without its event"
        orphans = q(
            "SELECT e.id FROM events e LEFT JOIN mentions m ON m.event_id = e.id WHERE m.id IS NULL"
        ).fetchall()
        assert not orphans, f"events without a mention: {orphans}"
        pending = q("SELECT id FROM events WHERE id LIKE 'pending-%'").fetchall()
        assert not pending, pending
        texts = dict(q("SELECT id, text FROM articles"))
        for aid, s, e, quote in q("SELECT article_id, sent_start, sent_end, quote FROM mentions"):
            assert 0 <= s < e <= len(texts[aid]), (aid, s, e)
            assert texts[aid][s:e] == quote, (aid, s, e)
        bad_sources = q(
            "SELECT e.id, e.sources_count, count(DISTINCT m.article_id) FROM events e "
            "JOIN mentions m ON m.event_id = e.id GROUP BY e.id "
            "HAVING e.sources_count != count(DISTINCT m.article_id)"
        ).fetchall()
        assert not bad_sources, bad_sources
        bad_actors = q(
            "SELECT a.id, a.events_count, (SELECT count(*) FROM event_actors x "
            "WHERE x.actor_id = a.id) AS n FROM actors a WHERE a.events_count != n"
        ).fetchall()
        assert not bad_actors, bad_actors
        links = q(
            "SELECT count(*) FROM event_actors x LEFT JOIN events e ON e.id = x.event_id "
            "WHERE e.id IS NULL OR e.sort_date != x.sort_date"
        ).fetchone()
        assert links == (0,), "event_actors out of step with events"
        months = Counter(
            d[:7] for (d,) in q("SELECT sort_date FROM events") if not d.startswith("9999")
        )
        assert dict(q("SELECT month, count FROM month_counts")) == dict(months)
        searched = {r[0] for r in q("SELECT event_id FROM event_search")}
        assert searched == {r[0] for r in q("SELECT id FROM events")}
        # Each full-text row is mapped by its rowid, one to one (migration 0005).
        mapped = q(
            "SELECT m.event_id FROM event_search_rowids m "
            "JOIN event_search s ON s.rowid = m.search_rowid AND s.event_id = m.event_id"
        ).fetchall()
        assert sorted(r[0] for r in mapped) == sorted(searched), "event_search_rowids out of step"
        # Each full-text rowid is its event's timeline key (migration 0011), so a search can
        # walk the index in timeline order.
        off_key = [
            eid
            for rowid, eid, sd, pr in q(
                "SELECT s.rowid, e.id, e.sort_date, e.precision_rank FROM event_search s "
                "JOIN events e ON e.id = s.event_id"
            )
            if searchkey.group_of(rowid) != searchkey.group(dt.date.fromisoformat(sd), pr, eid)
        ]
        assert not off_key, f"full-text rows off their timeline key: {off_key[:5]}"
        dangling = q(
            "SELECT r.old_id FROM event_redirects r LEFT JOIN events e ON e.id = r.new_id "
            "WHERE e.id IS NULL"
        ).fetchall()
        assert not dangling, f"redirects to nowhere: {dangling}"
        return counts
    finally:
        con.close()


@dataclass(frozen=True)
class Snapshot:
    articles: frozenset[str]
    events: frozenset[str]
    mentions: frozenset[tuple[str, int, int, str]]
    actors: frozenset[tuple[str, int]]
    months: frozenset[tuple[str, int]]
    redirects: frozenset[tuple[str, str]]


def snapshot(db_url: str) -> Snapshot:
    con = connect(db_url)
    try:
        q = con.execute
        return Snapshot(
            articles=frozenset(r[0] for r in q("SELECT id FROM articles")),
            events=frozenset(r[0] for r in q("SELECT id FROM events")),
            mentions=frozenset(
                q("SELECT article_id, sent_start, sent_end, event_id FROM mentions")
            ),
            actors=frozenset(q("SELECT id, events_count FROM actors")),
            months=frozenset(q("SELECT month, count FROM month_counts")),
            redirects=frozenset(q("SELECT old_id, new_id FROM event_redirects")),
        )
    finally:
        con.close()

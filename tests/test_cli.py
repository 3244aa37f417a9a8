"""The `letopis` command as a user runs it: real processes, exit statuses, messages."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


def letopis(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_dates_json_is_the_documented_shape() -> None:
    r = letopis(
        "dates",
        "В ходе телефонного разговора 12 февраля стороны согласились",
        "--published",
        "2025-12-30",
        "--json",
    )
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines == [
        {
            "start": 29,
            "end": 39,
            "text": "12 февраля",
            "date": {
                "start": "2025-02-12",
                "end": "2025-02-12",
                "precision": "day",
                "how": "year-from-publication",
            },
            "planned": False,
        }
    ]


def test_dates_file_uses_the_articles_own_publication_date() -> None:
    r = letopis("dates", "--file", str(SEEDS / "002_f8e89291c56939e2.txt"), "--json")
    assert r.returncode == 0, r.stderr
    first = json.loads(r.stdout.splitlines()[0])
    assert first["text"] == "в понедельник"
    assert first["date"]["start"] == "2026-02-02"


@pytest.mark.parametrize(
    "args",
    [
        ("ingest",),  # no PATH
        ("ingest", "seeds", "--workers", "0"),
        ("dates", "--published", "2025-13-01", "text"),
        ("dates",),  # neither TEXT nor --file
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    r = letopis(*args)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.strip()


def test_bad_database_url_is_a_usage_error(tmp_path: Path) -> None:
    r = letopis("ingest", str(SEEDS), "--db", "not a url")
    assert r.returncode == 2
    assert "not a url" in r.stderr and "Traceback" not in r.stderr


def test_rejected_files_are_named_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "004_08a23a4b229d2437.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    db = tmp_path / "x.db"
    r = letopis("ingest", str(folder), "--db", f"sqlite:///{db}")
    assert r.returncode == 1
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 2 and "Traceback" not in r.stderr
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert "ingested 1, unchanged 0, rejected 2" in r.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone() == (1,)


def test_two_workers_give_the_same_timeline_as_one(tmp_path: Path) -> None:
    ids = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        r = letopis("ingest", str(SEEDS), "--db", f"sqlite:///{db}", "--workers", workers)
        assert r.returncode == 0, r.stderr
        with sqlite3.connect(db) as conn:
            ids.append(
                conn.execute(
                    "select e.id, e.date_start, e.date_end, m.article_id, m.sent_start "
                    "from events e join mentions m on m.event_id = e.id order by 1, 4, 5"
                ).fetchall()
            )
    assert ids[0] == ids[1] and len(ids[0]) > 10


def test_db_upgrade_then_if_empty(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'y.db'}"
    r = letopis("db", "upgrade", "--db", url)
    assert r.returncode == 0 and "up to date" in r.stdout
    assert letopis("ingest", str(SEEDS), "--db", url, "--if-empty").returncode == 0
    again = letopis("ingest", str(SEEDS), "--db", url, "--if-empty")
    assert again.returncode == 0 and "already holds 5 articles" in again.stdout


def test_every_record_of_a_jsonl_file_is_an_article_of_its_own(tmp_path: Path) -> None:
    """Records share a file but not an identity: the second must not replace the first."""
    feed = tmp_path / "feed.jsonl"
    records = [
        {"text": "Министр встретился с послом 3 июня.", "published": "2024-06-04"},
        {"text": "Посол вручил копии верительных грамот 5 июня.", "published": "2024-06-06"},
    ]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    db = tmp_path / "t.db"
    assert letopis("db", "upgrade", "--db", f"sqlite:///{db}").returncode == 0
    first = letopis("ingest", str(feed), "--db", f"sqlite:///{db}")
    assert first.returncode == 0, first.stderr
    again = letopis("ingest", str(feed), "--db", f"sqlite:///{db}")
    assert "unchanged 2" in again.stdout + again.stderr
    with sqlite3.connect(db) as con:
        files = sorted(r[0] for r in con.execute("SELECT file FROM articles"))
    assert files == ["feed.jsonl#L1", "feed.jsonl#L2"]

"""The `letopis` command as a user runs it: real processes, exit statuses, messages."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.cli import main
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


def test_dates_file_resolves_with_the_whole_article(tmp_path: Path) -> None:
    """The stamp gives the publication date, a page's «дата обращения» does not, and
    anaphora count from the day the article named before them."""
    f = tmp_path / "article.txt"
    f.write_text(
        "Вестник\nМир\n12.03.2025, 18:05\n\nМинистры встретились в Анкаре\n\n"
        "Министры встретились в Анкаре 10 марта. Днём ранее делегация прибыла в город. "
        "На следующий день стороны подписали меморандум.\n\nДата обращения: 20.05.2025\n",
        encoding="utf-8",
    )
    r = letopis("dates", "--file", str(f), "--json")
    assert r.returncode == 0, r.stderr
    got = [
        (d["text"], d["date"]["start"], d["date"]["how"])
        for d in map(json.loads, r.stdout.splitlines())
    ]
    assert got == [
        ("10 марта", "2025-03-10", "year-from-publication"),
        ("Днём ранее", "2025-03-09", "from-stated-date"),
        ("На следующий день", "2025-03-11", "from-stated-date"),
    ]


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
    assert any("binary.txt" in e and "binary or not text" in e for e in errors)
    assert any(e.startswith("letopis: rejected ") for e in errors)
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


def test_serve_with_several_workers_answers_and_stops_cleanly(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    assert letopis("db", "upgrade", "--db", db).returncode == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--db", db, "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        assert r.json()["events"] == 0
        assert httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5).status_code == 200
    finally:
        server.send_signal(signal.SIGTERM)
        out, _ = server.communicate(timeout=60)
    assert server.returncode == 0, out
    assert out.count("Started server process") == 2, out  # two worker processes served
    # Nothing is left listening on the port once the command has exited.
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0
    assert os.environ.get("LETOPIS_DB") != db  # the command's settings stayed in its process


@pytest.mark.parametrize(
    ("flags", "logged"),
    [((), False), (("--access-log",), True), (("--workers", "2"), False)],
)
def test_serve_logs_requests_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, flags: tuple[str, ...], logged: bool
) -> None:
    import uvicorn

    seen: list[object] = []
    monkeypatch.setattr(os, "environ", os.environ.copy())  # --workers hands settings down
    monkeypatch.setattr(uvicorn, "run", lambda *_a, **kw: seen.append(kw.get("access_log")))
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["serve", "--db", db, "--port", "1", *flags]) == 0
    assert seen == [logged]

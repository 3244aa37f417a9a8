"""Watch mode: which files a poll ingests (new, changed, settled), and the real command."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.ingest.runner import Watcher
from tests.conftest import ROOT, SEEDS

A, B = "/in/a.txt", "/in/b.txt"


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        # (scan, now) per poll -> files ready at the last poll
        ([({A: (10, 1)}, 0.0)], []),  # first seen: wait for it to settle
        ([({A: (10, 1)}, 0.0), ({A: (10, 1)}, 2.0)], [A]),
        ([({A: (10, 1)}, 0.0), ({A: (20, 2)}, 2.0)], []),  # still growing
        ([({A: (10, 1)}, 0.0), ({A: (20, 2)}, 2.0), ({A: (20, 2)}, 4.0)], [A]),
        ([({A: (1, 1), B: (1, 1)}, 0.0), ({A: (1, 1)}, 1.0), ({A: (1, 1)}, 2.0)], [A]),
    ],
)
def test_ready_after_settling(
    steps: list[tuple[dict[str, tuple[int, int]], float]], expected: list[str]
) -> None:
    w = Watcher(settle=2.0)
    ready: list[str] = []
    for scan, now in steps:
        ready = w.ready(scan, now)
    assert ready == expected


def test_ingested_files_come_back_only_when_changed() -> None:
    w = Watcher(settle=1.0)
    scan = {A: (10, 1)}
    w.ready(scan, 0.0)
    assert w.ready(scan, 1.0) == [A]
    w.done([A], scan)
    assert w.ready(scan, 5.0) == [] and w.ready(scan, 9.0) == []
    changed = {A: (12, 2)}
    assert w.ready(changed, 10.0) == []
    assert w.ready(changed, 11.0) == [A]


def _events(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("select count(*) from events").fetchone()[0])
    except sqlite3.OperationalError:  # created, not yet migrated
        return 0


@pytest.mark.slow
def test_watch_command_ingests_arrivals_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    db = tmp_path / "w.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "ingest",
            "--watch",
            str(folder),
            "--interval",
            "0.3",
            "--db",
            f"sqlite:///{db}",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        time.sleep(1.0)
        (folder / "one.txt").write_bytes((SEEDS / "004_08a23a4b229d2437.txt").read_bytes())
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if db.exists() and _events(db) > 0:
                break
            time.sleep(0.3)
        assert db.exists() and _events(db) > 0
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "stopped watching" in out and "ingested 1" in out


def test_ctrl_c_while_a_batch_is_stored_stops_after_the_batch() -> None:
    from app.ingest.runner import _ctrl_c_after

    finished = []
    with pytest.raises(KeyboardInterrupt):
        with _ctrl_c_after():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            finished.append("batch")  # not cut short by the interrupt
    assert finished == ["batch"]
    # the previous handler is back: a Ctrl-C now interrupts at once
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)


def test_no_ctrl_c_no_interrupt() -> None:
    from app.ingest.runner import _ctrl_c_after

    with _ctrl_c_after():
        pass

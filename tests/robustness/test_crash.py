"""Crash safety: SIGKILL `letopis ingest` at random points, re-run, compare with a clean run."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from .corpus import write_corpus
from .helpers import (
    ROOT,
    check_integrity,
    child_env,
    db_file,
    ingest_argv,
    run_ingest_cli,
    snapshot,
)

# Enough articles that the last run, resumed after kills at up to 18 stored ones, still has
# work for both workers when the first of it is stored (ingest got fast enough that with 25
# the run could end before the test saw a worker to kill).
N_GENERATED = 60


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    write_corpus(folder / "generated", N_GENERATED)
    return folder


def _articles(db_url: str) -> int:
    """Articles stored so far (-1 before the schema is there)."""
    try:
        con = sqlite3.connect(f"file:{db_file(db_url)}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return -1
    try:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        version = con.execute("SELECT count(*) FROM alembic_version").fetchone()
        return int(row[0]) if version[0] else -1
    except sqlite3.OperationalError:
        return -1
    finally:
        con.close()


def _kill_when(db_url: str, folder: Path, at_articles: int, delay: float, workers: int) -> str:
    """Start an ingest, wait until `at_articles` are stored (or the schema is there, for
    -1), wait `delay` s more, SIGKILL it (with 1 worker: its process group; with several:
    the ingest process alone, and its workers must then exit by themselves). Returns what
    happened."""
    proc = subprocess.Popen(
        ingest_argv(db_url, folder, workers=workers),
        cwd=ROOT,
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while proc.poll() is None and time.monotonic() < deadline:
            n = _articles(db_url)
            if n >= max(at_articles, 0) or (at_articles < 0 and n == 0):
                break
            time.sleep(0.02)
        time.sleep(delay)
        finished = proc.poll() is not None
        tree = _descendants(proc.pid)
        if workers > 1:  # the ingest process alone: its workers must not outlive it
            os.kill(proc.pid, signal.SIGKILL)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while (alive := [p for p in tree if _alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"orphaned workers: {alive}"
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    assert "Traceback" not in stderr, stderr
    return "finished before the kill" if finished else f"killed at {_articles(db_url)} articles"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _descendants(pid: int) -> dict[int, tuple[int, str]]:
    """{pid: (parent pid, command line)} of every process under `pid` (from /proc)."""
    procs: dict[int, tuple[int, str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        procs[int(entry)] = (ppid, cmd)
    found: dict[int, tuple[int, str]] = {}
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        for child, (ppid, cmd) in procs.items():
            if ppid == parent and child not in found:
                found[child] = (ppid, cmd)
                frontier.append(child)
    return found


def _run_killing_a_worker(
    db_url: str, folder: Path
) -> tuple[subprocess.CompletedProcess[str], int]:
    """Ingest with 2 workers; SIGKILL one worker once the run stores again; let it finish."""
    before = _articles(db_url)
    proc = subprocess.Popen(
        ingest_argv(db_url, folder, workers=2),
        cwd=ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    victim = 0
    try:
        deadline = time.monotonic() + 90
        while proc.poll() is None and time.monotonic() < deadline:
            if _articles(db_url) > before:
                tree = _descendants(proc.pid)
                servers = {p for p, (_, cmd) in tree.items() if "forkserver" in cmd}
                workers = sorted(p for p, (pp, _) in tree.items() if pp in servers)
                if workers:
                    victim = workers[0]
                    os.kill(victim, signal.SIGKILL)
                    break
            time.sleep(0.02)
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise AssertionError("ingest hung after one of its workers died") from None
    assert victim, "no worker to kill: the run ended first"
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), victim


@pytest.mark.slow
def test_sigkill_then_rerun_gives_the_clean_database(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    clean = run_ingest_cli(clean_url, folder, timeout=180)
    assert clean.returncode == 0, clean.stderr
    check_integrity(clean_url)
    expected = snapshot(clean_url)
    assert len(expected.articles) == 5 + N_GENERATED

    seed = int(os.environ.get("LETOPIS_CRASH_SEED", time.time()))
    rnd = random.Random(seed)
    url = f"sqlite:///{tmp_path / 'crashed.db'}"
    # kill points: while the models load (schema just made), then at random stored counts
    plans = [
        (-1, rnd.uniform(0.0, 1.5), 1),
        (rnd.randint(1, 10), rnd.uniform(0.0, 0.4), 1),
        (rnd.randint(11, 18), rnd.uniform(0.0, 0.4), 2),
    ]
    log = []
    for at, delay, workers in plans:
        what = _kill_when(url, folder, at, delay, workers)
        log.append(f"kill after {at} articles + {delay:.2f}s, {workers} worker(s): {what}")
        check_integrity(url)  # only whole articles, whatever the moment of the kill
    assert sum("killed at" in line for line in log) >= 2, log
    # the last run loses one of its two workers (as to the OOM killer) and must still
    # finish by itself, the article that worker held retried in a fresh process
    final, worker = _run_killing_a_worker(url, folder)
    log.append(f"worker {worker} killed")
    assert final.returncode == 0, (seed, log, final.stderr)
    check_integrity(url)
    got = snapshot(url)
    context = f"seed {seed}: {log}"
    assert got.articles == expected.articles, context
    assert got.events == expected.events, context
    assert got.mentions == expected.mentions, context
    assert got.actors == expected.actors, context
    assert got.months == expected.months, context
    assert got.redirects == expected.redirects, context


def test_crash_during_first_migration_is_recoverable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic stand-in for SIGKILL inside `alembic upgrade`: the 4th CREATE TABLE
    fails; the next upgrade must still bring the database to head."""
    from alembic.operations import Operations

    from app.db.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'letopis.db'}"
    real = Operations.create_table
    made: list[str] = []

    def failing_create_table(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if len(made) == 3:
            raise KeyboardInterrupt("killed")
        made.append(name)
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(Operations, "create_table", failing_create_table)
    with pytest.raises(KeyboardInterrupt):
        upgrade(url)
    monkeypatch.undo()
    upgrade(url)  # the first attempt rolled back whole: this one starts clean
    check_integrity(url)

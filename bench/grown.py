"""Ingest into a grown database: the same articles into an empty database and into one
already holding N events (filled by bench.filldb), in one run; the ratio of the two.

    python -m bench.grown [--events 100000] [--size 100] [--workers 2]

Issue 13's target: the grown database within 1.3x of the empty one. Both runs are the
real `python -m app ingest` (interpreter start and model loading included, the same in
both); the filled database is copied afresh for each run, so reruns compare alike.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from bench import filldb
from bench.ingest import OUT, corpus, run_sampled


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def filled(events: int) -> Path:
    """A database of `events` synthetic events (reused when already made)."""
    db = OUT / f"fill-{events}.db"
    if not db.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        filldb.fill(f"sqlite:///{db}", events, analyze=True, quiet=True)
    return db


def ingest_into(db: Path, src: Path, workers: int, tag: str) -> float:
    url = f"sqlite:///{db}"
    rc, seconds, _, _ = run_sampled(
        [sys.executable, "-m", "app", "ingest", str(src), "--db", url, "--workers", str(workers)],
        OUT / f"grown-{tag}.log",
    )
    if rc not in (0, 1):
        raise SystemExit(f"ingest into {db} failed ({rc}); see {OUT / f'grown-{tag}.log'}")
    return seconds


def measure(events: int, size: int, workers: int) -> tuple[float, float]:
    """Seconds to ingest `size` articles into an empty and into an `events`-event database."""
    from app.db.migrate import upgrade

    src = corpus(size)
    empty = OUT / "grown-empty.db"
    _fresh(empty)
    upgrade(f"sqlite:///{empty}")
    t_empty = ingest_into(empty, src, workers, "empty")
    big = OUT / "grown-big.db"
    _fresh(big)
    shutil.copyfile(filled(events), big)
    upgrade(f"sqlite:///{big}")  # a fill made before the newest migration
    t_big = ingest_into(big, src, workers, f"{events}")
    return t_empty, t_big


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.grown", description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    t_empty, t_big = measure(args.events, args.size, args.workers)
    print(
        f"{args.size} articles, {args.workers} workers: empty database {t_empty:.1f} s, "
        f"{args.events:,}-event database {t_big:.1f} s, ratio {t_big / t_empty:.2f} "
        f"(target <= 1.3); bench took {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

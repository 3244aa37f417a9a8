"""`python -m bench.reading` (also `make eval`): the realistic set through the real product.

Ingests bench/reading/articles into a throwaway SQLite database with the real `letopis
ingest` (a subprocess, as a user runs it), reads every event and article back through the
HTTP API (in-process), scores them against the gold (score.py) and prints the table, the
misses one a line and one summary line.

    python -m bench.reading                  # report
    python -m bench.reading --json out.json  # figures as JSON too
    python -m bench.reading --raise-baseline # raise baseline.json where figures rose
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .datepairs import date_pairs
from .datepairs import report as datepairs_report
from .gold import ARTICLES, HERE, load
from .score import (
    COUNTED,
    HEADLINE,
    LOWER_IS_BETTER,
    OF_FOUND,
    RATIO_SLACK,
    Result,
    report,
    score,
)

BASELINE = HERE / "baseline.json"


def _letopis(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )


def predict(
    db_url: str, workers: int, articles_dir: Path = ARTICLES
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """Ingest the set into `db_url`; the API's events and articles, and ingest's last line."""
    up = _letopis("db", "upgrade", "--db", db_url)
    if up.returncode != 0:
        raise SystemExit(f"letopis db upgrade failed: {up.stderr.strip()}")
    ing = _letopis("ingest", str(articles_dir), "--db", db_url, "--workers", str(workers))
    if ing.returncode not in (0, 1):
        raise SystemExit(f"letopis ingest failed ({ing.returncode}): {ing.stderr.strip()}")
    lines = (ing.stderr + ing.stdout).strip().splitlines()
    said = "\n".join(line for line in lines if "rejected" in line or "ingested" in line)

    # Imported here: the scorer itself needs no app, and the web app loads no NLP.
    import warnings

    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.web.app import create_app

    events: list[dict[str, Any]] = []
    with TestClient(create_app(Settings(db=db_url))) as client:
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {"limit": 500}
            if cursor:
                params["cursor"] = cursor
            page = client.get("/api/events", params=params)
            page.raise_for_status()
            body = page.json()
            events += body["events"]
            cursor = body.get("next")
            if not cursor:
                break
        articles = client.get("/api/articles").json()["articles"]
    return events, articles, said


def run(
    workers: int = 2, keep: str | None = None, root: Path | None = None
) -> tuple[Result, float, str]:
    """Ingest and score the set (or the set at `root`, laid out like this one)."""
    gold, problems = load(None, root)
    if problems:
        for p in problems:
            print(f"gold: {p}", file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in the gold (bench/reading/check_gold.py)")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="letopis-eval-") as tmp:
        db = Path(keep) if keep else Path(tmp) / "eval.db"
        if db.exists():
            db.unlink()
        events, articles, said = predict(f"sqlite:///{db}", workers, gold.articles_dir)
    return score(gold, events, articles), time.perf_counter() - started, said


def worse_than(
    res: Result, baseline: dict[str, Any], pairs_right: int | None = None
) -> list[str]:
    """The headline figures of `res` that fall below `baseline` (see score.OF_FOUND): a
    ratio of the whole below the baseline's; for the counted figures, a count worse than
    the baseline's, or a ratio over the found events more than RATIO_SLACK below it; and
    `pairs_right`, the date pairs read right (datepairs.py), fewer than the baseline's."""
    counts: dict[str, int] = baseline.get("counts", {})
    out = []
    if pairs_right is not None and pairs_right < counts.get("date_pairs", 0):
        out.append(f"date_pairs {pairs_right} vs baseline {counts['date_pairs']} (count)")
    for name in HEADLINE:
        if name not in baseline:
            continue
        got, want = res.figures[name], float(baseline[name])
        n = res.counts[name][0]
        if name in COUNTED and name in counts:
            if name in LOWER_IS_BETTER and n > counts[name]:
                out.append(f"{name} {n} vs baseline {counts[name]} (count)")
            elif name not in LOWER_IS_BETTER and n < counts[name]:
                out.append(f"{name} {n} vs baseline {counts[name]} (count)")
            elif name in OF_FOUND and got < want - RATIO_SLACK - 1e-9:
                out.append(f"{name} {got:.4f} vs baseline {want:.4f} - {RATIO_SLACK}")
        elif name in LOWER_IS_BETTER and got > want + 1e-9:
            out.append(f"{name} {got:.4f} vs baseline {want:.4f}")
        elif name not in LOWER_IS_BETTER and got < want - 1e-9:
            out.append(f"{name} {got:.4f} vs baseline {want:.4f}")
    return out


def raise_baseline(res: Result, pairs_right: int | None = None) -> dict[str, Any]:
    """Move each headline figure of baseline.json (and the counts it keeps, the date pairs
    read right among them) towards better, never worse."""
    old: dict[str, Any] = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    new = dict(old)
    counts = dict(old.get("counts", {}))
    if pairs_right is not None:
        counts["date_pairs"] = max(counts.get("date_pairs", pairs_right), pairs_right)
    for name in HEADLINE:
        got = res.figures[name]
        if name not in old:
            new[name] = got
        elif name in LOWER_IS_BETTER:
            new[name] = min(old[name], got)
        else:
            new[name] = max(old[name], got)
        if name in COUNTED:
            n = res.counts[name][0]
            pick = min if name in LOWER_IS_BETTER else max
            counts[name] = pick(counts.get(name, n), n)
    new["counts"] = counts
    BASELINE.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n")
    return new


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.reading", description=__doc__)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", metavar="FILE", help="write the figures and counts as JSON")
    ap.add_argument("--keep", metavar="DB", help="keep the database at this path")
    ap.add_argument("--raise-baseline", action="store_true", help="raise baseline.json")
    where = ap.add_mutually_exclusive_group()
    where.add_argument(
        "--set", metavar="DIR", type=Path, help="score another set (DIR/articles, DIR/gold)"
    )
    where.add_argument(
        "--held",
        metavar="NAME",
        action="append",
        help="score the held-back share held/NAME.tar.gz alone (repeatable), blind: the "
        "table by tag and the summary only, never a miss's line",
    )
    args = ap.parse_args(argv)
    if args.raise_baseline and (args.set or args.held):
        ap.error("--raise-baseline is for the set itself, not --set or --held")
    if args.set and not (args.set / "articles").is_dir():
        ap.error(f"--set {args.set}: no articles/ directory in it")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if args.held:
        from .held import unpacked

        with unpacked(args.held) as root:
            res, seconds, said = run(args.workers, args.keep, root)
            pairs = date_pairs(load(None, root)[0])
        lines = list(report(res))
        # Blind: the figures by tag and the summary, not the lines that quote the share.
        print("\n".join(lines[: lines.index("")] + ["", lines[-1]]))
        print(datepairs_report(pairs, lines=False)[-1])
    else:
        res, seconds, said = run(args.workers, args.keep, args.set)
        pairs = date_pairs(load(None, args.set)[0])
        for line in report(res):
            print(line)
        print("\n".join(datepairs_report(pairs)))
    print(f"{said.splitlines()[-1] if said else ''}; eval took {seconds:.1f} s")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "figures": res.figures,
                    "counts": res.counts,
                    "date_pairs": [sum(p.right for p in pairs), len(pairs)],
                    "seconds": round(seconds, 1),
                },
                indent=2,
            )
            + "\n"
        )
    if args.raise_baseline:
        right = sum(p.right for p in pairs)
        print("baseline: " + json.dumps(raise_baseline(res, right), sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

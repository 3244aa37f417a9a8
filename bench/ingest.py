"""Ingest throughput: the real pipeline over a synthetic corpus, 1 and 2 workers.

    python -m bench.ingest [--sizes 200 1000] [--workers 1 2]

For each corpus size: writes the corpus (bench.corpus, deterministic; reused when already
written), runs `python -m app ingest DIR --db sqlite:///... --workers W` into a fresh,
migrated SQLite file, and reports articles/s (wall time of the whole command, interpreter
start and model loading included) and the peak RSS of every process of the run (VmHWM
sampled from /proc every 50 ms, so each worker is seen before it exits). In the same run,
a separate single process does natasha's bare segmentation + morphology + NER over the same
files, with single-threaded BLAS (natasha's fastest setting here, see BARE_ENV); the ratio
is (ingest wall time with 1 worker) / (bare pass wall time), both with interpreter start and
model loading included; CPU seconds of every process are reported too, as wall time suffers
when other processes share the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import VERSION, write_corpus

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"


class Missing(RuntimeError):
    pass


@dataclass
class IngestRun:
    size: int
    workers: int
    seconds: float
    exit_code: int
    articles: int
    events: int
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # role -> MB
    cpu_seconds: float = 0.0  # all processes of the run (workers sampled before they exit)
    cpu_by_role: dict[str, float] = field(default_factory=dict)  # see cpu_by_role()

    @property
    def rate(self) -> float:
        return self.size / self.seconds if self.seconds else 0.0

    @property
    def worker_peak_mb(self) -> float:
        vals = [v for k, v in self.peak_rss_mb.items() if k != "main"] or list(
            self.peak_rss_mb.values()
        )
        return max(vals) if vals else 0.0


@dataclass
class BareRun:
    size: int
    seconds: float  # whole process
    load_seconds: float
    pass_seconds: float
    sentences: int
    cpu_seconds: float  # whole process


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of a process so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def cpu_by_role(
    cpu: dict[int, float], parent: dict[int, int], cmdline: dict[int, str], main: int
) -> dict[str, float]:
    """CPU seconds of a run's processes by what each is: the ingest command (`main`: it
    lists and decodes the files and stores every article), multiprocessing's fork server
    (it imports the reader and loads the models once), each worker forked from it (the
    analysis), multiprocessing's resource tracker, anything else. Workers are named in
    the order they were first seen."""
    servers = {
        p
        for p in cpu
        if parent.get(p) == main and "multiprocessing.forkserver" in cmdline.get(p, "")
    }
    out: dict[str, float] = {}
    n = 0
    for p in cpu:  # in the order first seen
        if p == main:
            role = "main"
        elif p in servers:
            role = "fork server"
        elif parent.get(p) in servers:
            n += 1
            role = f"worker {n}"
        elif "resource_tracker" in cmdline.get(p, ""):
            role = "resource tracker"
        else:
            role = "other"
        out[role] = out.get(role, 0.0) + cpu[p]
    return out


def run_sampled(
    cmd: list[str], log: Path, cpu_roles: dict[str, float] | None = None
) -> tuple[int, float, dict[str, float], float]:
    """Run cmd, sampling its and its descendants' peak RSS and CPU time.

    Returns (exit code, wall seconds, peak RSS MB by role, CPU seconds of the whole tree).
    CPU time is what the run costs whatever else the machine is doing. `cpu_roles`, when
    given, is filled with the CPU seconds of each kind of process (cpu_by_role).
    """
    peaks: dict[int, float] = {}
    cpu: dict[int, float] = {}
    roles: dict[int, str] = {}
    parent: dict[int, int] = {}
    cmdline: dict[int, str] = {}
    t0 = time.perf_counter()
    with log.open("wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT)
        roles[proc.pid] = "main"
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                stack = [proc.pid]
                while stack:
                    pid = stack.pop()
                    hwm = _hwm_mb(pid)
                    c = _cpu_s(pid)
                    if c is not None:
                        cpu[pid] = max(cpu.get(pid, 0.0), c)
                        if pid not in cmdline:
                            cmdline[pid] = _cmdline(pid)
                    if hwm is not None:
                        peaks[pid] = max(peaks.get(pid, 0.0), hwm)
                        roles.setdefault(pid, f"worker{len(roles)}")
                    kids = _children(pid)
                    for kid in kids:
                        parent.setdefault(kid, pid)
                    stack += kids
                done.wait(0.05)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        # wait without reaping, so the last sample still sees the main process
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
        seconds = time.perf_counter() - t0
        done.set()
        th.join()
        main_cpu = _cpu_s(proc.pid)
        if main_cpu is not None:
            cpu[proc.pid] = max(cpu.get(proc.pid, 0.0), main_cpu)
        rc = proc.wait()
    if cpu_roles is not None:
        cpu_roles.update(cpu_by_role(cpu, parent, cmdline, proc.pid))
    return rc, seconds, {roles[p]: v for p, v in peaks.items()}, sum(cpu.values())


def corpus(size: int, seed: int = 0) -> Path:
    d = OUT / f"corpus-{size}-s{seed}-v{VERSION}"
    if not d.exists() or len(list(d.glob("*.txt"))) != size:
        write_corpus(size, d, seed)
    return d


def ingest_once(size: int, workers: int, seed: int = 0) -> IngestRun:
    if importlib.util.find_spec("app.ingest.runner") is None:
        raise Missing("app.ingest.runner does not exist yet")
    from app.db.migrate import upgrade

    src = corpus(size, seed)
    db = OUT / f"ingest-{size}-w{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    upgrade(url)
    by_role: dict[str, float] = {}
    rc, seconds, peaks, cpu = run_sampled(
        [sys.executable, "-m", "app", "ingest", str(src), "--db", url, "--workers", str(workers)],
        OUT / f"ingest-{size}-w{workers}.log",
        by_role,
    )
    con = sqlite3.connect(db)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    return IngestRun(size, workers, seconds, rc, articles, events, peaks, cpu, by_role)


BARE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    t0 = time.perf_counter()
    import yargy  # noqa: F401  (patches pymorphy2 for Python 3.11)
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    seg = Segmenter(); emb = NewsEmbedding()
    morph = NewsMorphTagger(emb); ner = NewsNERTagger(emb)
    t1 = time.perf_counter()
    n = 0
    for p in sorted(Path(sys.argv[1]).glob("*.txt")):
        doc = Doc(p.read_text(encoding="utf-8"))
        doc.segment(seg); doc.tag_morph(morph); doc.tag_ner(ner)
        n += len(doc.sents)
    t2 = time.perf_counter()
    print(t1 - t0, t2 - t1, n, time.process_time())
    """
)


# natasha at its best on this machine: numpy's OpenBLAS otherwise starts a thread per core
# that spins, which made the bare pass 2.6x slower in CPU and wall time here (measured:
# 100 articles, 11.1 s -> 3.8 s). An environment that sets these explicitly wins.
BARE_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def bare_natasha(size: int, seed: int = 0) -> BareRun:
    if importlib.util.find_spec("natasha") is None:
        raise Missing("natasha is not installed")
    src = corpus(size, seed)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", BARE, str(src)],
        capture_output=True,
        text=True,
        check=True,
        env=BARE_ENV | dict(os.environ),
    ).stdout.split()
    seconds = time.perf_counter() - t0
    return BareRun(size, seconds, float(out[0]), float(out[1]), int(out[2]), float(out[3]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        for size in args.sizes:
            b = bare_natasha(size)
            print(
                f"{size} articles: bare natasha {b.seconds:.1f} s, CPU {b.cpu_seconds:.1f} s "
                f"(load {b.load_seconds:.1f} s, "
                f"{b.sentences / b.pass_seconds:.0f} sentences/s)"
            )
            for w in args.workers:
                r = ingest_once(size, w)
                print(
                    f"{size} articles, {w} worker(s): {r.seconds:.1f} s, "
                    f"CPU {r.cpu_seconds:.1f} s, "
                    f"{r.rate:.1f} art/s, "
                    f"exit {r.exit_code}, {r.articles} articles, {r.events} events, peak RSS "
                    + ", ".join(f"{k} {v:.0f} MB" for k, v in r.peak_rss_mb.items())
                    + (f"; ratio to bare {r.seconds / b.seconds:.2f}" if w == 1 else "")
                )
                # Where the CPU went: the writer (main), the models' load (fork server),
                # the analysis (workers).
                print(
                    "  CPU by process: "
                    + ", ".join(f"{k} {v:.2f} s" for k, v in r.cpu_by_role.items())
                )
    except Missing as exc:
        print(f"bench.ingest: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Bounded concurrent HTTP load against a real uvicorn process on 127.0.0.1.

    python -m bench.webload --db URL [--requests 1000] [--concurrency 16]
    python -m bench.webload --db URL --varied [--concurrency 8]

`--varied`: each request a random actor of the 50 with most events and a random 6-month
window (JSON and HTML), event pages of random ids, so that no response cache helps; the
same URLs are then sent to the floor app (bench/floor_app.py: FastAPI + Jinja2 + sqlite3 on
the same file), started in the same run as the reference, and the ratio of Letopis's
req/s to the floor's is printed for each kind.

Starts `python -m app serve` (one uvicorn worker) on a free port of 127.0.0.1 over the given
database, waits for it, sends a fixed number of requests per URL kind from `concurrency`
keep-alive connections, stops the server, and reports p50/p95/p99 latency, requests/s
and the server's RSS (VmRSS now and VmHWM, its peak, from /proc/PID/status).

The client is a minimal HTTP/1.1 keep-alive client on asyncio streams rather than httpx:
on a 2-core machine the client shares the CPU with the server, and httpx spends several
times more CPU per request than this loop, which would understate the server.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
OUT = Path(__file__).resolve().parent / "out"
QUERIES = (
    "переговоры",
    "телефонный разговор",
    "Лавров",
    "санкции",
    "встреча Путина",
    "консультации экспертов",
    "Рубио",
    "визит",
    "предложения по урегулированию",
    "заявление",
)


class ServerError(RuntimeError):
    pass


@dataclass
class KindResult:
    kind: str
    requests: int = 0
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)

    def pct(self, p: float) -> float:
        xs = sorted(self.latencies_ms)
        if not xs:
            return float("nan")
        return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs)) - 1))]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


@dataclass
class WebResult:
    kinds: list[KindResult]
    rss_mb: float
    hwm_mb: float
    rss_idle_mb: float
    events: int
    concurrency: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def proc_mem_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    vals = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, val = line.split(":", 1)
            vals[key] = int(val.split()[0]) / 1024
    return vals.get("VmRSS", 0.0), vals.get("VmHWM", 0.0)


# ----------------------------------------------------------------------------- client


class Conn:
    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        assert self.reader is not None
        req = f"GET {path} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\nAccept: */*\r\n\r\n"
        self.writer.write(req.encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                k, v = line.split(":", 1)
                headers[k.strip().lower()] = v.strip().lower()
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readuntil(b"\r\n")
                    break
                chunks.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            body = b"".join(chunks)
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        if headers.get("connection") == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(Exception):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def run_kind(
    port: int, kind: str, paths: list[str], concurrency: int, time_limit: float
) -> KindResult:
    res = KindResult(kind)
    queue = list(reversed(paths))
    deadline = time.perf_counter() + time_limit

    async def worker() -> None:
        conn = Conn(port)
        try:
            while queue and time.perf_counter() < deadline:
                path = queue.pop()
                t = time.perf_counter()
                try:
                    try:
                        status, _ = await asyncio.wait_for(conn.get(path), 30)
                    except (OSError, asyncio.IncompleteReadError):
                        # the server closed a kept-alive connection: one retry on a new one
                        await conn.close()
                        t = time.perf_counter()
                        status, _ = await asyncio.wait_for(conn.get(path), 30)
                except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                    res.errors += 1
                    await conn.close()
                    continue
                res.latencies_ms.append((time.perf_counter() - t) * 1000)
                res.statuses[status] = res.statuses.get(status, 0) + 1
                if status >= 400:
                    res.errors += 1
        finally:
            await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    res.seconds = time.perf_counter() - t0
    res.requests = len(res.latencies_ms)
    return res


# ----------------------------------------------------------------------------- URLs


def sqlite_file(url: str) -> str:
    from sqlalchemy.engine import make_url

    db = make_url(url).database
    if not db:
        raise SystemExit(f"webload: not an SQLite file URL: {url}")
    return db


def _open_filled(db_url: str) -> tuple[sqlite3.Connection, int]:
    """The filled database, read-only, and its number of events (none: a clear exit)."""
    con = sqlite3.connect(f"file:{sqlite_file(db_url)}?mode=ro", uri=True)
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    if not events:
        con.close()
        raise SystemExit("webload: the database has no events (run bench.filldb first)")
    return con, int(events)


def url_sets(db_url: str, n: int, seed: int = 0) -> tuple[dict[str, list[str]], int]:
    """n request paths per URL kind, drawn from what the database holds."""
    rng = random.Random(f"letopis-webload:{seed}")
    con, events = _open_filled(db_url)
    try:
        popular = [
            r[0] for r in con.execute("SELECT id FROM actors ORDER BY events_count DESC LIMIT 3")
        ]
        # the tail of the Zipf distribution: the 200 actors with the fewest events
        rare = [
            r[0]
            for r in con.execute(
                "SELECT id FROM actors WHERE events_count > 0 ORDER BY events_count, id LIMIT 200"
            )
        ]
        max_ev = con.execute("SELECT max(rowid) FROM events").fetchone()[0]
        max_ar = con.execute("SELECT max(rowid) FROM articles").fetchone()[0]

        def sample(table: str, top: int, k: int) -> list[str]:
            ids: list[str] = []
            while len(ids) < k:
                picks = [rng.randrange(1, top + 1) for _ in range(min(500, k - len(ids)))]
                marks = ",".join("?" * len(picks))
                ids += [
                    r[0]
                    for r in con.execute(
                        f"SELECT id FROM {table} WHERE rowid IN ({marks})",  # noqa: S608
                        picks,
                    )
                ]
            return ids[:k]

        ev_ids = sample("events", max_ev, n)
        ar_ids = sample("articles", max_ar, n)
        # Words of random events' titles: searches mostly new to the server (which keeps a
        # search's count until the data changes), each with matches.
        marks = ",".join("?" * len(ev_ids))
        titles = [
            r[0]
            for r in con.execute(
                f"SELECT title FROM events WHERE id IN ({marks})",  # noqa: S608
                ev_ids,
            )
        ]
        worded = [ws for t in titles if (ws := re.findall(r"\w{4,}", t or ""))]
    finally:
        con.close()

    def window(years: int) -> str:
        y = rng.randrange(2015, 2027 - years + 1)
        return f"from={y}-01-01&to={y + years - 1}-12-31"

    from urllib.parse import quote

    return {
        "/": ["/"] * n,
        "/api/events actor+date, popular actor": [
            f"/api/events?actor={rng.choice(popular)}&{window(1)}" for _ in range(n)
        ],
        "/api/events actor+date, rare actor": [
            f"/api/events?actor={rng.choice(rare)}&{window(3)}" for _ in range(n)
        ],
        "/ actor+date (HTML)": [f"/?actor={rng.choice(popular)}&{window(1)}" for _ in range(n)],
        "/api/events?q= full text": [
            f"/api/events?q={quote(rng.choice(QUERIES))}" for _ in range(n)
        ],
        "/api/events?q= words of random titles": [
            f"/api/events?q={quote(' '.join(rng.sample(ws, min(len(ws), rng.choice((1, 2))))))}"
            for ws in (rng.choice(worded) for _ in range(n))
        ],
        "/?q= words of random titles (HTML)": [
            f"/?q={quote(' '.join(rng.sample(ws, min(len(ws), rng.choice((1, 2))))))}"
            for ws in (rng.choice(worded) for _ in range(n))
        ],
        "/events/{id}": [f"/events/{quote(i)}" for i in ev_ids],
        "/articles/{id}": [f"/articles/{i}" for i in ar_ids],
    }, events


VARIED_KINDS = ("actor + 6 months, /api/events", "actor + 6 months, / (HTML)", "/events/{id}")


def varied_sets(db_url: str, n: int, seed: int = 0) -> tuple[dict[str, list[str]], int]:
    """n paths per kind of the varied mode (VARIED_KINDS): a random actor of the top 50 and
    a random 6-month window per request; event pages of random ids."""
    rng = random.Random(f"letopis-webload-varied:{seed}")
    con, events = _open_filled(db_url)
    try:
        top = [
            r[0]
            for r in con.execute("SELECT id FROM actors ORDER BY events_count DESC, id LIMIT 50")
        ]
        lo, hi = con.execute(
            "SELECT min(sort_date), max(sort_date) FROM events WHERE sort_date < '9999-12-31'"
        ).fetchone()
        max_ev = con.execute("SELECT max(rowid) FROM events").fetchone()[0]
        ev_ids: list[str] = []
        while len(ev_ids) < n:
            picks = [rng.randrange(1, max_ev + 1) for _ in range(min(500, n - len(ev_ids)))]
            marks = ",".join("?" * len(picks))
            sql = f"SELECT id FROM events WHERE rowid IN ({marks})"  # noqa: S608
            ev_ids += [r[0] for r in con.execute(sql, picks)]
    finally:
        con.close()
    first, last = int(lo[:4]) * 12 + int(lo[5:7]) - 1, int(hi[:4]) * 12 + int(hi[5:7]) - 1

    def window() -> str:
        m = rng.randrange(first, max(first + 1, last - 4))
        end = m + 6  # the first month after the window
        return f"from={m // 12:04d}-{m % 12 + 1:02d}-01&to={_last_day(end // 12, end % 12 + 1)}"

    from urllib.parse import quote

    json_urls = [f"/api/events?actor={quote(rng.choice(top))}&{window()}" for _ in range(n)]
    html_urls = [f"/?actor={quote(rng.choice(top))}&{window()}" for _ in range(n)]
    return {
        VARIED_KINDS[0]: json_urls,
        VARIED_KINDS[1]: html_urls,
        VARIED_KINDS[2]: [f"/events/{quote(i)}" for i in ev_ids[:n]],
    }, events


def _last_day(year: int, month: int) -> str:
    """The day before the first of (year, month)."""
    import datetime as dt

    return (dt.date(year, month, 1) - dt.timedelta(days=1)).isoformat()


# ----------------------------------------------------------------------------- server


def start_server(
    db_url: str, port: int, log: Path, *, floor: bool = False
) -> subprocess.Popen[bytes]:
    """`letopis serve` with one worker (the targets are per process), or with `floor` the
    floor app under the same uvicorn, one worker too."""
    try:
        import app.web.app  # noqa: F401
    except ImportError as exc:
        raise ServerError(f"the web app is not importable yet (app.web.app: {exc})") from exc
    log.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, LETOPIS_DB=db_url)
    if floor:
        env["LETOPIS_FLOOR_DB"] = sqlite_file(db_url)
        cmd = ["-m", "uvicorn", "--factory", "bench.floor_app:create_app", "--workers", "1"]
        cmd += ["--log-level", "warning", "--no-access-log"]
    else:
        cmd = ["-m", "app", "serve", "--db", db_url, "--workers", "1"]
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [sys.executable, *cmd, "--host", HOST, "--port", str(port)],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=Path(__file__).parent.parent,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise ServerError(f"the server exited with {proc.returncode}:\n{tail}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), 0.5) as s:
            s.sendall(
                f"GET /healthz HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode()
            )
            if s.recv(64).startswith(b"HTTP/1.1"):
                return proc
        time.sleep(0.2)
    stop_server(proc)
    raise ServerError("the server did not answer within 60 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def run(
    db_url: str,
    requests: int = 1000,
    concurrency: int = 16,
    time_limit: float = 60.0,
    warmup: int = 30,
    log: Path | None = None,
    *,
    varied: bool = False,
    floor: bool = False,
    only: str | None = None,
) -> WebResult:
    """Load on Letopis (or, with `floor`, on the floor app) with the URL sets of the
    default mode or, with `varied`, of the varied mode."""
    make = varied_sets if varied else url_sets
    paths, events = make(db_url, requests + warmup)
    if only:  # e.g. --only "q=": the URL kinds whose name holds it
        paths = {k: v for k, v in paths.items() if only in k}
    port = free_port()
    name = "floorserver.log" if floor else "webserver.log"
    proc = start_server(db_url, port, log or OUT / name, floor=floor)
    try:
        rss_idle, _ = proc_mem_mb(proc.pid)
        results = []
        for kind, urls in paths.items():
            asyncio.run(run_kind(port, kind, urls[:warmup], concurrency, time_limit))
            r = asyncio.run(run_kind(port, kind, urls[warmup:], concurrency, time_limit))
            results.append(r)
            print(
                f"  {'floor ' if floor else ''}{kind:40} {r.requests:5} req"
                f"  p50 {r.pct(50):6.1f}  p95 {r.pct(95):6.1f} "
                f" p99 {r.pct(99):6.1f} ms  {r.rps:6.0f} req/s  errors {r.errors} "
                f"{dict(sorted(r.statuses.items()))}",
                file=sys.stderr,
            )
        rss, hwm = proc_mem_mb(proc.pid)
    finally:
        stop_server(proc)
    return WebResult(results, rss, hwm, rss_idle, events, concurrency)


@dataclass
class Comparison:
    """One kind of the varied mode: Letopis against the floor app in the same run."""

    kind: str
    letopis: KindResult
    floor: KindResult

    @property
    def ratio(self) -> float:
        return self.letopis.rps / self.floor.rps if self.floor.rps else float("nan")

    @property
    def p95_ratio(self) -> float:
        f = self.floor.pct(95)
        return self.letopis.pct(95) / f if f else float("nan")

    def line(self) -> str:
        a, b = self.letopis, self.floor
        return (
            f"{self.kind:32} Letopis {a.rps:6.0f} req/s p50/p95 {a.pct(50):5.1f}/{a.pct(95):5.1f}"
            f" ms · floor {b.rps:6.0f} req/s {b.pct(50):5.1f}/{b.pct(95):5.1f} ms"
            f" · ratio {self.ratio:.2f} (p95 ×{self.p95_ratio:.1f})"
        )


def _merged(kind: str, parts: list[KindResult]) -> KindResult:
    out = KindResult(kind)
    for r in parts:
        out.requests += r.requests
        out.errors += r.errors
        out.seconds += r.seconds
        out.latencies_ms += r.latencies_ms
        for status, n in r.statuses.items():
            out.statuses[status] = out.statuses.get(status, 0) + n
    return out


def compare(
    db_url: str, requests: int = 1000, concurrency: int = 8, time_limit: float = 30.0
) -> tuple[list[Comparison], WebResult]:
    """The varied mode on the floor app and on Letopis, in one run, interleaved: both
    servers up at once, each kind's URLs sent in halves in the order floor, Letopis,
    Letopis, floor (the same URLs to both), so that a machine whose load drifts during the
    run (it is shared) weighs on both alike rather than on whichever ran second."""
    warmup = 30
    paths, events = varied_sets(db_url, requests + warmup)
    ports = {"floor": free_port(), "letopis": free_port()}
    procs = {
        "floor": start_server(db_url, ports["floor"], OUT / "floorserver.log", floor=True),
    }
    try:
        procs["letopis"] = start_server(db_url, ports["letopis"], OUT / "webserver.log")
        rss_idle, _ = proc_mem_mb(procs["letopis"].pid)
        got: dict[str, list[KindResult]] = {"floor": [], "letopis": []}
        for kind, urls in paths.items():
            measured = urls[warmup:]
            half = len(measured) // 2
            halves = (measured[:half], measured[half:])
            parts: dict[str, list[KindResult]] = {"floor": [], "letopis": []}
            for who in ports:
                asyncio.run(run_kind(ports[who], kind, urls[:warmup], concurrency, time_limit))
            for who, h in (("floor", 0), ("letopis", 0), ("letopis", 1), ("floor", 1)):
                parts[who].append(
                    asyncio.run(run_kind(ports[who], kind, halves[h], concurrency, time_limit / 2))
                )
            for who in ports:
                r = _merged(kind, parts[who])
                got[who].append(r)
                print(
                    f"  {'floor ' if who == 'floor' else ''}{kind:40} {r.requests:5} req"
                    f"  p50 {r.pct(50):6.1f}  p95 {r.pct(95):6.1f} "
                    f" p99 {r.pct(99):6.1f} ms  {r.rps:6.0f} req/s  errors {r.errors} "
                    f"{dict(sorted(r.statuses.items()))}",
                    file=sys.stderr,
                )
        rss, hwm = proc_mem_mb(procs["letopis"].pid)
    finally:
        for proc in procs.values():
            stop_server(proc)
    res = WebResult(got["letopis"], rss, hwm, rss_idle, events, concurrency)
    rows = [Comparison(k.kind, k, f) for k, f in zip(got["letopis"], got["floor"], strict=True)]
    return rows, res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.webload", description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True, help="SQLAlchemy URL of a filled SQLite database")
    ap.add_argument("--requests", type=int, default=1000, help="requests per URL kind")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per URL kind")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--only", help="run only the URL kinds whose name holds this text")
    ap.add_argument(
        "--varied",
        action="store_true",
        help="random actor of the top 50 + random 6-month window, against the floor app",
    )
    args = ap.parse_args(argv)
    if args.varied:
        try:
            rows, res = compare(args.db, args.requests, args.concurrency, args.time_limit)
        except ServerError as exc:
            print(f"webload: {exc}", file=sys.stderr)
            return 1
        print(f"varied URLs, {res.events:,} events, {args.concurrency} connections, 1 process")
        for c in rows:
            print(c.line())
        return 0
    try:
        res = run(args.db, args.requests, args.concurrency, args.time_limit, only=args.only)
    except ServerError as exc:
        print(f"webload: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(
            json.dumps(
                {
                    "events": res.events,
                    "rss_mb": res.rss_mb,
                    "hwm_mb": res.hwm_mb,
                    "kinds": [
                        {
                            "kind": k.kind,
                            "requests": k.requests,
                            "errors": k.errors,
                            "p50": k.pct(50),
                            "p95": k.pct(95),
                            "p99": k.pct(99),
                            "rps": k.rps,
                        }
                        for k in res.kinds
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(
            f"server RSS {res.rss_mb:.0f} MB (peak {res.hwm_mb:.0f} MB, idle "
            f"{res.rss_idle_mb:.0f} MB) over {res.events:,} events"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

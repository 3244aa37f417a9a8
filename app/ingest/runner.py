"""`letopis ingest`: files -> worker processes (NLP) -> one writer (the database).

Workers read, decode and analyse articles in parallel, each loading natasha once; the
main process stores their facts in input order, one transaction per article, so a run
killed at any point leaves only whole articles and a re-run completes it. Bad files are
named on stderr with the reason and never stop the run.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.config import Settings
from app.db.engine import DatabaseURLError, make_engine, make_sessionmaker
from app.db.migrate import upgrade
from app.db.models import Article
from app.ingest import fork_server
from app.ingest.facts import ArticleFacts
from app.ingest.reading import RejectedFile, Source, iter_sources

if TYPE_CHECKING:
    from app.ingest.pipeline import Pipeline

# Per worker process: loaded once by the pool initializer. The reader is imported there, in
# the worker, and not by this module: the main process only stores facts, and every second it
# spends importing natasha and the rules is taken from the two workers on 2 cores (issue 13).
_PIPELINE: list[Pipeline] = []


@dataclass
class IngestReport:
    ingested: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        replaced = f" (replaced {self.replaced})" if self.replaced else ""
        return (
            f"ingested {self.ingested}{replaced}, unchanged {self.unchanged}, "
            f"rejected {len(self.rejected)} in {self.seconds:.1f} s"
        )


Outcome = ArticleFacts | RejectedFile


def _init_worker(parent: int | None = None) -> None:
    if parent is not None:
        _exit_with(parent)
    from app.ingest.pipeline import Pipeline

    loaded = fork_server.preloaded()
    _PIPELINE.append(loaded if isinstance(loaded, Pipeline) else Pipeline.load())


def _exit_with(parent: int) -> None:
    """End this worker when the ingest process that started it is gone (killed with
    SIGKILL, its workers would otherwise run on, orphaned, holding ~200 MB each)."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid now belongs to someone else's process
                os._exit(1)

    threading.Thread(target=watch, name="letopis-parent-watch", daemon=True).start()


def _work(src: Source) -> Outcome:
    from app.ingest.reading.sources import read_source  # in the worker only (see _PIPELINE)

    try:
        return _PIPELINE[0].process(read_source(src))
    except RejectedFile as exc:
        return exc
    except Exception as exc:  # one bad article must not end the run
        reason = f"could not be processed: {type(exc).__name__}: {_one_line(exc)}"
        return RejectedFile(src.path, reason)


def run_ingest(
    paths: Sequence[str],
    settings: Settings,
    *,
    only_if_empty: bool = False,
    err: TextIO | None = None,
    out: TextIO | None = None,
) -> IngestReport:
    err = err or sys.stderr
    out = out or sys.stdout
    started = time.perf_counter()
    _open_database(settings.db)
    engine = make_engine(settings.db)
    Session = make_sessionmaker(engine)
    report = IngestReport()
    try:
        if only_if_empty:
            with Session() as s:
                n = s.scalar(select(func.count()).select_from(Article)) or 0
            if n:
                print(f"database already holds {n} articles: nothing ingested", file=out)
                return report
        from app.ingest.store import StoreCache, store_article

        cache = StoreCache()

        sources, rejected = _split(iter_sources(list(paths)))
        for r in rejected:
            _reject(report, r, err)
        bar = _progress(len(sources), err)
        for outcome in _analysed(sources, settings.workers):
            if isinstance(outcome, RejectedFile):
                _reject(report, outcome, err)
            else:
                with Session() as session:
                    try:
                        result = store_article(session, outcome, cache)
                    except Exception as exc:  # the transaction rolled back: nothing half-written
                        reason = f"not stored: {_one_line(exc)}"
                        _reject(report, RejectedFile(outcome.path, reason), err)
                        result = None
                if result is not None:
                    _count(report, result.outcome, len(result.events))
            if bar is not None:
                bar.update(1)
        if bar is not None:
            bar.close()
    finally:
        engine.dispose()
        report.seconds = time.perf_counter() - started
    print(report.summary(), file=out)
    return report


class DatabaseUnusable(DatabaseURLError):
    """The database cannot be opened or migrated (not a database, no such folder...).

    A DatabaseURLError, so that the command reports it in one line (exit status 2)."""


def _open_database(url: str) -> None:
    """Migrate the database to the newest schema, or say in one line why it cannot be."""
    try:
        upgrade(url)
    except DatabaseURLError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        shown = url
        with contextlib.suppress(Exception):
            shown = make_url(url).render_as_string(hide_password=True)
        cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
        raise DatabaseUnusable(f"cannot use the database {shown}: {_one_line(cause)}") from exc


def _split(items: Iterable[Source | RejectedFile]) -> tuple[list[Source], list[RejectedFile]]:
    sources: list[Source] = []
    rejected: list[RejectedFile] = []
    for item in items:
        (rejected if isinstance(item, RejectedFile) else sources).append(item)  # type: ignore[arg-type]
    return sources, rejected


def _analysed(sources: list[Source], workers: int) -> Iterator[Outcome]:
    """Facts in input order (deterministic event ids), from one or several processes."""
    if not sources:
        return
    if workers <= 1 or len(sources) == 1:
        _init_worker()
        try:
            for src in sources:
                yield _work(src)
        finally:
            _PIPELINE.clear()
        return
    yield from _pooled(sources, workers)


# Articles handed to the pool ahead of the writer: enough to keep every worker busy,
# few enough that a long run never holds many articles' facts in memory.
_AHEAD_PER_WORKER = 4


def _pooled(sources: list[Source], workers: int) -> Iterator[Outcome]:
    """Analyse in `workers` processes, yielding in input order.

    A worker that dies (killed, out of memory, a crash in native code) breaks the whole
    pool: the article at the head of the queue is then retried alone in a fresh process;
    if that process dies too, the article is rejected, otherwise the rest goes on in a
    fresh pool. Either way the run finishes (multiprocessing.Pool would wait forever).
    """
    ctx = fork_server.context()
    todo = deque(sources)
    while todo:
        with ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)
        ) as pool:
            pending: deque[tuple[Source, Future[Outcome]]] = deque()
            broken = False
            while todo or pending:
                try:
                    while todo and len(pending) < workers * _AHEAD_PER_WORKER:
                        pending.append((todo[0], pool.submit(_work, todo[0])))
                        todo.popleft()
                    outcome = pending[0][1].result()
                except BrokenProcessPool:  # submit() raises it too, once the pool broke
                    broken = True
                    break
                pending.popleft()
                yield outcome
        if broken:
            todo.extendleft(reversed([s for s, _ in pending]))
            yield _alone(todo.popleft(), ctx)


def _alone(src: Source, ctx: BaseContext) -> Outcome:
    """Analyse one article in a fresh process (after a worker died with it in the pool)."""
    with ProcessPoolExecutor(
        1, mp_context=ctx, initializer=_init_worker, initargs=(os.getpid(),)
    ) as pool:
        try:
            return pool.submit(_work, src).result()
        except BrokenProcessPool:
            return RejectedFile(src.path, "could not be processed: the worker process died")


def _one_line(exc: BaseException) -> str:
    """The first line of an error's message (SQLAlchemy's span several: SQL, links)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _shown(path: str) -> str:
    """A path on one printable line: control characters escaped (a file name may hold a
    newline), bytes that are not UTF-8 as ``\\xNN``."""
    if path.isprintable():
        return path
    out = []
    for c in path:
        if c.isprintable():
            out.append(c)
        elif "\udc80" <= c <= "\udcff":  # an undecodable byte of the name
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        else:
            out.append(c.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def _reject(report: IngestReport, r: RejectedFile, err: TextIO) -> None:
    reason = " ".join(r.reason.split())  # one line on stderr, whatever the reason holds
    report.rejected.append((r.path, reason))
    print(f"letopis: rejected {_shown(r.path)}: {reason}", file=err)


def _count(report: IngestReport, outcome: str, events: int) -> None:
    if outcome == "unchanged":
        report.unchanged += 1
        return
    report.ingested += 1
    report.replaced += outcome == "replaced"
    report.events += events


def _progress(total: int, err: TextIO):  # type: ignore[no-untyped-def]
    """A progress bar on a terminal; nothing when output goes to a file or a pipe."""
    if not total or not err.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=err, unit="article", leave=False)


# --------------------------------------------------------------------------- watch mode

Signature = tuple[int, int]  # (size, mtime in ns)


def _scan(folder: str) -> dict[str, Signature]:
    """Every file under `folder` that ingest reads (by extension), with its signature."""
    from app.ingest.reading.listing import EXTENSIONS

    found: dict[str, Signature] = {}
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in EXTENSIONS:
                continue
            path = os.path.join(root, name)
            with contextlib.suppress(OSError):
                st = os.stat(path)
                found[path] = (st.st_size, st.st_mtime_ns)
    return found


@dataclass
class Watcher:
    """Which files to ingest on each poll of a folder: new or changed files, once they have
    stopped changing for `settle` seconds (a crawler still writing one is left for later).

    Pure bookkeeping over scans and a clock, so that it is tested without sleeping.
    """

    settle: float = 2.0
    ingested: dict[str, Signature] = field(default_factory=dict)
    # path -> (signature last seen, when it was first seen with that signature)
    pending: dict[str, tuple[Signature, float]] = field(default_factory=dict)

    def ready(self, scan: dict[str, Signature], now: float) -> list[str]:
        out: list[str] = []
        for path, sig in scan.items():
            if self.ingested.get(path) == sig:
                self.pending.pop(path, None)
                continue
            seen = self.pending.get(path)
            if seen is None or seen[0] != sig:
                self.pending[path] = (sig, now)  # new or still growing: wait
            elif now - seen[1] >= self.settle:
                out.append(path)
        for path in [p for p in self.pending if p not in scan]:
            del self.pending[path]  # deleted before it settled
        return sorted(out)

    def done(self, paths: Iterable[str], scan: dict[str, Signature]) -> None:
        for path in paths:
            self.ingested[path] = scan[path]
            self.pending.pop(path, None)


@contextlib.contextmanager
def _ctrl_c_after() -> Iterator[None]:
    """Hold a Ctrl-C that arrives while a batch is stored until the batch is done, then
    stop: an interrupt inside the database driver's clean-up (closing a pooled connection)
    would print a traceback and could leave the run's summary unsaid. Outside the main
    thread signals cannot be handled, and nothing is held."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, frame: object) -> None:
        held.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        raise KeyboardInterrupt


def watch(
    folder: str,
    settings: Settings,
    *,
    interval: float = 2.0,
    settle: float = 2.0,
    polls: int | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Poll `folder` every `interval` seconds and ingest new and changed files as they
    settle, until Ctrl-C (or `polls` polls, for tests). Returns how many files it ingested."""
    out = out or sys.stdout
    _open_database(settings.db)  # a database it cannot use is said at once, not at arrival
    watcher = Watcher(settle=settle)
    total = 0
    n = 0
    print(f"watching {folder} (every {interval:g} s; Ctrl-C stops)", file=out, flush=True)
    try:
        while polls is None or n < polls:
            n += 1
            scan = _scan(folder)
            ready = watcher.ready(scan, time.monotonic())
            if ready:
                with _ctrl_c_after():
                    run_ingest(ready, settings, out=out, err=err)
                watcher.done(ready, scan)
                total += len(ready)
                out.flush()
            if polls is None or n < polls:
                time.sleep(interval)
    except KeyboardInterrupt:
        print(f"stopped watching {folder}: {total} files ingested", file=out, flush=True)
    return total

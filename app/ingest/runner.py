"""`letopis ingest`: files -> worker processes (NLP) -> one writer (the database).

Workers read, decode and analyse articles in parallel, each loading natasha once; the
main process stores their facts in input order, one transaction per article, so a run
killed at any point leaves only whole articles and a re-run completes it. Bad files are
named on stderr with the reason and never stop the run.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from sqlalchemy import func, select

from app.config import Settings
from app.db.engine import make_engine, make_sessionmaker
from app.db.migrate import upgrade
from app.db.models import Article
from app.ingest.pipeline import ArticleFacts, Pipeline
from app.ingest.reading import RejectedFile, Source, iter_sources, read_source

# Per worker process: loaded once by the pool initializer.
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


def _init_worker() -> None:
    _PIPELINE.append(Pipeline.load())


def _work(src: Source) -> Outcome:
    try:
        return _PIPELINE[0].process(read_source(src))
    except RejectedFile as exc:
        return exc
    except Exception as exc:  # one bad article must not end the run
        return RejectedFile(src.path, f"could not be processed: {type(exc).__name__}: {exc}")


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
    upgrade(settings.db)
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
        from app.ingest.store import store_article

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
                        result = store_article(session, outcome)
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
    ctx = mp.get_context("forkserver" if sys.platform != "win32" else "spawn")
    with ctx.Pool(processes=workers, initializer=_init_worker) as pool:
        yield from pool.imap(_work, sources, chunksize=4)


def _one_line(exc: BaseException, limit: int = 300) -> str:
    """A database error's first line (drivers append the whole SQL statement)."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    first = (str(orig or exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"{type(orig or exc).__name__}: {first}"[:limit]


def _reject(report: IngestReport, r: RejectedFile, err: TextIO) -> None:
    report.rejected.append((r.path, r.reason))
    print(f"letopis: rejected {r.path}: {r.reason}", file=err)


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

"""The `letopis` command: ingest | serve | db upgrade | dates.

Thin on purpose: each subcommand imports its machinery only when run, so `letopis serve`
never loads the NLP stack and `letopis --help` is instant.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence

from app.config import Settings

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= n <= 64:
        raise argparse.ArgumentTypeError(f"{value} is outside 1..64")
    return n


def build_parser() -> argparse.ArgumentParser:
    # argparse exits 2 on usage errors, as DESIGN.md asks.
    p = argparse.ArgumentParser(
        prog="letopis", description="A timeline of diplomatic events from news."
    )
    sub = p.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="read articles (files or folders) into the database")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument(
        "--db", help="SQLAlchemy URL (default LETOPIS_DB or sqlite:///data/letopis.db)"
    )
    ing.add_argument("--workers", type=_positive, help="worker processes (default 1)")
    ing.add_argument(
        "--if-empty", action="store_true", help="only ingest when the database has no articles"
    )
    ing.add_argument(
        "--watch",
        action="store_true",
        help="keep polling the folder (one PATH) and ingest new and changed files; Ctrl-C stops",
    )
    ing.add_argument(
        "--interval", type=float, default=2.0, help="seconds between polls with --watch"
    )

    srv = sub.add_parser("serve", help="serve the web timeline")
    srv.add_argument("--db")
    srv.add_argument("--host")
    srv.add_argument("--port", type=int)
    srv.add_argument(
        "--workers",
        type=_positive,
        dest="web_workers",
        help="web worker processes (default: the number of cores; LETOPIS_WEB_WORKERS)",
    )
    srv.add_argument(
        "--access-log",
        action="store_true",
        help="log every request (off by default: uvicorn's log line costs a request ~5%%)",
    )

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="apply migrations (alembic upgrade head)")
    up.add_argument("--db")

    dates = sub.add_parser("dates", help="show how the resolver reads dates in a text")
    dates.add_argument("text", nargs="?", help="the text (or use --file)")
    dates.add_argument("--file", help="read the text of an article file")
    dates.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD")
    dates.add_argument("--json", action="store_true", help="one JSON object per expression")
    return p


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {
        k: getattr(args, k)
        for k in ("db", "host", "port", "workers", "web_workers")
        if getattr(args, k, None) is not None
    }
    return Settings(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = _settings(args)
    except Exception as exc:  # pydantic ValidationError: say which setting is wrong
        print(f"letopis: bad setting: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "ingest":
        return _ingest(args, settings)
    if args.command == "serve":
        return _serve(settings, access_log=args.access_log)
    if args.command == "db":
        return _db_upgrade(settings)
    return _dates(args, parser)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    if not (args.if_empty or args.watch):
        from app.ingest import fork_server

        # First, so that the workers' models load while the rest is imported
        # (app/ingest/fork_server.py); `--if-empty` may find nothing to do.
        fork_server.start_early(settings.workers)
    from app.db.engine import DatabaseURLError
    from app.ingest.runner import run_ingest

    if args.watch:
        from app.ingest.runner import watch

        if len(args.paths) != 1 or not os.path.isdir(args.paths[0]):
            print("letopis: --watch takes one folder", file=sys.stderr)
            return EXIT_USAGE
        try:
            watch(args.paths[0], settings, interval=args.interval, settle=args.interval)
        except DatabaseURLError as exc:
            print(f"letopis: {exc}", file=sys.stderr)
            return EXIT_USAGE
        return EXIT_OK
    try:
        report = run_ingest(args.paths, settings, only_if_empty=args.if_empty)
    except DatabaseURLError as exc:
        print(f"letopis: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_REJECTED if report.rejected else EXIT_OK


def _serve(settings: Settings, *, access_log: bool = False) -> int:
    import os

    import uvicorn

    workers = settings.web_workers or os.cpu_count() or 1
    if workers == 1:
        from app.web.app import create_app

        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            access_log=access_log,
        )
        return EXIT_OK
    # Several processes: uvicorn starts each from the factory, which reads LETOPIS_*; hand
    # this command's settings down that way (each worker then builds its own engine).
    os.environ.update(
        {f"LETOPIS_{k.upper()}": str(v) for k, v in settings.model_dump(exclude_unset=True).items()}
    )
    uvicorn.run(
        "app.web.app:create_app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        access_log=access_log,
    )
    return EXIT_OK


def _db_upgrade(settings: Settings) -> int:
    from app.db.engine import DatabaseURLError
    from app.db.migrate import upgrade

    try:
        upgrade(settings.db)
    except DatabaseURLError as exc:
        print(f"letopis: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from sqlalchemy.engine import make_url

    shown = make_url(settings.db).render_as_string(hide_password=True)
    print(f"database at {shown} is up to date")
    return EXIT_OK


def _dates(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from app.ingest.dates import extract_dates, mention_to_json

    if (args.text is None) == (args.file is None):
        parser.error("dates takes a TEXT or --file F (one of them)")
    published = args.published
    if args.file is not None:
        from app.ingest.article import load_article
        from app.ingest.reading.errors import RejectedFile

        try:
            article = load_article(args.file)
        except RejectedFile as exc:
            print(f"letopis: {exc.path}: {exc.reason}", file=sys.stderr)
            return EXIT_REJECTED
        text = article.body
        if published is None:
            published = article.published
        era = article.era
    else:
        text, era = args.text, None
    for m in extract_dates(text, published, era=era):
        if args.json:
            print(json.dumps(mention_to_json(m), ensure_ascii=False))
        else:
            v = m.value
            span = f"{v.start or '…'} .. {v.end or '…'}"
            flag = "  planned" if m.planned else ""
            print(f"{m.start:>6}-{m.end:<6} {m.text!r:32} {v.precision:8} {span:26} {v.how}{flag}")
    return EXIT_OK

"""Engines and sessions for any SQLAlchemy URL; SQLite gets WAL, a busy timeout and FKs."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_MMAP_BYTES = 1 << 30


class DatabaseURLError(ValueError):
    """The --db / LETOPIS_DB value is not a usable SQLAlchemy URL."""


def make_engine(
    url: str,
    *,
    create_dir: bool = True,
    transactional_ddl: bool = False,
    snapshot_reads: bool = False,
    mmap_bytes: int = SQLITE_MMAP_BYTES,
) -> Engine:
    """An engine for `url`. `transactional_ddl` (SQLite): every statement, CREATE TABLE
    included, runs inside the transaction SQLAlchemy begins, so a migration killed halfway
    leaves the database as it was (Python's sqlite3 otherwise commits before DDL).
    `snapshot_reads` (SQLite): the same explicit BEGIN for reads, so that all the queries of
    one web request see one snapshot; the driver otherwise runs each SELECT on its own, and
    a request could read an event from before an ingest commit and its sources from after
    it (an event with no sources, found by tests/robustness/test_concurrency.py)."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
        raise DatabaseURLError(f"--db {url!r} is not an SQLAlchemy URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if create_dir and db and db != ":memory:" and not db.startswith("file:"):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", partial(_sqlite_pragmas, mmap_bytes))
        if transactional_ddl or snapshot_reads:
            # SQLAlchemy's documented pysqlite recipe: the driver stays out of transaction
            # handling and SQLAlchemy issues BEGIN itself.
            event.listen(engine, "connect", _driver_autocommit)
            event.listen(engine, "begin", _explicit_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    return create_engine(parsed)


def _sqlite_pragmas(mmap_bytes: int, dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Reads through the OS page cache mapped into the process instead of a copy per page
    # read: the card reads (a few KB each, overflow pages) showed in profiles. Every mapped
    # page read stays in the process's RSS, so the web maps none unless told to (`mmap_bytes`).
    cur.execute(f"PRAGMA mmap_size={int(mmap_bytes)}")
    cur.close()


def _driver_autocommit(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def _explicit_begin(conn: Any) -> None:
    # On the driver's connection itself: through exec_driver_sql, SQLAlchemy's execution
    # context for this one statement cost more than a web page's primary-key read.
    conn.connection.driver_connection.execute("BEGIN")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# Key of the PostgreSQL advisory lock that serialises ingest's store step ("LETO").
WRITER_LOCK_KEY = 0x4C45544F


def writer_lock(session: Session) -> None:
    """Serialise this transaction's writes with every other ingest writing the database.

    Ingest's store step calls it first thing in each article's transaction: several ingest
    processes (or machines on one PostgreSQL) then parse and analyse in parallel but merge
    events one article at a time, so two reports of one happening never become two events
    or collide on an event id. On PostgreSQL it is a transaction-scoped advisory lock
    (released by commit or rollback; readers never wait). SQLite has no advisory locks and
    lets one writer in at a time anyway: there it does nothing.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITER_LOCK_KEY})

"""A throwaway PostgreSQL for the test suite (registered in conftest: `pytest_plugins`).

Fixtures (all skip outside CI, and FAIL in CI, when no server can be had):

- `pg_server` (session): the server. With `LETOPIS_TEST_PG` set (an SQLAlchemy URL whose
  user may CREATE DATABASE) that server is used; otherwise a private cluster is made with
  Debian's binaries (/usr/lib/postgresql/*/bin, `make postgres` installs them): initdb in a
  temporary folder, postgres listening on a unix socket in that folder only (no TCP), run
  as the `postgres` user when the suite runs as root. It is stopped and removed at the end.
- `pg_template` (session): name of a database migrated once by `app.db.migrate.upgrade`;
  dropped at the end.
- `pg_url` (function): a FRESH, MIGRATED database for each test, cloned from the template
  (CREATE DATABASE ... TEMPLATE, ~0.1 s), dropped after the test. The PostgreSQL twin of
  conftest's `db_url`.
- `pg_empty_url` (function): a fresh, EMPTY database (from template0), dropped after; for
  tests of the migrations themselves.
- `any_db_url` (function, parametrized "sqlite" / "postgres"): `db_url` or `pg_url`. Use it
  instead of `db_url` to run a test against both backends; the postgres case carries the
  `postgres` marker (`pytest -m "not postgres"` runs SQLite only).
- `any_engine` (function): `make_engine(any_db_url)`, disposed after. (conftest's `engine`
  and `session` are built on `db_url`, i.e. SQLite only.)

Every database this session creates is named `letopis_t<session id>_...`, so a shared
LETOPIS_TEST_PG server never sees a clash between two concurrent runs.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from app.db.engine import make_engine
from app.db.migrate import upgrade

START_TIMEOUT_S = 30
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


_UNAVAILABLE: list[str] = []  # the reason, once known: later tests fail/skip at once


def _unavailable(reason: str) -> None:
    """No PostgreSQL: fail in CI (these tests must run there), skip elsewhere."""
    if not _UNAVAILABLE:
        _UNAVAILABLE.append(reason)
    msg = f"PostgreSQL for tests unavailable: {reason}"
    if in_ci():
        pytest.fail(msg + " (CI=true: not skipping; run `make postgres` or set LETOPIS_TEST_PG)")
    pytest.skip(msg + " (run `make postgres` or set LETOPIS_TEST_PG)")


@dataclass
class PgServer:
    """A server the session may create databases on, through `admin_url`."""

    admin_url: URL
    prefix: str = field(default_factory=lambda: f"letopis_t{uuid.uuid4().hex[:10]}")
    startup_s: float = 0.0
    # FILE_COPY (PostgreSQL 15+) clones small databases fastest on our fsync-less cluster;
    # on a given server the default strategy is kept (FILE_COPY checkpoints).
    file_copy: bool = False
    _n: count[int] = field(default_factory=count)

    def url_for(self, database: str) -> str:
        return self.admin_url.set(database=database).render_as_string(hide_password=False)

    def new_name(self, what: str = "db") -> str:
        return f"{self.prefix}_{what}{next(self._n)}"

    def _admin(self, *statements: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for sql in statements:
                    conn.execute(text(sql))
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str = "template0") -> str:
        strategy = " STRATEGY FILE_COPY" if self.file_copy else ""
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'{strategy}')
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        # FORCE (PostgreSQL 13+) ends connections a test forgot to close.
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _find_bin() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _scratch_dir() -> str | None:
    """tmpfs when there is room: CREATE DATABASE takes ~10 ms there, ~300 ms on disk."""
    shm = "/dev/shm"
    try:
        st = os.statvfs(shm)
    except OSError:
        return None
    room = st.f_bavail * st.f_frsize >= 512 * 2**20
    return shm if room and os.access(shm, os.W_OK | os.X_OK) else None


class _Cluster:
    """initdb + postgres in a temporary folder, unix socket only."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.tmp = Path(tempfile.mkdtemp(prefix="letopis-pg-", dir=_scratch_dir()))
        self.data = self.tmp / "data"
        self.sock = self.tmp / "sock"
        self.log = self.tmp / "postgres.log"
        self.port = _free_port()
        self.version = int(bindir.parent.name) if bindir.parent.name.isdigit() else 0
        self.prefix: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            import pwd

            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no `postgres` user") from None
            runuser = shutil.which("runuser") or shutil.which("setpriv")
            if runuser is None:
                raise RuntimeError("running as root and neither runuser nor setpriv exists")
            if runuser.endswith("runuser"):
                self.prefix = [runuser, "-u", "postgres", "--"]
            else:
                self.prefix = [
                    runuser,
                    f"--reuid={pw.pw_uid}",
                    f"--regid={pw.pw_gid}",
                    "--init-groups",
                ]
            os.chown(self.tmp, pw.pw_uid, pw.pw_gid)
        self.tmp.chmod(0o700)

    def _run(self, *args: str, timeout: float = 60) -> None:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        proc = subprocess.run(
            [*self.prefix, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=self.tmp,
        )
        if proc.returncode != 0:
            raise RuntimeError(
                f"{Path(args[0]).name} exited {proc.returncode}: "
                f"{(proc.stderr or proc.stdout).strip()[-2000:]}"
            )

    def start(self) -> URL:
        b = self.bindir
        base = [
            str(b / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ]
        try:
            self._run(*base, "--locale=C.UTF-8")
        except RuntimeError:  # no C.UTF-8 locale: byte locale, still UTF8 (search lowercases)
            shutil.rmtree(self.data, ignore_errors=True)
            self._run(*base, "--no-locale")
        self._run("mkdir", "-m", "700", str(self.sock))
        opts = (
            f"-k {self.sock} -h '' -p {self.port} -F "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=60 "
            "-c wal_level=minimal -c max_wal_senders=0"
        )
        try:
            self._run(
                str(b / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-o",
                opts,
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "start",
                timeout=START_TIMEOUT_S + 10,
            )
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{exc}\n{log}") from exc
        return URL.create(
            "postgresql+psycopg",
            username="postgres",
            database="postgres",
            query={"host": str(self.sock), "port": str(self.port)},
        )

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "fast",
                    "-w",
                    "stop",
                    timeout=60,
                )
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if _UNAVAILABLE:
        _unavailable(_UNAVAILABLE[0])
    given = os.environ.get("LETOPIS_TEST_PG", "").strip()
    if given:
        try:
            url = make_url(given)
        except Exception:
            _unavailable("LETOPIS_TEST_PG is not an SQLAlchemy URL")
        shown = url.render_as_string(hide_password=True)
        server = PgServer(admin_url=url)
        try:
            server._admin("SELECT 1")
        except Exception as exc:
            detail = str(exc).splitlines()[0] if str(exc) else ""
            if url.password:
                detail = detail.replace(url.password, "***")
            _unavailable(f"LETOPIS_TEST_PG={shown}: {type(exc).__name__}: {detail}")
        yield server
        return

    bindir = _find_bin()
    if bindir is None:
        _unavailable("no initdb under /usr/lib/postgresql/*/bin nor on PATH")
        return
    t0 = time.perf_counter()
    try:
        cluster = _Cluster(bindir)
    except Exception as exc:
        _unavailable(str(exc))
        return
    try:
        url = cluster.start()
    except Exception as exc:
        cluster.stop()
        _unavailable(f"could not start a cluster with {bindir}: {exc}")
        return
    server = PgServer(
        admin_url=url, startup_s=time.perf_counter() - t0, file_copy=cluster.version >= 15
    )
    try:
        yield server
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> Iterator[str]:
    """A database migrated once per session; `pg_url` clones it for each test."""
    name = pg_server.new_name("tpl")
    url = pg_server.create_database(name)
    try:
        upgrade(url)
        yield name
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test (dropped after it)."""
    name = pg_server.new_name()
    url = pg_server.create_database(name, template=pg_template)
    try:
        yield url
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty (unmigrated) PostgreSQL database for this test (dropped after it)."""
    name = pg_server.new_name()
    url = pg_server.create_database(name)
    try:
        yield url
    finally:
        pg_server.drop_database(name)


@pytest.fixture(params=BACKENDS)
def any_db_url(request: pytest.FixtureRequest) -> str:
    """A fresh migrated database on each backend in turn: `db_url` (SQLite) or `pg_url`."""
    name = "db_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def any_engine(any_db_url: str) -> Iterator[Engine]:
    """An engine on `any_db_url` (each backend in turn), disposed after the test."""
    engine = make_engine(any_db_url)
    try:
        yield engine
    finally:
        engine.dispose()

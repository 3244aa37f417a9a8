"""A stand-in for a Session over a bare sqlite3 connection, for the timeline's fast path.

The queries the commonest pages make on SQLite (app.db.queries.fastpath and the small
lookups beside it) already run as SQL text on the session's sqlite3 connection; what they
ask of the session is only its dialect's name and that connection. Creating the Session,
its Connection and transaction objects, then closing them, was ~8% of an HTML timeline's
profile. RawSession answers those two questions over a connection the caller holds in a
snapshot of its own (`BEGIN`, app.web.deps.run_snapshot); anything else a query asks of it
(an ORM select, a statement through SQLAlchemy: the paths fastpath does not cover, a
cache miss) raises NeedsSession, and the caller does the whole page again in a session.
"""

from __future__ import annotations

from typing import Any


class NeedsSession(Exception):
    """The page asked for more than the bare connection answers: do it in a session."""


class _Dialect:
    name = "sqlite"


class _Bind:
    dialect = _Dialect()


class _Pooled:
    """What `session.connection().connection` is: its `dbapi_connection`."""

    __slots__ = ("dbapi_connection",)

    def __init__(self, conn: Any) -> None:
        self.dbapi_connection = conn


class _Connection:
    __slots__ = ("connection",)

    def __init__(self, conn: Any) -> None:
        self.connection = _Pooled(conn)


_BIND = _Bind()


class RawSession:
    """`get_bind().dialect.name` and `connection().connection.dbapi_connection`, as a
    Session on SQLite answers them; every other attribute raises NeedsSession."""

    __slots__ = ("_conn",)

    def __init__(self, conn: Any) -> None:
        self._conn = _Connection(conn)

    def get_bind(self) -> _Bind:
        return _BIND

    def connection(self) -> _Connection:
        return self._conn

    def __getattr__(self, name: str) -> Any:
        raise NeedsSession(name)

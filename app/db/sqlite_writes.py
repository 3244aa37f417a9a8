"""The store step's many-row writes on SQLite through the driver itself.

An event's actor links and an article's mentions are written on every change of an event;
through SQLAlchemy's Core each such INSERT cost several times what SQLite spends on it
(statement compiling, parameter processing per row). On SQLite `insert_many` binds the rows
with SQLAlchemy's own bind processors of the columns' types (dates as ISO text, booleans as
0/1, JSON as text) and runs one `executemany` on the session's sqlite3 connection, inside
the session's transaction, in the rows' order (so the same rowids and ids). Other backends
execute the Core statement as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Table, TextClause, insert
from sqlalchemy.orm import Session
from sqlalchemy.sql import FromClause


def driver(session: Session) -> Any:
    """The session's sqlite3 connection (its transaction begun)."""
    conn = session.connection().connection.dbapi_connection
    if conn is None:  # a connection the pool has closed: never inside a session
        raise RuntimeError("no driver connection")
    return conn


def insert_many(session: Session, table: FromClause, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT these rows (each with the same keys) into `table` (a model's `__table__`),
    in their order."""
    if not rows:
        return
    if not isinstance(table, Table):
        raise TypeError(f"not a table: {table!r}")
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        session.connection().execute(insert(table), list(rows))
        return
    names = tuple(rows[0])
    sql, binds = _statement(table, names, dialect)
    driver(session).executemany(
        sql,
        [tuple(b(r[n]) if b else r[n] for b, n in zip(binds, names, strict=True)) for r in rows],
    )


def execute(session: Session, stmt: TextClause, params: Mapping[str, Any]) -> None:
    """Run one write statement (SQL text with `:name` parameters of plain values, no
    lists) on the session's connection: on SQLite the driver binds the names itself, with
    none of Core's statement machinery (several times SQLite's own work on a one-row
    UPDATE); other backends execute the statement as it is."""
    if session.get_bind().dialect.name != "sqlite":
        session.connection().execute(stmt, dict(params))
        return
    driver(session).execute(stmt.text, dict(params))


# Per table, columns and dialect: the statement and each column's bind processor, the
# very functions SQLAlchemy's Core applies to the values (None where it applies none).
_Bind = Callable[[Any], Any] | None


@cache
def _statement(table: Table, names: tuple[str, ...], dialect: Any) -> tuple[str, tuple[_Bind, ...]]:
    cols = ", ".join(names)
    marks = ", ".join("?" * len(names))
    binds = tuple(table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names)
    # Names of the model's own table and columns (table.c[n] raised on any other), no value.
    return f"INSERT INTO {table.name} ({cols}) VALUES ({marks})", binds  # noqa: S608

"""Read-only lookups of the store step as SQL text, on SQLite through the driver itself.

Ingest's store step runs a few dozen small SELECTs per article (candidates to merge with,
their actors, actors' kinds); through SQLAlchemy's text() each cost several times what
SQLite spends on it (parameter expansion, result machinery). On SQLite `rows` runs the same
text on the session's sqlite3 connection (inside the session's transaction): list values
expanded in place of an `IN :name`, dates bound as the ISO text SQLAlchemy stores. Other
backends execute the statement as it is. Results are plain tuples; dates come back as
stored (ISO text on SQLite: callers that need dates convert them, see `day`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import TextClause
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def rows(
    session: Session, stmt: TextClause | TextualSelect, params: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of `stmt` (SQL text with `:name` parameters; list values for `IN :name`)."""
    if session.get_bind().dialect.name != "sqlite":
        return [tuple(r) for r in session.connection().execute(stmt, dict(params))]
    source = stmt.element if isinstance(stmt, TextualSelect) else stmt
    # The SQL a statement expands to depends only on its text and how many values each
    # list has: made once per shape (the regex substitution cost more than SQLite's work).
    shape = tuple(len(v) if isinstance(v, list | tuple) else -1 for v in params.values())
    key = (source.text, tuple(params), shape)
    made = _EXPANDED.get(key)
    if made is None:
        made = _EXPANDED[key] = _expand(source.text, params)
    sql, names = made
    args: list[Any] = []
    for name in names:
        value = params[name]
        if isinstance(value, list | tuple):
            args.extend(_value(v) for v in value)
        else:
            args.append(_value(value))
    driver = session.connection().connection.dbapi_connection
    if driver is None:  # a connection the pool has closed: never inside a session
        raise RuntimeError("no driver connection")
    return list(driver.execute(sql, args).fetchall())


# Expanded SQL per (text, parameter names, list lengths); bounded (lists of many lengths).
_EXPANDED: dict[tuple[str, tuple[str, ...], tuple[int, ...]], tuple[str, list[str]]] = {}


def _expand(sql: str, params: Mapping[str, Any]) -> tuple[str, list[str]]:
    """`sql` with `?` for each `:name` (a list value: `(?,?,...)`, or `(NULL)` when empty),
    and the names in the order their values bind."""
    if len(_EXPANDED) > 4096:
        _EXPANDED.clear()
    names: list[str] = []

    def bind(m: re.Match[str]) -> str:
        name = m.group(1)
        value = params[name]
        names.append(name)
        if isinstance(value, list | tuple):
            return "(" + (",".join("?" * len(value)) or "NULL") + ")"
        return "?"

    return _PARAM.sub(bind, sql), names


def _value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def day(v: Any) -> dt.date | None:
    """A date column's value from `rows`: a date, or None."""
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))

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
    args: list[Any] = []

    def bind(m: re.Match[str]) -> str:
        value = params[m.group(1)]
        if isinstance(value, list | tuple):
            args.extend(_value(v) for v in value)
            return "(" + (",".join("?" * len(value)) or "NULL") + ")"
        args.append(_value(value))
        return "?"

    source = stmt.element if isinstance(stmt, TextualSelect) else stmt
    sql = _PARAM.sub(bind, source.text)
    driver = session.connection().connection.dbapi_connection
    if driver is None:  # a connection the pool has closed: never inside a session
        raise RuntimeError("no driver connection")
    return list(driver.execute(sql, args).fetchall())


def _value(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def day(v: Any) -> dt.date | None:
    """A date column's value from `rows`: a date, or None."""
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))

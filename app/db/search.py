"""Full-text search shared by ingest (indexing) and web (querying), on both backends.

Russian word forms must match each other («переговоры» finds «переговорах»). SQLite's FTS5
has no Russian stemmer, so both sides reduce words to Snowball stems in Python (a small
pure-Python stemmer, no NLP models: the web process may use it). PostgreSQL stems with its
own `russian` text-search configuration, so there the text is stored lower-cased (so
that stemming never depends on the database's LC_CTYPE: in a C-locale database PostgreSQL
does not lower-case Cyrillic) and each query word is a stem prefix, as on SQLite.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import snowballstemmer
from sqlalchemy import ColumnElement, literal_column, text
from sqlalchemy.orm import Session

from app.db import searchkey

WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:  # snowballstemmer ships no type hints
    return snowballstemmer.stemmer(lang)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    w = word.lower().replace("ё", "е")
    if re.search("[а-я]", w):
        return str(_stemmer("russian").stemWord(w))
    if re.fullmatch("[a-z]+", w):
        return str(_stemmer("english").stemWord(w))
    return w


def query_words(q: str) -> list[str]:
    """The words of a user's query; punctuation and quotes never make a syntax error."""
    return WORD.findall(q)[:MAX_QUERY_WORDS]


def index_content(dialect: str, content: str) -> str:
    """What to store in event_search.content for this backend."""
    if dialect == "postgresql":
        return content.lower()
    return " ".join(_stem(w) for w in WORD.findall(content))


def fts_match_sql(dialect: str, q: str) -> tuple[str, dict[str, str]] | None:
    """SQL returning the event_id of events matching every word of q, or None for no words."""
    words = query_words(q)
    if not words:
        return None
    if dialect == "postgresql":
        # Each word a quoted lexeme with a prefix star, AND-ed; to_tsquery stems it
        # («переговорах» -> 'переговор':*). Words are \w runs, so no quote can break out;
        # "_" is split off (the parser would split it anyway). The expression must stay
        # `to_tsvector('russian', content)` to use the GIN index of migration 0001.
        lexemes = [p for w in words for p in w.lower().split("_") if p]
        if not lexemes:  # only underscores: words, but none that can match
            return "SELECT event_id FROM event_search WHERE 1 = 0", {}
        return (
            "SELECT event_id FROM event_search WHERE to_tsvector('russian', content) "
            "@@ to_tsquery('russian', :q)",
            {"q": " & ".join(f"'{p}':*" for p in lexemes)},
        )
    # Each stem quoted (a plain string to FTS5) with a prefix star, AND-ed.
    expr = " ".join(f'"{s}"*' for s in match_stems(q))
    return "SELECT event_id FROM event_search WHERE event_search MATCH :q", {"q": expr}


def match_stems(q: str) -> list[str]:
    """SQLite: the stems of q's words, each matched as a prefix (quotes taken out, so each
    is a plain string to FTS5)."""
    return [_stem(w).replace('"', "") for w in query_words(q)]


def matching_ids_clause(dialect: str, q: str) -> ColumnElement[bool] | None:
    """`events.id IN (...)` for the words of q, or None when q has no words."""
    found = fts_match_sql(dialect, q)
    if found is None:
        return None
    sql, params = found
    return literal_column("events.id").in_(text(sql).bindparams(**params))


# SQLite's statements, run on the driver's connection inside the session's transaction:
# through SQLAlchemy's text() each cost several times what SQLite spends on it, and ingest
# writes an event's row on every change of the event.
_SQLITE_ROWID = "SELECT search_rowid FROM event_search_rowids WHERE event_id = ?"
_SQLITE_DELETE_ROW = "DELETE FROM event_search WHERE rowid = ?"
_SQLITE_DELETE_ROWID = "DELETE FROM event_search_rowids WHERE event_id = ?"
# The next rowid of the group and the row in one statement (the group's last rowid + 1, or
# its first); its rowid is then the connection's last inserted one (FTS5 sets it).
_SQLITE_INSERT = (
    "INSERT INTO event_search (rowid, event_id, content) "
    "SELECT coalesce(max(rowid) + 1, ?), ?, ? FROM event_search WHERE rowid BETWEEN ? AND ?"
)
_SQLITE_INSERT_ROWID = (
    "INSERT INTO event_search_rowids (event_id, search_rowid) VALUES (?, last_insert_rowid())"
)


def _driver(session: Session) -> Any:
    return session.connection().connection.dbapi_connection


def upsert_search(
    session: Session, event_id: str, content: str, sort_date: dt.date, precision_rank: int
) -> None:
    """Write (or rewrite) an event's full-text row; on SQLite its rowid is the event's
    timeline key (app.db.searchkey), so the event's dates and id must be final."""
    dialect = session.get_bind().dialect.name
    delete_search(session, event_id)
    if dialect != "sqlite":
        # On the session's connection: Session.execute of SQL text does not autoflush
        # either, and its ORM layer cost more than this statement.
        session.connection().execute(
            text("INSERT INTO event_search (event_id, content) VALUES (:id, :c)"),
            {"id": event_id, "c": index_content(dialect, content)},
        )
        return
    g = searchkey.group(sort_date, precision_rank, event_id)
    first = searchkey.first_rowid(g)
    conn = _driver(session)
    conn.execute(
        _SQLITE_INSERT,
        (first, event_id, index_content(dialect, content), first, searchkey.last_rowid(g)),
    )
    # FTS5 cannot index event_id: remember the row's rowid (migration 0005), so that
    # rewriting or deleting it later is a key lookup, not a scan of the whole index.
    conn.execute(_SQLITE_INSERT_ROWID, (event_id,))


def delete_search(session: Session, event_id: str) -> None:
    """Remove an event's full-text row (no-op when it has none)."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(text("DELETE FROM event_search WHERE event_id = :id"), {"id": event_id})
        return
    conn = _driver(session)
    row = conn.execute(_SQLITE_ROWID, (event_id,)).fetchone()
    if row is None:
        return
    conn.execute(_SQLITE_DELETE_ROW, (row[0],))
    conn.execute(_SQLITE_DELETE_ROWID, (event_id,))

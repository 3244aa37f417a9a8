"""SQLite: what a connection knows of the full-text index until ingest changes it.

Each word of a search spelled out as the index terms its stem prefix covers, and each
search's number of matches (the first page's total) and matches per day (its histogram).

A query word is its Snowball stem taken as a prefix (`"переговор"*` finds «переговоры» and
«переговорах»). FTS5 answers a prefix by first merging the doclists of every term that
starts with it into one list, so the walk of a page (app.db.searchwalk) waits for every
match to be read, ~1 ms per 15,000 matches (issue 13: a common word at 1M events). The same
terms OR-ed, `("переговор" OR "переговоры")`, match the same rows, but FTS5 merges an OR
lazily as the walk advances, from the walk's rowid bound: a page reads about a page.

The terms come from an fts5vocab table over the index (a temporary one, per connection).
Listing a prefix's terms walks their doclists, and counting a search's matches reads all of
them (~1 ms per 20,000; by day ~9 ms), so each connection keeps what it made until ingest
bumps the data version (at most MAX_KEPT of each). A prefix with more than MAX_TERMS terms,
or a stem the index's tokenizer would spell differently (Latin letters with diacritics,
underscores), is left a prefix: the same rows either way, only the speed differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.db import searchkey

# OR-ing more terms than this costs each step of the walk more than the merged prefix saves.
MAX_TERMS = 32
# What the index's tokenizer (unicode61, remove_diacritics 2) keeps as it is.
_PLAIN = re.compile(r"[0-9a-zа-яё]+")
_VOCAB = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.event_search_terms "
    "USING fts5vocab(main, event_search, row)"
)
_TERMS = "SELECT term FROM temp.event_search_terms WHERE term >= ? AND term < ? LIMIT ?"
_VERSION = "SELECT version FROM data_version WHERE id = 1"
_COUNT = "SELECT count(*) FROM event_search WHERE event_search MATCH ?"
_SLOTS = (
    "SELECT rowid >> ? AS slot, count(*) FROM event_search WHERE event_search MATCH ? "
    "GROUP BY slot ORDER BY slot"
)
# Where a connection keeps what it learnt: SQLAlchemy's per-connection `info` dict.
_KEY = "letopis.search_index"
MAX_KEPT = 512


@dataclass
class _Kept:
    """What one connection learnt of the index at one data version."""

    version: Any
    terms: dict[str, list[str] | None] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    months: dict[str, list[tuple[str, int]] | None] = field(default_factory=dict)


def _kept(conn: Any, info: dict[Any, Any]) -> _Kept:
    """This connection's term lists and counts, made afresh when the data version moved."""
    version = conn.execute(_VERSION).fetchone()
    kept = info.get(_KEY)
    if not isinstance(kept, _Kept) or kept.version != version:
        kept = info[_KEY] = _Kept(version)
    for d in (kept.terms, kept.counts, kept.months):
        if len(d) >= MAX_KEPT:  # many different searches in one version: start over
            d.clear()
    return kept


def count(conn: Any, info: dict[Any, Any], expr: str) -> int:
    """The rows matching the FTS5 expression `expr` (as `spelled_out` writes it)."""
    counts = _kept(conn, info).counts
    if expr not in counts:
        counts[expr] = int(conn.execute(_COUNT, (expr,)).fetchone()[0] or 0)
    return counts[expr]


def month_counts(conn: Any, info: dict[Any, Any], expr: str) -> list[tuple[str, int]] | None:
    """("YYYY-MM", rows) of the dated rows matching `expr`, in month order, from their
    rowids alone (each holds its event's sort date: app.db.searchkey); None when a row's
    day is not told by its rowid (before 1900, or clamped far ahead)."""
    months = _kept(conn, info).months
    if expr not in months:
        months[expr] = _months(conn.execute(_SLOTS, (searchkey.DAY_SHIFT, expr)).fetchall())
    return months[expr]


def _months(slot_rows: list[tuple[int, int]]) -> list[tuple[str, int]] | None:
    per: dict[str, int] = {}
    for slot, n in slot_rows:
        if slot == searchkey.UNDATED_SLOT:
            continue
        month = searchkey.month_of_slot(slot)
        if month is None:
            return None
        per[month] = per.get(month, 0) + int(n)
    return sorted(per.items())


def spelled_out(conn: Any, info: dict[Any, Any], stems: list[str]) -> str:
    """The FTS5 expression matching the rows of `"stem"*` AND-ed for every stem, with each
    prefix written as its index terms OR-ed where that is possible. `conn` is the request's
    sqlite3 connection (inside its snapshot), `info` the connection's cache dict."""
    known = _kept(conn, info).terms
    parts = []
    for stem in stems:
        if stem not in known:
            known[stem] = _terms(conn, stem)
        terms = known[stem]
        if not terms:  # too many, or a stem the index spells otherwise; none: no match either
            parts.append(f'"{stem}"*')
        elif len(terms) == 1:
            parts.append(f'"{terms[0]}"')
        else:
            parts.append("(" + " OR ".join(f'"{t}"' for t in terms) + ")")
    return " AND ".join(parts)


def _terms(conn: Any, stem: str) -> list[str] | None:
    """The index's terms that start with `stem`, or None when they are not to be listed."""
    if not _PLAIN.fullmatch(stem):
        return None
    conn.execute(_VOCAB)
    upper = stem[:-1] + chr(ord(stem[-1]) + 1)
    rows = conn.execute(_TERMS, (stem, upper, MAX_TERMS + 1)).fetchall()
    if len(rows) > MAX_TERMS:
        return None
    return [str(r[0]) for r in rows]

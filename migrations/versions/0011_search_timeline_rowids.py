"""SQLite: full-text rowids that are timeline keys, so a search is walked in timeline order

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27

A words-only search (`q=`) read every match's event id out of FTS5 and sorted them (issue
13: ~170k ids for a common word at 1M events, 4.6 s p95). An event's full-text row now has
the rowid app.db.searchkey gives it (its timeline group, then a sequence number), so FTS5
yields matches in timeline order from the cursor on and a page reads about a page of them
(app.db.searchwalk). The index is copied into a new FTS5 table under the new rowids (in
their order, which FTS5 writes fastest), and event_search_rowids (0005) is rewritten.
A row whose event is gone keeps its text under an undated key. PostgreSQL searches with its
GIN index and needs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from app.db import searchkey
    from app.db.models import PRECISION_RANK, UNDATED

    rows = bind.execute(
        sa.text(
            "SELECT s.rowid, s.event_id, e.sort_date, e.precision_rank "
            "FROM event_search AS s LEFT JOIN events AS e ON e.id = s.event_id"
        )
    ).all()
    seq: dict[int, int] = defaultdict(int)
    moves: list[dict[str, object]] = []
    for old, eid, sort_date, rank in sorted(rows, key=lambda r: (r[2] is None, r[2], r[3], r[1])):
        if sort_date is None:
            g = searchkey.group(UNDATED, PRECISION_RANK["unknown"] + 1, str(eid))
        else:
            day = sort_date if isinstance(sort_date, dt.date) else dt.date.fromisoformat(sort_date)
            g = searchkey.group(day, int(rank), str(eid))
        moves.append({"old": old, "new": searchkey.first_rowid(g) + seq[g], "eid": eid})
        seq[g] += 1
    op.execute("CREATE TEMP TABLE search_moves (old INTEGER PRIMARY KEY, new INTEGER, eid TEXT)")
    if moves:
        bind.execute(
            sa.text("INSERT INTO search_moves (old, new, eid) VALUES (:old, :new, :eid)"), moves
        )
    op.execute(
        "CREATE VIRTUAL TABLE event_search_keyed USING fts5("
        "event_id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "INSERT INTO event_search_keyed (rowid, event_id, content) "
        "SELECT m.new, s.event_id, s.content FROM search_moves AS m "
        "JOIN event_search AS s ON s.rowid = m.old ORDER BY m.new"
    )
    op.execute("DROP TABLE event_search")
    op.execute("ALTER TABLE event_search_keyed RENAME TO event_search")
    op.execute("DELETE FROM event_search_rowids")
    # As 0005: a duplicated event_id (never written by ingest) keeps one row mapped.
    op.execute(
        "INSERT OR REPLACE INTO event_search_rowids (event_id, search_rowid) "
        "SELECT eid, new FROM search_moves WHERE eid IS NOT NULL ORDER BY new"
    )
    op.execute("DROP TABLE search_moves")


def downgrade() -> None:
    # Rowids of any value suit the earlier code (it only looks rows up by them).
    pass

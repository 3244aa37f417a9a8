"""SQLite: find an event's full-text row by rowid, not by scanning the index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

FTS5 cannot index `event_search.event_id`, so deleting an event's row by it scanned the
whole index: with 100k events that was a third of ingest's time, and it grew with the
database. `event_search_rowids` maps an event id to its FTS5 rowid (a primary-key lookup);
rows already indexed are mapped here. PostgreSQL's event_search is keyed by event_id
already and needs nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_table(
        "event_search_rowids",
        sa.Column("event_id", sa.String(length=160), primary_key=True),
        sa.Column("search_rowid", sa.Integer(), nullable=False),
    )
    # A duplicated event_id (never written by ingest, but possible in an old file) keeps
    # its newest row mapped; `OR REPLACE` keeps the upgrade from failing on it.
    op.execute(
        "INSERT OR REPLACE INTO event_search_rowids (event_id, search_rowid) "
        "SELECT event_id, rowid FROM event_search ORDER BY rowid"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_table("event_search_rowids")

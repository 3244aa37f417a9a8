"""Event status, venue and actor roles; open-world actors may lack an English name

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

DESIGN.md: an event is `happened`, `planned`, `postponed` or `cancelled` (the old boolean
`planned` stays, kept equal to status != happened, for the API's compatibility); a place is
the event's venue, not one of its actors; each event-actor link says whether the actor is a
participant or the speaker. Columns are added with plain ADD COLUMN (no table rebuild), so
the triggers of migration 0002 on `events` stay in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "events",
        sa.Column("status", sa.String(length=16), nullable=False, server_default="happened"),
    )
    op.execute("UPDATE events SET status = 'planned' WHERE planned")
    op.add_column("events", sa.Column("venue_id", sa.String(length=120), nullable=True))
    op.create_index(
        "ix_events_status_timeline", "events", ["status", "sort_date", "precision_rank", "id"]
    )
    op.add_column(
        "event_actors",
        sa.Column("role", sa.String(length=16), nullable=False, server_default="participant"),
    )
    with op.batch_alter_table("actors") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=300), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("actors") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(length=300), nullable=False)
    op.drop_column("event_actors", "role")
    op.drop_index("ix_events_status_timeline", table_name="events")
    op.drop_column("events", "venue_id")
    op.drop_column("events", "status")

"""events.title_en: the English title, beside the Russian one

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

An event's English title, built at ingest when every name in it has an English name in the
gazetteer (app/ingest/events/titles_en.py); NULL otherwise, and for events stored before
this revision (they get one when ingest next touches them). Every card gains the field, so
every card is dropped and queued here, and 0010 (which changes what a card holds again)
builds them: building runs today's code, which reads and writes today's columns. A later
migration that changes what a card holds must move the building to itself and leave only
a queueing in the one before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("title_en", sa.String(length=300), nullable=True))
    _queue_all()


def _queue_all() -> None:
    op.execute("DELETE FROM event_cards")
    op.execute("DELETE FROM event_cards_stale")
    op.execute("INSERT INTO event_cards_stale (event_id) SELECT id FROM events")


def downgrade() -> None:
    # The cards carry the field: drop them and queue their events (readers of 0008 build a
    # missing card from the tables; ingest rebuilds the queued ones).
    _queue_all()
    op.drop_column("events", "title_en")

"""events.title_en: the English title, beside the Russian one

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

An event's English title, built at ingest when every name in it has an English name in the
gazetteer (app/ingest/events/titles_en.py); NULL otherwise, and for events stored before
this revision (they get one when ingest next touches them). Every card gains the field, so
every card is rebuilt here (with this revision's code: a later migration that changes what
a card holds must move the rebuild to itself and leave only the queueing here).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("title_en", sa.String(length=300), nullable=True))
    from app.db import cards

    bind = op.get_bind()
    session = Session(bind=bind)
    ids = [r[0] for r in bind.execute(sa.text("SELECT id FROM events"))]
    cards.write(session, ids)
    session.flush()
    bind.execute(sa.text("DELETE FROM event_cards_stale"))


def downgrade() -> None:
    op.drop_column("events", "title_en")

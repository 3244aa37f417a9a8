"""event_cards.row_en, row_ru: each card's row of the HTML timeline per UI language

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27

A card also stores its event's row of the timeline (`_event_item.html`) in English and in
Russian (app.render.rows; the actor chips' links, which depend on the page, are
placeholders the web fills in), so that a timeline page is its ids and one query for their
rows. The rows of cards already stored are written from each card's own `item`, without
loading events again (100k cards: about a minute); the cards 0009 queued are built here.
A later migration that changes what a card holds must do the same: 0009's note.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_cards", sa.Column("row_en", sa.Text(), nullable=True))
    op.add_column("event_cards", sa.Column("row_ru", sa.Text(), nullable=True))
    from app.db import cards

    bind = op.get_bind()
    session = Session(bind=bind)
    cards.fill_rows(session)
    queued = [r[0] for r in bind.execute(sa.text("SELECT event_id FROM event_cards_stale"))]
    if queued:
        cards.write(session, queued)
        session.flush()
        bind.execute(sa.text("DELETE FROM event_cards_stale"))


def downgrade() -> None:
    # Plain ALTER TABLE (SQLite 3.35+ and PostgreSQL): a batch's copy of the table would
    # trip the cards' triggers, which name it.
    op.execute("ALTER TABLE event_cards DROP COLUMN row_ru")
    op.execute("ALTER TABLE event_cards DROP COLUMN row_en")

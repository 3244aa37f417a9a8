"""event_cards: rebuild the cards stored without the event page's part

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

A card's `item` now ends with what only the event page needs besides `body` (each source's
offsets and spans: app/db/eventpage.py), so `/events/{id}` is one query. Cards built before
(eleven fields) still answer correctly (the page then reads the tables); this rebuilds them
so that every event page takes the one-query path. No schema change.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Fields of a card's `item` before the page's part.
OLD_FIELDS = 11


def upgrade() -> None:
    from app.db import cards

    bind = op.get_bind()
    ids = [
        str(event_id)
        for event_id, item in bind.execute(sa.text("SELECT event_id, item FROM event_cards"))
        if len(json.loads(item)) <= OLD_FIELDS
    ]
    session = Session(bind=bind)
    cards.write(session, ids)
    session.flush()


def downgrade() -> None:
    # Readers of 0007 unpack exactly eleven fields: drop the page's part.
    bind = op.get_bind()
    rows = list(bind.execute(sa.text("SELECT event_id, item FROM event_cards")))
    update = sa.text("UPDATE event_cards SET item = :item WHERE event_id = :id")
    for event_id, item in rows:
        fields = json.loads(item)
        if len(fields) > OLD_FIELDS:
            bind.execute(update, {"id": event_id, "item": cards_dumps(fields[:OLD_FIELDS])})


def cards_dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

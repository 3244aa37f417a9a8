"""event_cards: rebuild the cards stored without the event page's part

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

A card's `item` now ends with what only the event page needs besides `body` (each source's
offsets and spans: app/db/eventpage.py), so `/events/{id}` is one query. Cards built before
(eleven fields) still answer correctly (the page then reads the tables); this queues them
for rebuilding (done by 0009, the last migration that changes cards) so that every event
page takes the one-query path. No schema change.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Fields of a card's `item` before the page's part.
OLD_FIELDS = 11


def upgrade() -> None:
    # Queued, not built here: building runs today's code, which may read columns of later
    # migrations; the last migration that changes cards (0009) builds every queued one.
    bind = op.get_bind()
    ids = [
        str(event_id)
        for event_id, item in bind.execute(sa.text("SELECT event_id, item FROM event_cards"))
        if len(json.loads(item)) <= OLD_FIELDS
    ]
    insert = sa.text(
        "INSERT INTO event_cards_stale (event_id) SELECT :id"
        " WHERE NOT EXISTS (SELECT 1 FROM event_cards_stale WHERE event_id = :id)"
    )
    for event_id in ids:
        bind.execute(insert, {"id": event_id})


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

"""event_cards: each event's card (its JSON and its timeline row), built when it changes

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

The read model of app/db/cards.py: a page reads its events' cards by primary key instead
of joining events, actors, mentions and articles and encoding JSON per request. Triggers
delete the card of an event whose row, mentions or actor links change (or whose actors'
names or articles' heads change) and queue its id in `event_cards_stale`; ingest rebuilds
the queued cards in the same transaction (cards.refresh). The events already stored are
queued here and their cards built by the last migration that changes cards (0008).
"""

# ruff: noqa: S608 (SQL built from this file's constant table and column names only)
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, column naming the event) whose row changes make an event's card stale.
LINKED = (("events", "id"), ("mentions", "event_id"), ("event_actors", "event_id"))

ACTOR_CHANGED = (
    "OLD.name IS NOT NEW.name OR OLD.name_ru IS NOT NEW.name_ru OR OLD.kind IS NOT NEW.kind"
)
ARTICLE_CHANGED = (
    "OLD.title IS NOT NEW.title OR OLD.outlet IS NOT NEW.outlet OR OLD.file IS NOT NEW.file"
    " OR OLD.published IS NOT NEW.published OR OLD.published_how IS NOT NEW.published_how"
)
ACTOR_EVENTS = (
    "SELECT event_id FROM event_actors WHERE actor_id = NEW.id"
    " UNION SELECT id FROM events WHERE venue_id = NEW.id"
)
ARTICLE_EVENTS = "SELECT event_id FROM mentions WHERE article_id = NEW.id"


def _queue_one(value: str) -> str:
    # Not `INSERT OR IGNORE`: SQLite lets the conflict clause of the statement that fired a
    # trigger (an UPSERT of ingest's) override the trigger's own, and the duplicate failed.
    return (
        f"INSERT INTO event_cards_stale (event_id) SELECT {value}"
        f" WHERE NOT EXISTS (SELECT 1 FROM event_cards_stale WHERE event_id = {value});"
    )


def _sqlite_triggers() -> list[str]:
    out = []
    for table, col in LINKED:
        for what in ("INSERT", "UPDATE", "DELETE"):
            body = []
            if what != "INSERT":
                body.append(f"DELETE FROM event_cards WHERE event_id = OLD.{col};")
            if what != "DELETE":
                body.append(_queue_one(f"NEW.{col}"))
            elif table != "events":
                body.append(_queue_one(f"OLD.{col}"))
            out.append(
                f"CREATE TRIGGER tr_cards_{table}_{what.lower()} AFTER {what} ON {table} "
                f"BEGIN {' '.join(body)} END"
            )
    for table, changed, events in (
        ("actors", ACTOR_CHANGED, ACTOR_EVENTS),
        ("articles", ARTICLE_CHANGED, ARTICLE_EVENTS),
    ):
        out.append(
            f"CREATE TRIGGER tr_cards_{table}_update AFTER UPDATE ON {table} WHEN {changed} "
            f"BEGIN DELETE FROM event_cards WHERE event_id IN ({events}); "
            "INSERT INTO event_cards_stale (event_id) SELECT DISTINCT q.event_id"
            f" FROM ({events}) AS q WHERE q.event_id NOT IN"
            " (SELECT event_id FROM event_cards_stale); END"
        )
    return out


def _pg_statements() -> list[str]:
    out = []
    for table, col in LINKED:
        stale_old = (
            ""
            if table == "events"
            else f"INSERT INTO event_cards_stale (event_id) VALUES (OLD.{col})"
            " ON CONFLICT DO NOTHING;"
        )
        out.append(
            f"""CREATE FUNCTION letopis_cards_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM event_cards WHERE event_id = OLD.{col};
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO event_cards_stale (event_id) VALUES (NEW.{col}) ON CONFLICT DO NOTHING;
  ELSE
    {stale_old}
  END IF;
  RETURN NULL;
END $$"""
        )
        out.append(
            f"CREATE TRIGGER tr_cards_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION letopis_cards_{table}()"
        )
    for table, changed, events in (
        ("actors", ACTOR_CHANGED, ACTOR_EVENTS),
        ("articles", ARTICLE_CHANGED, ARTICLE_EVENTS),
    ):
        pg_changed = changed.replace("IS NOT", "IS DISTINCT FROM")
        out.append(
            f"""CREATE FUNCTION letopis_cards_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF {pg_changed} THEN
    DELETE FROM event_cards WHERE event_id IN ({events});
    INSERT INTO event_cards_stale (event_id) {events} ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$"""
        )
        out.append(
            f"CREATE TRIGGER tr_cards_{table} AFTER UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION letopis_cards_{table}()"
        )
    return out


TABLES = ("events", "mentions", "event_actors", "actors", "articles")


def upgrade() -> None:
    op.create_table(
        "event_cards",
        sa.Column("event_id", sa.String(length=160), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
    )
    op.create_table(
        "event_cards_stale",
        sa.Column("event_id", sa.String(length=160), primary_key=True),
    )
    # One actor's events of one precision in timeline order: the date filter's ranges for
    # a precision ("before X" events, intervals that reach into the window) read only
    # those, where the primary key would read every event of the actor after a date.
    op.create_index(
        "ix_event_actors_rank",
        "event_actors",
        ["actor_id", "precision_rank", "sort_date", "event_id"],
    )
    pg = op.get_bind().dialect.name == "postgresql"
    for sql in _pg_statements() if pg else _sqlite_triggers():
        op.execute(sql)
    # The cards of the events already stored are queued, not built: building them runs
    # today's code, which may read columns of later migrations. The last migration that
    # changes what a card holds (0008) builds every queued card.
    op.execute("INSERT INTO event_cards_stale (event_id) SELECT id FROM events")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS tr_cards_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS letopis_cards_{table}()")
    else:
        for table in TABLES:
            for what in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS tr_cards_{table}_{what}")
    op.drop_index("ix_event_actors_rank", table_name="event_actors")
    op.drop_table("event_cards_stale")
    op.drop_table("event_cards")

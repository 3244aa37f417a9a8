"""date spans: the longest closed date interval per precision rank, kept by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

A date-range filter [from, to] matches an event whose interval overlaps it. An event with
both ends starts at its sort_date, so it can only overlap `from` when its sort_date is at
least `from - max_days` of its precision rank: that bound turns the overlap test into an
index range on (actor_id, sort_date, ...) and (sort_date, ...) (app/db/queries.py).

`date_spans` holds, per kind of interval and precision_rank: for "closed" intervals (both
ends) the largest (date_end - sort_date) in days of any such event; for "open_start" (null
start: matches every `from` up to its end) and "open_end" (null end) just which ranks
occur, so the index scans can skip the other ranks without reading the events. Triggers
on `events` raise it on every INSERT and UPDATE, so every writer (ingest, the benchmark
filler's raw SQL, tests) keeps it exact without knowing about it. It only ever grows:
after a delete it may be larger than needed, which costs a little speed and never a
missed event. Two partial indexes list the open-ended events.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Which bound each kind of date interval contributes (see the module docstring).
KINDS = {
    "closed": ("NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL", True),
    "open_start": ("NEW.date_start IS NULL AND NEW.date_end IS NOT NULL", False),
    "open_end": ("NEW.date_start IS NOT NULL AND NEW.date_end IS NULL", False),
}


def _sqlite_triggers() -> list[str]:
    out = []
    for kind, (when, closed) in KINDS.items():
        days = (
            "CAST(julianday(NEW.date_end) - julianday(NEW.sort_date) AS INTEGER)" if closed else "0"
        )
        # Built from this module's constants only.
        body = (
            "INSERT INTO date_spans (kind, precision_rank, max_days) "  # noqa: S608
            f"VALUES ('{kind}', NEW.precision_rank, {days}) "
            "ON CONFLICT (kind, precision_rank) "
            "DO UPDATE SET max_days = max(max_days, excluded.max_days)"
        )
        for event, on in (
            ("insert", "AFTER INSERT ON events"),
            ("update", "AFTER UPDATE OF date_start, date_end, sort_date, precision_rank ON events"),
        ):
            out.append(
                f"CREATE TRIGGER tr_events_span_{kind}_{event} {on} WHEN {when} BEGIN {body}; END"
            )
    return out


PG_FUNCTION = """
CREATE FUNCTION letopis_date_span() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k text;
    d integer := 0;
BEGIN
    IF NEW.date_start IS NOT NULL AND NEW.date_end IS NOT NULL THEN
        k := 'closed';
        d := NEW.date_end - NEW.sort_date;
    ELSIF NEW.date_end IS NOT NULL THEN
        k := 'open_start';
    ELSIF NEW.date_start IS NOT NULL THEN
        k := 'open_end';
    ELSE
        RETURN NULL;
    END IF;
    INSERT INTO date_spans (kind, precision_rank, max_days)
    VALUES (k, NEW.precision_rank, d)
    ON CONFLICT (kind, precision_rank)
    DO UPDATE SET max_days = GREATEST(date_spans.max_days, EXCLUDED.max_days);
    RETURN NULL;
END
$$
"""
PG_TRIGGER = (
    "CREATE TRIGGER tr_events_span AFTER INSERT OR UPDATE ON events "
    "FOR EACH ROW EXECUTE FUNCTION letopis_date_span()"
)
OPEN_START = "date_start IS NULL AND date_end IS NOT NULL"
OPEN_END = "date_start IS NOT NULL AND date_end IS NULL"


def upgrade() -> None:
    op.create_table(
        "date_spans",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("precision_rank", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("max_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "precision_rank"),
    )
    # The open-ended events, which match a date filter far from their sort_date.
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_events_open_start",
            ["sort_date", "precision_rank", "id"],
            unique=False,
            sqlite_where=sa.text(OPEN_START),
            postgresql_where=sa.text(OPEN_START),
        )
        batch_op.create_index(
            "ix_events_open_end",
            ["sort_date", "precision_rank", "id"],
            unique=False,
            sqlite_where=sa.text(OPEN_END),
            postgresql_where=sa.text(OPEN_END),
        )
    if op.get_bind().dialect.name == "postgresql":
        span = "max(date_end - sort_date)"
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)
    else:
        span = "CAST(max(julianday(date_end) - julianday(sort_date)) AS INTEGER)"
        for sql in _sqlite_triggers():
            op.execute(sql)
    # The events already there (one scan, once).
    for kind, where, days in (
        ("closed", "date_start IS NOT NULL AND date_end IS NOT NULL", span),
        ("open_start", OPEN_START, "0"),
        ("open_end", OPEN_END, "0"),
    ):
        op.execute(  # built from this module's constants only
            "INSERT INTO date_spans (kind, precision_rank, max_days) "  # noqa: S608
            f"SELECT '{kind}', precision_rank, {days} FROM events WHERE {where} "
            "GROUP BY precision_rank"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tr_events_span ON events")
        op.execute("DROP FUNCTION IF EXISTS letopis_date_span()")
    else:
        for sql in _sqlite_triggers():
            op.execute("DROP TRIGGER IF EXISTS " + sql.split()[2])
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_open_end")
        batch_op.drop_index("ix_events_open_start")
    op.drop_table("date_spans")

"""data_version: one number that changes whenever ingest changes what the web shows

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

Every change ingest makes goes with an article stored, replaced or removed, so triggers on
`articles` bump the number; the web answers a conditional request (If-None-Match) with a
304 by comparing it, without running the page's queries. Triggers keep every writer
honest without any writer having to know about it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1"
PG_FUNCTION = f"""
CREATE FUNCTION letopis_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  {BUMP};
  RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 1)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER tr_articles_version AFTER INSERT OR UPDATE OR DELETE ON articles "
            "FOR EACH STATEMENT EXECUTE FUNCTION letopis_bump_version()"
        )
        return
    for what in ("INSERT", "UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER tr_articles_version_{what.lower()} AFTER {what} ON articles "
            f"BEGIN {BUMP}; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS tr_articles_version ON articles")
        op.execute("DROP FUNCTION IF EXISTS letopis_bump_version()")
    else:
        for what in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS tr_articles_version_{what}")
    op.drop_table("data_version")

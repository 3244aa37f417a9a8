"""published_how holds DESIGN.md's longest reason, «inferred-from-text» (18 characters)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

SQLite never enforced the old 16; PostgreSQL did, and rejected those articles.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.alter_column(
            "published_how", existing_type=sa.String(length=16), type_=sa.String(length=32)
        )


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch_op:
        batch_op.alter_column(
            "published_how", existing_type=sa.String(length=32), type_=sa.String(length=16)
        )

"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

event_search is FTS5 over Snowball stems on SQLite, a GIN-indexed table on PostgreSQL
(see app/db/search.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_ru", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("curated", sa.Boolean(), nullable=False),
        sa.Column("events_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("file", sa.String(length=512), nullable=False),
        sa.Column("path", sa.String(length=2048), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_how", sa.String(length=16), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("encoding", sa.String(length=32), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("excluded", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_path"), ["path"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_published"), ["published"], unique=False)

    op.create_table(
        "event_redirects",
        sa.Column("old_id", sa.String(length=160), nullable=False),
        sa.Column("new_id", sa.String(length=160), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("old_id"),
    )
    with op.batch_alter_table("event_redirects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_redirects_new_id"), ["new_id"], unique=False)

    _create_search_table()
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=160), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=False),
        sa.Column("date_text", sa.String(length=300), nullable=True),
        sa.Column("date_how", sa.String(length=40), nullable=False),
        sa.Column("sort_date", sa.Date(), nullable=False),
        sa.Column("precision_rank", sa.SmallInteger(), nullable=False),
        sa.Column("sources_count", sa.Integer(), nullable=False),
        sa.Column("disagreement", sa.JSON(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_events_timeline", ["sort_date", "precision_rank", "id"], unique=False
        )
        batch_op.create_index(
            "ix_events_type_timeline", ["type", "sort_date", "precision_rank", "id"], unique=False
        )

    op.create_table(
        "month_counts",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month"),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("actor_id", sa.String(length=120), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("actor_id", "alias"),
    )
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_aliases_alias"), ["alias"], unique=False)

    op.create_table(
        "event_actors",
        sa.Column("actor_id", sa.String(length=120), nullable=False),
        sa.Column("sort_date", sa.Date(), nullable=False),
        sa.Column("precision_rank", sa.SmallInteger(), nullable=False),
        sa.Column("event_id", sa.String(length=160), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], onupdate="CASCADE", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("actor_id", "sort_date", "precision_rank", "event_id"),
    )
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.create_index("ix_event_actors_event", ["event_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=160), nullable=False),
        sa.Column("article_id", sa.String(length=16), nullable=False),
        sa.Column("sent_start", sa.Integer(), nullable=False),
        sa.Column("sent_end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("date_text_start", sa.Integer(), nullable=True),
        sa.Column("date_text_end", sa.Integer(), nullable=True),
        sa.Column("date_text", sa.String(length=300), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=16), nullable=False),
        sa.Column("date_how", sa.String(length=40), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("actor_spans", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], onupdate="CASCADE", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_event_id"))
        batch_op.drop_index(batch_op.f("ix_mentions_article_id"))

    op.drop_table("mentions")
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.drop_index("ix_event_actors_event")

    op.drop_table("event_actors")
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_aliases_alias"))

    op.drop_table("actor_aliases")
    op.drop_table("month_counts")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_type_timeline")
        batch_op.drop_index("ix_events_timeline")

    op.drop_table("events")
    op.drop_table("event_search")
    with op.batch_alter_table("event_redirects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_redirects_new_id"))

    op.drop_table("event_redirects")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_published"))
        batch_op.drop_index(batch_op.f("ix_articles_path"))

    op.drop_table("articles")
    op.drop_table("actors")


def _create_search_table() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE event_search USING fts5("
            "event_id UNINDEXED, content, tokenize = 'unicode61 remove_diacritics 2')"
        )
        return
    op.create_table(
        "event_search",
        sa.Column("event_id", sa.String(length=160), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_event_search_tsv ON event_search "
            "USING gin (to_tsvector('russian', content))"
        )

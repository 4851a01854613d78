"""Sync: the outbox every local change writes to, and conflicts reported by HQ.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("bases", sa.JSON(), nullable=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("schema", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("answered_at", sa.String(40), nullable=True),
        sa.Column("echo", sa.Integer(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_outbox_record_id", "sync_outbox", ["record_id"])
    op.create_index("ix_sync_outbox_state", "sync_outbox", ["state", "seq"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kept", sa.JSON(), nullable=True),
        sa.Column("other", sa.JSON(), nullable=True),
        sa.Column("kept_by", sa.String(64), nullable=True),
        sa.Column("other_by", sa.String(64), nullable=True),
        sa.Column("needs_merge", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(64), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
    )
    op.create_index("ix_sync_conflicts_record_id", "sync_conflicts", ["record_id"])


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    op.drop_table("sync_outbox")

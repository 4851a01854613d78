"""Copies of attachments without their metadata for `un` devices (made when a view first
needs them, so files HQ already holds get theirs too), and which device received which
file's bytes.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "file_copies",
        sa.Column("file_id", ID, primary_key=True),
        sa.Column("copy_id", ID, nullable=True, unique=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
    )
    op.create_table(
        "file_access",
        sa.Column("device_id", ID, primary_key=True),
        sa.Column("file_id", ID, primary_key=True),
        sa.Column("record_id", ID, nullable=False),
        sa.Column("audience", sa.String(16), nullable=False),
        sa.Column("first_at", sa.Float(), nullable=False),
        sa.Column("last_at", sa.Float(), nullable=False),
        sa.Column("whole", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_file_access_record_id", "file_access", ["record_id"])


def downgrade() -> None:
    op.drop_table("file_access")
    op.drop_table("file_copies")

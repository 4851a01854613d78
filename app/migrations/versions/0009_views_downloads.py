"""Records held as a redacted view of HQ's (read-only on this device), and attachments being
fetched from HQ chunk by chunk (a restored laptop's files).

Existing stores hold neither.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_views",
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("audience", sa.String(64), nullable=False),
        sa.Column("team", sa.String(64), nullable=True),
        sa.Column("received_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "downloads",
        sa.Column("file_id", sa.String(36), primary_key=True),
        sa.Column("incident_id", sa.String(36), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_downloads_incident_id", "downloads", ["incident_id"])
    op.create_table(
        "download_chunks",
        sa.Column(
            "file_id",
            sa.String(36),
            sa.ForeignKey("downloads.file_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("offset", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("download_chunks")
    op.drop_table("downloads")
    op.drop_table("record_views")

"""A situation's coordination records: decisions of the quarterly review, the engagement log,
the inter-agency task force, versions of the consolidated guidance to the RC/HC and their
acknowledgements (Human Rights up Front, actions 1, 12 and 13). One table, each record a
JSON document checked by app.schema.coordination. Existing strategy actions carry no decision.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "situation_records",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "situation_id",
            sa.String(36),
            sa.ForeignKey("situations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("doc", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_situation_records_kind", "situation_records", ["situation_id", "kind"])


def downgrade() -> None:
    op.drop_index("ix_situation_records_kind", "situation_records")
    op.drop_table("situation_records")

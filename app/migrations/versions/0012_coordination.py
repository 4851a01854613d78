"""A situation's coordination records: decisions of the quarterly review, the engagement log,
the inter-agency task force, versions of the consolidated guidance to the RC/HC and their
acknowledgements (Human Rights up Front, actions 1, 12 and 13). One table, each record a
JSON document checked by app.schema.coordination. Existing strategy actions carry no decision.

Also humanitarian datasets (app.humanitarian): HXL series imported from a file, read-only, with
their source, licence and date, and their values by day or week, place (admin 1 P-code or
country) and measure (an HXL hashtag). Unreleased migrations are folded together: this one
holds both.

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
    op.create_table(
        "humanitarian_datasets",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("licence", sa.String(300), nullable=False),
        sa.Column("dataset_date", sa.Date(), nullable=True),
        sa.Column("period", sa.String(64), nullable=False),
        sa.Column("measures", sa.JSON(), nullable=False),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported_by", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "humanitarian_values",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "dataset_id",
            sa.String(36),
            sa.ForeignKey("humanitarian_datasets.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("place", sa.String(32), nullable=False),
        sa.Column("measure", sa.String(200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
    )
    op.create_index("ix_humanitarian_values_dataset_id", "humanitarian_values", ["dataset_id"])
    op.create_index(
        "ix_humanitarian_values_place",
        "humanitarian_values",
        ["place", "measure", "day"],
    )


def downgrade() -> None:
    op.drop_index("ix_humanitarian_values_place", "humanitarian_values")
    op.drop_index("ix_humanitarian_values_dataset_id", "humanitarian_values")
    op.drop_table("humanitarian_values")
    op.drop_table("humanitarian_datasets")
    op.drop_index("ix_situation_records_kind", "situation_records")
    op.drop_table("situation_records")

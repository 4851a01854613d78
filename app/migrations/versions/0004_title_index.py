"""Index incidents by title, so the list sorts by title in one page's work on 100k records.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_title", "incidents", ["title"])


def downgrade() -> None:
    op.drop_index("ix_incidents_title", table_name="incidents")

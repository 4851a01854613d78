"""Records of several kinds: incidents, and situations of concern with their assessments and
strategy versions.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False,
                                   server_default="incident"))

"""An incident's sensitive-location mark, and its summary for partners and the public with
who wrote it and who cleared it for release.

Existing incidents get no summary (nothing is cleared) and a location that is not marked.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TYPES = {
    "public_summary": sa.Text(),
    "public_summary_by": sa.String(64),
    "public_summary_at": sa.String(40),
    "public_summary_cleared_by": sa.String(64),
    "public_summary_cleared_at": sa.String(40),
}
_SUMMARY = tuple(_TYPES)


def upgrade() -> None:
    # plain ADD COLUMN, never a batch copy of the table: the full-text index refers to the
    # incidents' rowids, which a copied table would not keep
    op.add_column("incidents", sa.Column("location_sensitive", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
    for name in _SUMMARY:
        op.add_column("incidents", sa.Column(name, _TYPES[name], nullable=True))
    op.add_column("incidents", sa.Column("public_summary_single_user", sa.Boolean(),
                                         nullable=False, server_default=sa.false()))


def downgrade() -> None:
    for name in ("public_summary_single_user", *reversed(_SUMMARY), "location_sensitive"):
        op.drop_column("incidents", name)

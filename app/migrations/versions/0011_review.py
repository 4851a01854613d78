"""Review as a workflow: who submitted an incident for review and when, the reviewer it is
assigned to, and the last decision (approved or returned), by whom, when, with the reviewer's
comment; and whether the approval was a self-review of a single-user office.

Existing incidents carry no review: a submitted record waits in the queue, unassigned; a
reviewed one keeps its verification reviewer, as before.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TYPES = {
    "review_assignee": sa.String(64),
    "review_submitted_by": sa.String(64),
    "review_submitted_at": sa.String(40),
    "review_outcome": sa.String(64),
    "review_by": sa.String(64),
    "review_at": sa.String(40),
    "review_comment": sa.Text(),
}


def upgrade() -> None:
    # plain ADD COLUMN, never a batch copy of the table: the full-text index refers to the
    # incidents' rowids, which a copied table would not keep
    for name, kind in _TYPES.items():
        op.add_column("incidents", sa.Column(name, kind, nullable=True))
    op.add_column(
        "incidents",
        sa.Column("review_single_user", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_incidents_review", "incidents", ["status", "review_assignee", "id"])


def downgrade() -> None:
    op.drop_index("ix_incidents_review", "incidents")
    for name in ("review_single_user", *reversed(_TYPES)):
        op.drop_column("incidents", name)

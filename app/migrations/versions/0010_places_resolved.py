"""Places resolved against the gazetteer: an incident's admin 1 and admin 2, stored until now
as typed (with an ISO 3166-2 code where ISO's name matched), get the unit's name, its P-code
and its ISO code; and the mark a record sets when its place is not in the gazetteer.

A region the gazetteer does not know is left as typed, and unmarked: `upfront incident
unresolved` lists those records for someone to resolve. The migration logs how many there
are, never a name.

Revision ID: 0010
Revises: 0009
"""

import logging

import sqlalchemy as sa
from alembic import op

from app.places import resolve_stored

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_COLUMNS = ("admin1", "admin1_code", "admin1_pcode", "admin2", "admin2_pcode")


def upgrade() -> None:
    # plain ADD COLUMN, never a batch copy of the table: the full-text index refers to the
    # incidents' rowids, which a copied table would not keep
    op.add_column(
        "incidents",
        sa.Column("location_unlisted", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index(
        "ix_incidents_admin1_pcode", "incidents", ["admin1_pcode", "occurred_from", "id"]
    )
    incidents = sa.table(
        "incidents", sa.column("id"), sa.column("country"), *(sa.column(c) for c in _COLUMNS)
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(incidents).where(
            sa.or_(incidents.c.admin1.is_not(None), incidents.c.admin2.is_not(None))
        )
    ).all()
    updates, left = resolve_stored([r._asdict() for r in rows])
    if updates:
        conn.execute(
            incidents.update().where(incidents.c.id == sa.bindparam("_id")),
            [{"_id": u.pop("id"), **u} for u in updates],
        )
    if left:
        logging.getLogger("upfront.migrations").warning(
            "%d incidents have an admin 1 or admin 2 the gazetteer does not know; "
            "`upfront incident unresolved` lists them",
            left,
        )


def downgrade() -> None:
    op.drop_index("ix_incidents_admin1_pcode", "incidents")
    op.drop_column("incidents", "location_unlisted")

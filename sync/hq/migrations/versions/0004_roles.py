"""Roles at HQ: a device's scope (its teams, or all), the audience it reads as and its entity;
the log of role changes; which device received which record; remote wipe orders.

Devices enrolled before keep what they had: a team's device reads its team as `internal`, an
analyst's device every team as `internal`.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ID = sa.String(36)
BIG = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def upgrade() -> None:
    for table in ("tokens", "devices"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("scope", sa.JSON(), nullable=True))
            batch.add_column(
                sa.Column("audience", sa.String(16), nullable=False, server_default="internal")
            )
            batch.add_column(
                sa.Column("entity", sa.String(64), nullable=False, server_default="OHCHR")
            )
    tokens = sa.table("tokens", sa.column("team_id"), sa.column("scope", sa.JSON()))
    devices = sa.table("devices", sa.column("team_id"), sa.column("scope", sa.JSON()))
    conn = op.get_bind()
    for table in (tokens, devices):
        for (team,) in conn.execute(
            sa.select(table.c.team_id).distinct().where(table.c.team_id.is_not(None))
        ):
            conn.execute(table.update().where(table.c.team_id == team).values(scope=[team]))
    op.create_table(
        "role_events",
        sa.Column("id", BIG, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Float(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("device_id", ID, nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
    )
    op.create_index("ix_role_events_device_id", "role_events", ["device_id"])
    op.create_table(
        "access",
        sa.Column("device_id", ID, primary_key=True),
        sa.Column("record_id", ID, primary_key=True),
        sa.Column("audience", sa.String(16), nullable=False),
        sa.Column("first_at", sa.Float(), nullable=False),
        sa.Column("last_at", sa.Float(), nullable=False),
        sa.Column("log_id", sa.BigInteger(), nullable=True),
        sa.Column("digest", sa.LargeBinary(), nullable=True),
        sa.Column("withheld_mark", sa.LargeBinary(), nullable=True),
        sa.Column("removed_at", sa.Float(), nullable=True),
    )
    op.create_index("ix_access_record", "access", ["record_id"])
    op.create_table(
        "wipe_orders",
        sa.Column("id", ID, primary_key=True),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("issued_at", sa.Float(), nullable=False),
        sa.Column("delivered_at", sa.Float(), nullable=True),
        sa.Column("delivered_for", sa.LargeBinary(), nullable=True),
    )
    op.create_index("ix_wipe_orders_device_id", "wipe_orders", ["device_id"])


def downgrade() -> None:
    op.drop_table("wipe_orders")
    op.drop_table("access")
    op.drop_table("role_events")
    for table in ("devices", "tokens"):
        with op.batch_alter_table(table) as batch:
            for column in ("entity", "audience", "scope"):
                batch.drop_column(column)

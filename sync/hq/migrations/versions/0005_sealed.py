"""Encryption at rest: record content becomes sealed bytes (sync.hq.vault), team data keys are
kept in `team_keys`, wrapped by a master key outside the database.

The master key is not known here, so values already in the database are rewritten as
"not sealed yet" (format byte 0, then the value's JSON or text as UTF-8) and their columns
listed in `unsealed`; HQ seals them, then wipes the space they held, the next time it opens
with its master key (sync.hq.rekey.seal_legacy).

Revision ID: 0005
Revises: 0004
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table, primary key, [(column, what it held, nullable)]
COLUMNS = [
    ("records", ("id",), [("doc", "json", False), ("stamps", "json", False)]),
    ("changelog", ("id",), [("fields", "json", True)]),
    ("conflicts", ("id",), [("kept", "json", True), ("other", "json", True)]),
    ("change_results", ("device_id", "seq"), [("reason", "text", True)]),
    ("batches", ("id",), [("header", "bytes", False), ("ciphertext", "bytes", False)]),
    (
        "files",
        ("id",),
        [
            ("filename", "text", False),
            ("media_type", "text", False),
            ("captured_by", "text", False),
            ("captured_at", "text", False),
        ],
    ),
    ("file_chunks", ("file_id", "offset"), [("data", "bytes", False)]),
]
CHUNK = 500


def _legacy(value, kind: str, nullable: bool):
    if kind == "json":
        if value is None and nullable:
            return None
        return b"\0" + json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
    if value is None:
        return None
    if kind == "text":
        return b"\0" + value.encode()
    return b"\0" + bytes(value)


def upgrade() -> None:
    op.create_table(
        "team_keys",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("team", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("master_kid", sa.String(200), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("retired_at", sa.Float(), nullable=True),
    )
    op.create_index("ux_team_keys_version", "team_keys", ["team", "version"], unique=True)
    op.create_table(
        "unsealed",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("column_name", sa.String(64), primary_key=True),
    )
    conn = op.get_bind()
    pending = []
    for table, pk, columns in COLUMNS:
        for column, kind, nullable in columns:
            target = column if kind == "bytes" else f"{column}_sealed"
            if kind != "bytes":
                op.add_column(table, sa.Column(target, sa.LargeBinary(), nullable=True))
            source_type = {"json": sa.JSON(), "text": sa.Text(), "bytes": sa.LargeBinary()}[kind]
            t = sa.table(
                table,
                *(sa.column(k) for k in pk),
                sa.column(column, source_type),
                sa.column(target, sa.LargeBinary()),
            )
            keys = [tuple(r) for r in conn.execute(sa.select(*(t.c[k] for k in pk)))]
            for i in range(0, len(keys), CHUNK):
                chunk = keys[i : i + CHUNK]
                where = (
                    t.c[pk[0]].in_([k[0] for k in chunk])
                    if len(pk) == 1
                    else sa.tuple_(*(t.c[k] for k in pk)).in_(chunk)
                )
                rows = conn.execute(sa.select(*(t.c[k] for k in pk), t.c[column]).where(where))
                for row in rows.all():
                    value = _legacy(row[-1], kind, nullable)
                    conn.execute(
                        t.update()
                        .where(*(t.c[k] == row[n] for n, k in enumerate(pk)))
                        .values({target: value})
                    )
            if keys:
                pending.append({"table_name": table, "column_name": column})
            if kind != "bytes":
                with op.batch_alter_table(table) as batch:
                    batch.drop_column(column)
                with op.batch_alter_table(table) as batch:
                    batch.alter_column(
                        target,
                        new_column_name=column,
                        existing_type=sa.LargeBinary(),
                        nullable=nullable,
                    )
    if pending:
        pending.append({"table_name": "vacuum", "column_name": ""})
        unsealed = sa.table("unsealed", sa.column("table_name"), sa.column("column_name"))
        conn.execute(unsealed.insert(), pending)


def downgrade() -> None:
    raise NotImplementedError("HQ's database is not decrypted back to plain columns")

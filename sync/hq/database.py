"""HQ's database: the engine (SQLite or PostgreSQL), migrations, HQ's single writer lock and
the multi-row insert every batch uses; and HQError, the refusal of an administrative request.

Every batch is applied in one transaction that first takes the writer lock (a PostgreSQL
advisory lock; SQLite's BEGIN IMMEDIATE). Change-log ids are drawn under that lock, so they
become visible in commit order and a device's cursor never skips an id that commits late.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Engine,
    Float,
    Integer,
    LargeBinary,
    String,
    create_engine,
    event,
    insert,
    text,
)
from sqlalchemy.orm import Session

LOCK_ID = 0x55_50_46_52  # "UPFR"


class HQError(Exception):
    """An administrative request that cannot be done; the message says why."""


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url)

        @event.listens_for(engine, "connect")
        def _on_connect(conn, _rec):
            conn.isolation_level = None
            cur = conn.cursor()
            for pragma in (
                "journal_mode = WAL",
                "busy_timeout = 30000",
                "foreign_keys = ON",
                "synchronous = NORMAL",
                # what is deleted or overwritten is zeroed: no old value stays in a free page
                "secure_delete = ON",
            ):
                cur.execute(f"PRAGMA {pragma}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    # a batch's rows go as psycopg's executemany, which pipelines one short statement: a few
    # round trips for 1,000 changes. SQLAlchemy's multi-row VALUES ("insertmanyvalues") made
    # the same few round trips, but psycopg parsed each page's long statement anew (half the
    # time HQ spent on a push of 1,000 changes; bench/sync.py part 9)
    engine.dialect.use_insertmanyvalues_wo_returning = False
    return engine


def migrate(engine: Engine) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("sync.hq") / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def writer_lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_ID})


# From this many rows, PostgreSQL takes them by binary COPY: 1,000 change-log rows in 12 ms
# where a pipelined executemany took 23 ms (text COPY: 25 ms), measured here
COPY_FROM = 50
# the column types HQ's tables use, as binary COPY names them (anything else: executemany)
_COPY_TYPES = {
    String: "varchar",
    LargeBinary: "bytea",
    Boolean: "bool",
    BigInteger: "int8",
    Integer: "int4",
    Float: "float8",
}


def insert_rows(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys) into `table`, in order: binary COPY for many
    rows on PostgreSQL, else an executemany INSERT (see `make_engine`)."""
    if not rows:
        return
    columns = list(rows[0])
    types = [_COPY_TYPES.get(type(table.c[c].type)) for c in columns]
    if (
        len(rows) < COPY_FROM
        or s.get_bind().dialect.name != "postgresql"
        or None in types
        or any(len(row) != len(columns) for row in rows)
    ):
        s.execute(insert(table), rows)
        return
    from psycopg import sql

    s.flush()  # what the session holds goes first, as an INSERT would have it
    statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT BINARY)").format(
        sql.Identifier(table.name),
        sql.SQL(", ").join(map(sql.Identifier, columns)),
    )
    raw = s.connection().connection.driver_connection  # the session's own transaction
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.set_types(types)
        for row in rows:
            copy.write_row([row[c] for c in columns])

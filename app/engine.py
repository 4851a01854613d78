"""The SQLCipher engine under the store: one SQLAlchemy engine per open store, its pragmas
(real transactions, foreign keys, WAL, temporary data kept in memory), its page cache, and the
migration to the current schema that runs on every open.

The database key is random and raw (`PRAGMA key = "x'…'"`), so SQLCipher's own PBKDF2 is
skipped: the slow, memory-hard derivation is Argon2id in the key file. Temporary tables and
sort spills stay in memory so no plaintext reaches a temp file.
"""

from __future__ import annotations

import contextlib
import logging
import operator
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event, insert
from sqlalchemy.engine import URL
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection, QueuePool

from app.errors import SchemaTooNew
from app.schema.revision import alembic_config

log = logging.getLogger(__name__)
DB_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside the database


def _sqlite_transactions(engine: Engine) -> None:
    """Let SQLite run real transactions, DDL included (the pysqlite driver otherwise commits
    DDL on its own), so a migration or a command is all or nothing."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: ConnectionPoolEntry) -> None:
        # Any: the driver's own connection (sqlcipher3, untyped), whose isolation_level is set
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in (
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "busy_timeout = 10000",
        ):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    cache = _CACHES.setdefault(engine, _PageCache())

    @event.listens_for(engine, "checkout")
    def _on_checkout(
        dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA cache_size = -{cache.kib()}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class _PageCache:
    """How much of the store each connection keeps decrypted in memory, set as a connection
    is taken from the pool: 64 MiB, so lists, sorts and bulk writes stay off the cipher; 256
    MiB while a bulk read runs (`Store.bulk_reads`)."""

    NORMAL_KIB = 64 * 1024
    BULK_KIB = 256 * 1024

    def __init__(self) -> None:
        self.bulk = 0

    def kib(self) -> int:
        return self.BULK_KIB if self.bulk else self.NORMAL_KIB


_CACHES: weakref.WeakKeyDictionary[Engine, _PageCache] = weakref.WeakKeyDictionary()


class _InUse:
    """Which threads hold a connection of the engine's pool at this instant, so closing the
    store can wait for another thread's query to end rather than close the connection under
    it (SQLCipher crashes on a connection closed mid-statement)."""

    def __init__(self) -> None:
        self._thread_of: dict[int, int] = {}  # id of the pool's record -> thread that took it
        self._changed = threading.Condition()

    def out(self, record: object) -> None:
        with self._changed:
            self._thread_of[id(record)] = threading.get_ident()

    def back(self, record: object) -> None:
        with self._changed:
            self._thread_of.pop(id(record), None)
            self._changed.notify_all()

    def others(self) -> int:
        me = threading.get_ident()
        return sum(1 for t in self._thread_of.values() if t != me)

    def wait_for_others(self, timeout: float) -> bool:
        """Wait until no other thread holds a connection; False if `timeout` passed first."""
        end = time.monotonic() + timeout
        with self._changed:
            while self.others():
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
        return True


_IN_USE: weakref.WeakKeyDictionary[Engine, _InUse] = weakref.WeakKeyDictionary()


def make_engine(path: Path, db_key: bytes | None) -> Engine:
    """An engine on the store file. db_key None gives a plain, unencrypted file through the
    same SQLite build (the benchmark's baseline: only the encryption differs).

    The pool is a QueuePool, not the SingletonThreadPool the pysqlcipher dialect picks: that
    one's dispose() closes every thread's connection, including one in the middle of a query
    on another thread, which crashes SQLCipher. A QueuePool's dispose() leaves connections in
    use alone; they close as they come back. Each connection is used by one thread at a time,
    and the one checked in last goes out first: its decrypted pages are still in its cache."""
    import sqlcipher3

    if db_key is None:
        url = URL.create("sqlite+pysqlite", database=str(path))
    else:
        url = URL.create("sqlite+pysqlcipher", password=f"x'{db_key.hex()}'", database=str(path))
    engine = create_engine(
        url,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_use_lifo=True,  # the connection used last, whose page cache is warm
        connect_args={"check_same_thread": False},
        hide_parameters=True,
    )
    _sqlite_transactions(engine)
    _track_use(engine)
    return engine


def _track_use(engine: Engine) -> None:
    in_use = _IN_USE.setdefault(engine, _InUse())

    @event.listens_for(engine, "checkout")
    def _out(_dbapi_conn: object, record: ConnectionPoolEntry, _proxy: object) -> None:
        in_use.out(record)

    @event.listens_for(engine, "checkin")
    def _back(_dbapi_conn: object, record: ConnectionPoolEntry) -> None:
        in_use.back(record)


def close_engine(engine: Engine, timeout: float = 15.0) -> None:
    """Dispose of the engine's connections once no other thread is using one (at most
    `timeout` seconds; after that, the ones still in use close when they come back)."""
    in_use = _IN_USE.get(engine)
    if in_use is not None and not in_use.wait_for_others(timeout):
        log.warning("store closed while another thread was still reading it")
    engine.dispose()


def migrate(engine: Engine) -> None:
    """Bring the schema to head; refuse a schema newer than this program knows."""
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(
            f"this store was written by a newer version of Upfront (schema {current}); "
            "install that version or newer to open it. Nothing was changed."
        )
    head = script.get_current_head()
    if current == head:
        log.info("store schema %s: current", current)
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("store migrated from schema %s to %s", current or "(empty)", head)


@contextlib.contextmanager
def bulk_reads(engine: Engine) -> Iterator[None]:
    """The larger page cache for the sessions opened on `engine` inside (see
    `Store.bulk_reads`); the next ones after give it back."""
    cache = _CACHES[engine]
    cache.bulk += 1
    try:
        yield
    finally:
        cache.bulk -= 1


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` into `table` with one executemany of a plain INSERT through the driver,
    each value passed through its column type's bind processor as SQLAlchemy would. This is
    what `conn.execute(insert(table), rows)` does, without its per-row parameter building,
    which costs as much as SQLCipher's own work on a page of records from HQ. Rows of other
    shapes, or that leave out a column whose default Python supplies, go through SQLAlchemy."""
    if not rows:
        return
    keys = tuple(rows[0])
    columns = [table.c[k] for k in keys if k in table.c]
    if (
        conn.dialect.paramstyle != "qmark"
        or len(columns) != len(keys)
        or any(len(row) != len(keys) for row in rows)
        or any(c.default is not None for c in table.c if c.key not in keys)
    ):
        conn.execute(insert(table), rows)
        return
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    get = operator.itemgetter(*keys)
    one = len(keys) == 1
    # every value through its processor, None too, as SQLAlchemy does (JSON writes null)
    typed = [(i, p) for i, p in enumerate(procs) if p is not None]
    values: list[Any] = []
    for row in rows:
        value = get(row)
        if one:
            value = (value,)
        if typed:
            items = list(value)
            for i, p in typed:
                items[i] = p(items[i])
            value = tuple(items)
        values.append(value)
    conn.exec_driver_sql(sql, values)

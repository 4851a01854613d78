"""The encrypted store: one SQLCipher 4 database per installation, opened with a key from the key
file, migrated to the current schema on open.

The database key is random and raw (`PRAGMA key = "x'…'"`), so SQLCipher's own PBKDF2 is
skipped: the slow, memory-hard derivation is Argon2id in the key file. Temporary tables and
sort spills stay in memory so no plaintext reaches a temp file.
"""

from __future__ import annotations

import contextlib
import functools
import os
import weakref
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, exc, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app import keyfile as kf
from app import remember
from app.attempts import FILENAME as ATTEMPTS_FILENAME
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import (
    AccessDenied,
    KeyFileError,
    NoKeyringBackend,
    NotOurDatabase,
    SchemaTooNew,
    StoreClosed,
    StoreExists,
    StoreMissing,
)
from app.models import StoreMeta
from app.paths import db_path, keyfile_path

DB_SIDE_FILES = ("-wal", "-shm", "-journal")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("app") / "migrations"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@functools.cache
def schema_number() -> int:
    """The schema as a number (revision "0006" is 6): what sync batches declare."""
    return int(head_revision())


def _sqlite_transactions(engine: Engine) -> None:
    """Let SQLite run real transactions, DDL included (the pysqlite driver otherwise commits
    DDL on its own), so a migration or a command is all or nothing."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
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
    def _on_checkout(dbapi_conn, _record, _proxy):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA cache_size = -{cache.kib()}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
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


def make_engine(path: Path, db_key: bytes | None) -> Engine:
    """An engine on the store file. db_key None gives a plain, unencrypted file through the
    same SQLite build (the benchmark's baseline: only the encryption differs)."""
    if db_key is None:
        import sqlcipher3

        engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)),
                               module=sqlcipher3.dbapi2)
    else:
        url = URL.create("sqlite+pysqlcipher", password=f"x'{db_key.hex()}'", database=str(path))
        engine = create_engine(url, hide_parameters=True)
    _sqlite_transactions(engine)
    return engine


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
    if current == script.get_current_head():
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """An unlocked store. `user` is the key slot's label: the actor in history and audit."""

    def __init__(
        self, directory: Path, keys: kf.KeyFile, engine: Engine, slot: kf.Slot, db_key: bytes
    ):
        self._db_key = db_key
        self.directory = directory
        self.keys = keys
        self.engine = engine
        self.slot = slot
        self.closed = False

    @property
    def user(self) -> str:
        return self.slot.label

    @property
    def store_id(self) -> str:
        return self.keys.store_id

    # ---- opening -------------------------------------------------------------------------
    @staticmethod
    def exists(directory: Path) -> bool:
        return keyfile_path(directory).exists() or db_path(directory).exists()

    @staticmethod
    def users(directory: Path) -> list[str]:
        return Store.load_keys(directory).users()

    @classmethod
    def create(
        cls, directory: Path, user: str, passphrase: str, *, kdf: kf.KdfParams | None = None
    ) -> tuple[Store, str]:
        """A new, empty store at head. Returns it and the recovery key (show it once)."""
        if cls.exists(directory):
            raise StoreExists(f"a store already exists in {directory}")
        keys, db_key, recovery = kf.KeyFile.create(keyfile_path(directory), user, passphrase, kdf)
        directory.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(directory, 0o700)
        engine = make_engine(db_path(directory), db_key)
        try:
            migrate(engine)
            with Session(engine) as session, session.begin():
                session.add_all(
                    [
                        StoreMeta(key="store_id", value=keys.store_id),
                        StoreMeta(key="created_at", value=utcnow()),
                    ]
                )
                session.flush()
                AuditLog(session).append(keys.slots[0].label, "store.create", "store",
                                         keys.store_id)
            with contextlib.suppress(OSError):
                os.chmod(db_path(directory), 0o600)
            keys.save()
        except BaseException:
            engine.dispose()
            for suffix in ("", *DB_SIDE_FILES):
                Path(f"{db_path(directory)}{suffix}").unlink(missing_ok=True)
            raise
        return cls(directory, keys, engine, keys.slot(user) or keys.slots[0], db_key), recovery

    @classmethod
    def load_keys(cls, directory: Path) -> kf.KeyFile:
        if not cls.exists(directory):
            raise StoreMissing(f"no Upfront store in {directory}; run `upfront init` first")
        return kf.KeyFile.load(keyfile_path(directory))

    @classmethod
    def open(cls, directory: Path, passphrase: str, user: str | None = None) -> Store:
        keys = cls.load_keys(directory)
        db_key, slot, _ = keys.unlock(user, passphrase)
        return cls._open_with(directory, keys, db_key, slot)

    @classmethod
    def open_and_remember(cls, directory: Path, passphrase: str, user: str | None = None) -> Store:
        """Open, and keep this slot's KEK in the OS keyring (raises NoKeyringBackend)."""
        if not remember.available():
            raise NoKeyringBackend(remember.NO_BACKEND)
        keys = cls.load_keys(directory)
        db_key, slot, kek = keys.unlock(user, passphrase)
        store = cls._open_with(directory, keys, db_key, slot)
        try:
            remember.remember(keys.store_id, slot.id, kek)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_remembered(cls, directory: Path, user: str) -> Store:
        keys = cls.load_keys(directory)
        slot = keys.slot(user)
        kek = remember.recall(keys.store_id, slot.id) if slot else None
        if slot is None or kek is None:
            raise AccessDenied(f"{user!r} is not remembered on this device; enter the passphrase")
        try:
            db_key = keys.unwrap(slot, kek)
        except AccessDenied:
            remember.forget(keys.store_id, slot.id)  # stale after a passphrase change
            raise AccessDenied(
                "the remembered key no longer opens the store; enter the passphrase"
            ) from None
        return cls._open_with(directory, keys, db_key, slot)

    @classmethod
    def open_with_recovery(cls, directory: Path, recovery_key: str) -> Store:
        keys = cls.load_keys(directory)
        db_key = keys.unlock_recovery(recovery_key)
        slot = next(s for s in keys.slots if s.kind == kf.RECOVERY_SLOT)
        return cls._open_with(directory, keys, db_key, slot)

    @classmethod
    def _open_with(cls, directory: Path, keys: kf.KeyFile, db_key: bytes, slot: kf.Slot) -> Store:
        path = db_path(directory)
        if not path.exists():
            raise NotOurDatabase(f"the key file is here but the database {path} is missing")
        engine = make_engine(path, db_key)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            migrate(engine)
            with Session(engine) as session:
                stored_id = session.scalar(
                    select(StoreMeta.value).where(StoreMeta.key == "store_id")
                )
        except exc.DatabaseError as error:
            engine.dispose()
            raise NotOurDatabase(
                f"{path} cannot be opened with this store's key: it is not an Upfront database, "
                "it belongs to another key file, or it is damaged"
            ) from _without_statement(error)
        except BaseException:
            engine.dispose()
            raise
        if stored_id != keys.store_id:
            engine.dispose()
            raise NotOurDatabase(f"{path} belongs to another Upfront store than its key file")
        return cls(directory, keys, engine, slot, db_key)

    def close(self) -> None:
        """Close the database. A closed store refuses new work, so a worker still running
        (a sync cut short by Lock) cannot quietly reopen the records."""
        self.closed = True
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- working -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole."""
        self._check_open()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def _check_open(self) -> None:
        if self.closed:
            raise StoreClosed("the store is locked; unlock it again to go on")

    def session(self) -> Session:
        self._check_open()
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def bulk_reads(self) -> Iterator[None]:
        """A larger page cache while every record is read chunk by chunk (an export). Such a
        read goes in date order, not page order, so each page of a child table is wanted by
        many chunks; with the normal cache the same pages were decrypted again and again.
        Sessions opened inside take the larger cache; the next ones after give it back."""
        cache = _CACHES[self.engine]
        cache.bulk += 1
        try:
            yield
        finally:
            cache.bulk -= 1

    def change_passphrase(self, old: str, new: str) -> None:
        """Only the key file changes; a remembered key for this slot is forgotten."""
        self.slot = self.keys.change_secret(self.user, old, new)
        remember.forget(self.store_id, self.slot.id)

    def add_user(self, label: str, passphrase: str) -> None:
        """Give another member of staff a slot of their own on this device."""
        self.keys.add_user(self._db_key, label, passphrase)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def cipher_version(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())


def _without_statement(error: exc.DBAPIError) -> Exception:
    """The driver's error alone: SQLAlchemy's wrapper would repeat the SQL and its parameters."""
    return error.orig if isinstance(error.orig, Exception) else Exception(str(error))


def wipe(directory: Path) -> list[Path]:
    """Emergency wipe (crypto-erase): destroy the key slots, then the database files.

    Without the key file no copy of the database can be opened. Works without a passphrase.
    Returns the files removed.
    """
    removed: list[Path] = []
    kpath = keyfile_path(directory)
    try:
        keys: kf.KeyFile | None = kf.KeyFile.load(kpath)
    except KeyFileError:
        keys = None
    if kpath.exists():
        kf.destroy(kpath)
        removed.append(kpath)
    if keys is not None:
        for slot in keys.slots:
            remember.forget(keys.store_id, slot.id)
    for path in [Path(f"{db_path(directory)}{suffix}") for suffix in ("", *DB_SIDE_FILES)] + [
        directory / ATTEMPTS_FILENAME
    ]:
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed

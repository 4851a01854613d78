"""The encrypted store: one SQLCipher 4 database per installation, opened with a key from the key
file, migrated to the current schema on open.

The database key is random and raw (`PRAGMA key = "x'…'"`), so SQLCipher's own PBKDF2 is
skipped: the slow, memory-hard derivation is Argon2id in the key file. Temporary tables and
sort spills stay in memory so no plaintext reaches a temp file.

Everyone who opens the store holds a shared lock on `.upfront.lock` in the data directory
(flock; none on systems without it) for as long as it stays open; a key rotation
(`Store.rekey`, `Store.remove_user`) holds it exclusively, so no other process or window has
the database open while its file is replaced.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import secrets
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, exc, select
from sqlalchemy.engine import URL
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from app import changes as ch
from app import keyfile as kf
from app import logs, remember
from app.attempts import FILENAME as ATTEMPTS_FILENAME
from app.audit import AuditLog
from app.clock import utcnow
from app.errors import (
    AccessDenied,
    BadInput,
    KeyFileError,
    NoKeyringBackend,
    NotOurDatabase,
    SchemaTooNew,
    StoreClosed,
    StoreExists,
    StoreMissing,
    UpfrontError,
    WrongPassphrase,
)
from app.models import StoreMeta
from app.paths import db_path, keyfile_path
from app.schema.revision import alembic_config

log = logging.getLogger(__name__)
DB_SIDE_FILES = ("-wal", "-shm", "-journal")
REKEY_SUFFIX = ".rekey"  # upfront.db.rekey: the copy under the new key, before the swap
LOCK_FILENAME = ".upfront.lock"
LOCK_WAIT_SECONDS = 300.0

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks between processes
    fcntl = None  # type: ignore[assignment]


class StoreBusy(UpfrontError):
    """Another Upfront process or window has the store open (or is re-keying it)."""


class StoreLock:
    """The data directory's lock file: shared while a store is open, exclusive while its key
    rotates. One per Store; flock locks belong to the open file, so two stores opened in one
    process exclude each other as two processes do."""

    def __init__(self, directory: Path) -> None:
        self._file = open(directory / LOCK_FILENAME, "a+b")  # held open
        with contextlib.suppress(OSError):
            os.chmod(directory / LOCK_FILENAME, 0o600)

    def _try(self, mode: int) -> bool:
        if fcntl is None or self._file.closed:
            return True
        try:
            fcntl.flock(self._file.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def shared(self, wait: float = LOCK_WAIT_SECONDS) -> None:
        deadline = time.monotonic() + wait
        while not self._try(fcntl.LOCK_SH if fcntl else 0):
            if time.monotonic() > deadline:
                raise StoreBusy(
                    "the store's key is being changed by another Upfront process "
                    "and it is taking too long; try again later"
                )
            time.sleep(0.05)

    def try_exclusive(self) -> bool:
        """Exclusive at once or not at all. On Linux a failed upgrade may drop the shared lock
        held: the caller takes `shared()` again."""
        return self._try(fcntl.LOCK_EX if fcntl else 0)

    def release(self) -> None:
        if not self._file.closed:
            self._file.close()  # closing drops the lock


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


def make_engine(path: Path, db_key: bytes | None) -> Engine:
    """An engine on the store file. db_key None gives a plain, unencrypted file through the
    same SQLite build (the benchmark's baseline: only the encryption differs)."""
    if db_key is None:
        import sqlcipher3

        engine = create_engine(
            URL.create("sqlite+pysqlite", database=str(path)), module=sqlcipher3.dbapi2
        )
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
    head = script.get_current_head()
    if current == head:
        log.info("store schema %s: current", current)
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("store migrated from schema %s to %s", current or "(empty)", head)


class Store:
    """An unlocked store. `user` is the key slot's label: the actor in history and audit."""

    def __init__(
        self,
        directory: Path,
        keys: kf.KeyFile,
        engine: Engine,
        slot: kf.Slot,
        db_key: bytes,
        *,
        lock: StoreLock | None = None,
        generation: int | None = None,
    ):
        self._db_key = db_key
        self.directory = directory
        self.keys = keys
        self.engine = engine
        self.slot = slot
        self.closed = False
        self.generation = keys.generation if generation is None else generation
        self._lock = lock
        self.changes = ch.Publisher()  # what each committed transaction changed

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
        lock = StoreLock(directory)
        lock.shared()
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
                AuditLog(session).append(
                    keys.slots[0].label, "store.create", "store", keys.store_id
                )
            with contextlib.suppress(OSError):
                os.chmod(db_path(directory), 0o600)
            keys.save()
        except BaseException:
            engine.dispose()
            lock.release()
            for suffix in ("", *DB_SIDE_FILES):
                Path(f"{db_path(directory)}{suffix}").unlink(missing_ok=True)
            raise
        return cls(
            directory, keys, engine, keys.slot(user) or keys.slots[0], db_key, lock=lock
        ), recovery

    @classmethod
    def load_keys(cls, directory: Path) -> kf.KeyFile:
        if not cls.exists(directory):
            raise StoreMissing(f"no Upfront store in {directory}; run `upfront init` first")
        return kf.KeyFile.load(keyfile_path(directory))

    @classmethod
    def open(cls, directory: Path, passphrase: str, user: str | None = None) -> Store:
        keys = cls.load_keys(directory)
        unlocked = keys.unlock(user, passphrase)
        return cls._open_slot(directory, unlocked.slot.id, unlocked.kek)

    @classmethod
    def open_and_remember(cls, directory: Path, passphrase: str, user: str | None = None) -> Store:
        """Open, and keep this slot's KEK in the OS keyring (raises NoKeyringBackend)."""
        if not remember.available():
            raise NoKeyringBackend(remember.NO_BACKEND)
        keys = cls.load_keys(directory)
        _db_key, slot, kek = keys.unlock(user, passphrase)
        store = cls._open_slot(directory, slot.id, kek)
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
            return cls._open_slot(directory, slot.id, kek)
        except AccessDenied:
            remember.forget(keys.store_id, slot.id)  # stale after a passphrase change
            raise AccessDenied(
                "the remembered key no longer opens the store; enter the passphrase"
            ) from None

    @classmethod
    def open_with_recovery(cls, directory: Path, recovery_key: str) -> Store:
        keys = cls.load_keys(directory)
        slot, kek, _ = keys.open_recovery(recovery_key)
        return cls._open_slot(directory, slot.id, kek)

    @classmethod
    def _open_slot(cls, directory: Path, slot_id: str, kek: bytes) -> Store:
        """Open with one slot's KEK, under the directory's lock.

        Whoever opens the store while nobody else has it open (the lock is free to take
        exclusively) also tidies up after a process killed mid-way: it destroys temporary key
        files, finishes or rolls back a key rotation (see `rekey`) and, if a rotation was
        rolled back, runs it again. Whoever shares the store with others only reads the key
        file and takes whichever of the keys it holds opens the database.
        """
        lock = StoreLock(directory)
        try:
            for _attempt in range(5):
                exclusive = lock.try_exclusive()
                if not exclusive:
                    lock.shared()
                store = cls._open_locked(directory, slot_id, kek, lock, exclusive)
                if not exclusive:
                    return store
                lock.shared()  # not atomic on Linux: check nobody re-keyed in between
                if store._in_force():
                    return store
                store.engine.dispose()
            raise StoreBusy("the store's key kept changing while it was being opened; try again")
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(
        cls, directory: Path, slot_id: str, kek: bytes, lock: StoreLock, exclusive: bool
    ) -> Store:
        keys = cls.load_keys(directory)  # again: read under the lock
        if exclusive:
            kf.destroy_leftovers(directory)
        slot = keys.slot_by_id(slot_id)
        if slot is None:
            raise WrongPassphrase()
        known = keys.open_slot(slot, kek)
        if slot.legacy:
            slot = keys.upgrade_slot(slot, kek, known)
            keys.save()
        path = db_path(directory)
        if not path.exists():
            raise NotOurDatabase(f"the key file is here but the database {path} is missing")
        if keys.pending is not None:
            generation = (
                _settle(directory, keys, known) if exclusive else _in_force(path, keys, known)
            )
        else:
            generation = keys.generation
            if exclusive:
                _remove_rekey_files(directory)
        if generation not in known:
            raise KeyFileError(f"key file {keys.path}: this key slot lacks the current key")
        store = cls._open_with(
            directory, keys, known[generation], slot, lock=lock, generation=generation
        )
        if exclusive and keys.rekey_due and keys.pending is None:
            # a rotation was cut short and rolled back: run it again, or leave it due
            with contextlib.suppress(UpfrontError, OSError, sqlcipher3.Error, exc.DBAPIError):
                store._rotate()
        return store

    @classmethod
    def _open_with(
        cls,
        directory: Path,
        keys: kf.KeyFile,
        db_key: bytes,
        slot: kf.Slot,
        *,
        lock: StoreLock | None = None,
        generation: int | None = None,
    ) -> Store:
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
        log.info(
            "store opened (key generation %d)",
            keys.generation if generation is None else generation,
        )
        return cls(directory, keys, engine, slot, db_key, lock=lock, generation=generation)

    def close(self) -> None:
        """Close the database. A closed store refuses new work, so a worker still running
        (a sync cut short by Lock) cannot quietly reopen the records."""
        self.closed = True
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- working -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole. What it noted as changed
        (app.changes.note) is published on `changes` once it has committed."""
        self._check_open()
        with Session(self.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session
            committed = ch.take(session)
        self.changes.publish(committed)

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
        self.keys.add_user({self.generation: self._db_key}, label, passphrase)

    # ---- key rotation --------------------------------------------------------------------
    def rekey(self, recovery_key: str | None = None) -> None:
        """Replace the database key with a new random one, sealed to every slot; the old key
        then opens nothing but copies taken before. `recovery_key` is needed only while the
        recovery slot predates rotation (it is converted on the way). Needs the store to
        itself: StoreBusy if another process or window has it open."""
        self._check_open()
        with self._exclusively():
            self._rotate(recovery_key=recovery_key)

    def remove_user(self, label: str, recovery_key: str | None = None) -> None:
        """Remove a user's slot and rotate the key in the same step, so that an old copy of
        the key file with that slot no longer opens the database."""
        self._check_open()
        copy.deepcopy(self.keys).remove_user(label)  # bad input first, even if busy
        with self._exclusively():
            removed: list[kf.Slot] = []
            self._rotate(
                recovery_key=recovery_key, edit=lambda keys: removed.append(keys.remove_user(label))
            )
        remember.forget(self.store_id, removed[0].id)

    @contextlib.contextmanager
    def _exclusively(self) -> Iterator[None]:
        lock = self._lock
        if lock is None:  # a store made by hand (the benchmark's baseline)
            yield
            return
        if not lock.try_exclusive():
            lock.shared()
            self._still_in_force()
            raise StoreBusy(
                "the store is open in another Upfront window or command; close it "
                "there and try again (nothing was changed)"
            )
        try:
            yield
        finally:
            lock.shared()
            self._still_in_force()

    def _in_force(self) -> bool:
        """Whether this store's key is still the one in force (the key file says so, or
        while a rotation is pending, the database)."""
        try:
            keys = kf.KeyFile.load(keyfile_path(self.directory))
        except KeyFileError:
            return False
        if keys.pending is None:
            return keys.generation == self.generation
        return _opens(db_path(self.directory), self._db_key, self.store_id)

    def _still_in_force(self) -> None:
        """After the lock was let go for an instant: if someone re-keyed meanwhile, this
        store's key and connections are stale; close it rather than write to a lost file."""
        if not self._in_force():
            self.close()
            raise StoreClosed(
                "the store's key was changed by another Upfront process; unlock it again"
            )

    def _rotate(
        self, recovery_key: str | None = None, edit: Callable[[kf.KeyFile], object] | None = None
    ) -> None:
        """Rotate the database key. Runs with the lock held exclusively.

        The database (in WAL mode) and the key file cannot be switched in one step, and an
        in-place `PRAGMA rekey` rewrites pages one by one, so:

        1. the key file gains the new key, sealed to every slot as the *pending* generation
           beside the current one (atomic replace of the file);
        2. `sqlcipher_export` copies the database into `upfront.db.rekey` under the new key,
           in one transaction, and the row count of every table is compared;
        3. the old database's WAL is checkpointed into it and its connections closed, so no
           WAL is left to be read against the new file;
        4. the copy is renamed over `upfront.db` (atomic) and the directory synced;
        5. the key file drops the old key from every slot and makes the new one current.

        A kill at any instant leaves one complete database, opened by exactly one of the two
        keys the key file holds: before step 4 the old one (the copy is incomplete or unused),
        from step 4 on the new one. Whoever opens the store next with it to itself (see
        `_open_slot`) tries both, finishes (step 5) or rolls back (removes the copy, drops the
        pending key) and, after a roll-back, rotates again. Nothing committed is lost: the
        copy is taken inside a write transaction and nobody else has the database open.
        Copies of both files taken before the rotation still open with the keys of then.
        """
        directory, path = self.directory, db_path(self.directory)
        keys = kf.KeyFile.load(keyfile_path(directory))  # others may have saved slots since
        if keys.store_id != self.store_id:
            raise NotOurDatabase("the key file was replaced by another store's")
        known = {self.generation: self._db_key}
        self.engine.dispose()
        try:
            if keys.pending is not None:  # a rotation killed earlier, seen while shared
                _settle(directory, keys, known)
            if keys.generation != self.generation:
                raise StoreClosed(
                    "the store's key was changed by another Upfront process; unlock it again"
                )
            if recovery_key is not None and keys.recovery_slot().legacy:
                slot, kek, opened = keys.open_recovery(recovery_key)
                if opened.get(keys.generation) != self._db_key:
                    raise BadInput("recovery key", "does not belong to this store's key")
                keys.upgrade_slot(slot, kek, opened)
            if edit is not None:
                edit(keys)
            new_key = secrets.token_bytes(kf.KEY_BYTES)
            pending = keys.begin_rotation(new_key)  # step 1 (refuses legacy slots: nothing changed)
            known[pending] = new_key
            self.keys = keys
            try:
                _export(path, self._db_key, _rekey_path(directory), new_key)  # step 2
                _checkpoint_and_close(path, self._db_key)  # step 3
                os.replace(_rekey_path(directory), path)  # step 4
            except BaseException:
                _settle(directory, keys, known)  # on the old key, unless step 4 was done
                raise
            kf._fsync_dir(directory)
            keys.finish_rotation()  # step 5
            log.info("database key rotated: generation %d", keys.generation)
        finally:
            generation = keys.generation if keys.pending is None else _in_force(path, keys, known)
            self.generation, self._db_key = generation, known[generation]
            self.engine = make_engine(path, self._db_key)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def cipher_version(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())


def _without_statement(error: exc.DBAPIError) -> Exception:
    """The driver's error alone: SQLAlchemy's wrapper would repeat the SQL and its parameters."""
    return error.orig if isinstance(error.orig, Exception) else Exception(str(error))


def _rekey_path(directory: Path) -> Path:
    return Path(f"{db_path(directory)}{REKEY_SUFFIX}")


def _rekey_files(directory: Path) -> list[Path]:
    return [Path(f"{_rekey_path(directory)}{suffix}") for suffix in ("", *DB_SIDE_FILES)]


def _remove_rekey_files(directory: Path) -> None:
    for path in _rekey_files(directory):
        path.unlink(missing_ok=True)


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


@contextlib.contextmanager
def _quiet_cipher() -> Iterator[None]:
    """SQLCipher logs every page that fails its HMAC; trying a key that is not in force is
    expected here, so its log stays quiet for the trial."""
    conn = sqlcipher3.connect(":memory:")
    try:
        level = conn.execute("PRAGMA cipher_log_level").fetchone()[0]
        conn.execute("PRAGMA cipher_log_level = NONE")
        yield
    finally:
        with contextlib.suppress(Exception):
            conn.execute(f"PRAGMA cipher_log_level = {level}")
        conn.close()


def _opens(path: Path, key: bytes, store_id: str) -> bool:
    """Whether `key` opens the database at `path` and it is this store's. Reads only."""
    if not path.exists():
        return False
    with _quiet_cipher():
        try:
            conn = _connect(path, key)
        except sqlcipher3.Error:
            return False
        try:
            row = conn.execute("SELECT value FROM store_meta WHERE key = 'store_id'").fetchone()
        except sqlcipher3.Error:
            return False
        finally:
            conn.close()
    return row is not None and row[0] == store_id


def _in_force(path: Path, keys: kf.KeyFile, known: dict[int, bytes]) -> int:
    """The generation whose key opens the database (the newest first)."""
    for generation in sorted(known, reverse=True):
        if _opens(path, known[generation], keys.store_id):
            return generation
    raise NotOurDatabase(
        f"{path} cannot be opened with this store's key: it is not an Upfront database, it "
        "belongs to another key file, or it is damaged"
    )


def _settle(directory: Path, keys: kf.KeyFile, known: dict[int, bytes]) -> int:
    """With the lock held exclusively: end an interrupted rotation the way the database
    says (finished if it is under the pending key, rolled back if under the current one) and
    remove a leftover copy. Returns the generation in force."""
    path = db_path(directory)
    generation = _in_force(path, keys, known)
    _remove_rekey_files(directory)
    if keys.pending is not None:
        if generation == keys.pending:
            keys.finish_rotation()
        else:
            keys.abandon_rotation()
    return generation


def _export(source: Path, key: bytes, target: Path, new_key: bytes) -> None:
    """A complete copy of the database under `new_key`, in one transaction; every table's
    row count compared. The copy is in rollback-journal mode (no WAL to leave behind) and
    synced; the store puts it back in WAL mode when it next connects."""
    for path in _rekey_files(target.parent):
        path.unlink(missing_ok=True)
    conn = _connect(source, key)
    try:
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{new_key.hex()}'"))
        conn.execute("PRAGMA rekeyed.synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute(f"PRAGMA rekeyed.user_version = {version}")
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"
                )
            ]
            for table in tables:
                quoted = '"' + table.replace('"', '""') + '"'
                a, b = conn.execute(
                    f"SELECT (SELECT count(*) FROM main.{quoted}), "
                    f"(SELECT count(*) FROM rekeyed.{quoted})"
                ).fetchone()
                if a != b:
                    raise UpfrontError(
                        "the copy under the new key came out incomplete; the "
                        "store was left under its current key"
                    )
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(target, 0o600)


def _checkpoint_and_close(path: Path, key: bytes) -> None:
    """Fold the WAL into the database and close the last connection, which removes the WAL:
    a WAL left next to the new file would be read as that file's. Refuses if one stays."""
    conn = _connect(path, key)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise StoreBusy("the database is still in use elsewhere; its key was not changed")
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def wipe(directory: Path) -> list[Path]:
    """Emergency wipe (crypto-erase): destroy the key slots, then the database files.

    Destroys keys.json and every temporary key file a killed writer may have left (each is
    a complete key file). Without them no copy of the database can be opened. Works without
    a passphrase. Returns the files removed.
    """
    removed: list[Path] = []
    kpath = keyfile_path(directory)
    keys: kf.KeyFile | None = None
    refused: KeyFileError | None = None
    if kpath.is_file() and not kpath.is_symlink():  # never open a pipe or follow a link
        try:
            keys = kf.KeyFile.load(kpath)
        except (KeyFileError, OSError, ValueError):
            keys = None
    if os.path.lexists(kpath):
        try:
            kf.destroy(kpath)
            removed.append(kpath)
        except KeyFileError as err:  # a folder or a pipe by that name: the rest still goes
            refused = err
    if directory.is_dir():
        removed.extend(kf.destroy_leftovers(directory))
    if keys is not None:
        for slot in keys.slots:
            remember.forget(keys.store_id, slot.id)
    logs.stop(directory)  # the log goes too: it says when Upfront was used here
    for path in [Path(f"{db_path(directory)}{suffix}") for suffix in ("", *DB_SIDE_FILES)] + [
        *_rekey_files(directory),
        directory / ATTEMPTS_FILENAME,
        directory / LOCK_FILENAME,
        *logs.log_files(directory),
    ]:
        if path.exists():
            path.unlink()
            removed.append(path)
    if refused is not None:
        raise BadInput(
            str(kpath),
            f"is not a regular file, so it holds no key; left as it is "
            f"(everything else was wiped: {len(removed)} file(s))",
        )
    return removed

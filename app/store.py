"""The encrypted store: one SQLCipher 4 database per installation, opened with a key from the key
file, migrated to the current schema on open (the engine and its pragmas: app.engine).

Everyone who opens the store holds a shared lock on the data directory's lock file
(app.store_lock) for as long as it stays open; a key rotation (`Store.rekey`,
`Store.remove_user`; the steps: app.rotation) holds it exclusively, so no other process or
window has the database open while its file is replaced. The emergency wipe is app.wipe.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, exc, select
from sqlalchemy.orm import Session

from app import changes as ch
from app import keyfile as kf
from app import remember
from app.audit import AuditLog
from app.clock import utcnow
from app.engine import (
    DB_SIDE_FILES,
    bulk_reads,
    close_engine,
    make_engine,
    migrate,
    schema_revision,
)
from app.errors import (
    AccessDenied,
    KeyFileError,
    NoKeyringBackend,
    NotOurDatabase,
    StoreClosed,
    StoreExists,
    StoreMissing,
    UpfrontError,
    WrongPassphrase,
)
from app.models import StoreMeta
from app.paths import db_path, keyfile_path
from app.progress import Progress
from app.rotation import Rotation, generation_in_force, opens, remove_rekey_files, settle
from app.store_lock import StoreBusy, StoreLock

log = logging.getLogger(__name__)


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
            raise StoreMissing(
                f"no Upfront store in {directory}", hint="`upfront init` creates one"
            )
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
                settle(directory, keys, known)
                if exclusive
                else generation_in_force(path, keys, known)
            )
        else:
            generation = keys.generation
            if exclusive:
                remove_rekey_files(directory)
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
        close_engine(self.engine)
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
        with bulk_reads(self.engine):
            yield

    def change_passphrase(self, old: str, new: str) -> None:
        """Only the key file changes; a remembered key for this slot is forgotten."""
        self._reload_keys()
        self.slot = self.keys.change_secret(self.user, old, new)
        remember.forget(self.store_id, self.slot.id)

    def add_user(self, label: str, passphrase: str) -> None:
        """Give another member of staff a slot of their own on this device."""
        self._reload_keys()
        self.keys.add_user({self.generation: self._db_key}, label, passphrase)

    def _reload_keys(self) -> None:
        """The key file as it is now, before one slot of it is changed and the whole file
        saved: a window stays open for hours, and another window or command may have added a
        user or changed a passphrase meanwhile (saving the copy read at unlock would undo
        that). Its key cannot have changed: a rotation needs the store to itself."""
        self._check_open()
        keys = kf.KeyFile.load(keyfile_path(self.directory))
        if keys.store_id != self.store_id:
            raise NotOurDatabase("the key file was replaced by another store's")
        self.keys = keys

    # ---- key rotation --------------------------------------------------------------------
    def rekey(self, recovery_key: str | None = None, progress: Progress | None = None) -> None:
        """Replace the database key with a new random one, sealed to every slot; the old key
        then opens nothing but copies taken before. `recovery_key` is needed only while the
        recovery slot predates rotation (it is converted on the way). Needs the store to
        itself: StoreBusy if another process or window has it open. `progress` may cancel
        it until the copy is put in place (app.rotation.Rotation.run)."""
        self._check_open()
        with self._exclusively():
            self._rotate(recovery_key=recovery_key, progress=progress)

    def remove_user(
        self, label: str, recovery_key: str | None = None, progress: Progress | None = None
    ) -> None:
        """Remove a user's slot and rotate the key in the same step, so that an old copy of
        the key file with that slot no longer opens the database."""
        self._check_open()
        copy.deepcopy(self.keys).remove_user(label)  # bad input first, even if busy
        with self._exclusively():
            removed: list[kf.Slot] = []
            self._rotate(
                recovery_key=recovery_key,
                edit=lambda keys: removed.append(keys.remove_user(label)),
                progress=progress,
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
        return opens(db_path(self.directory), self._db_key, self.store_id)

    def _still_in_force(self) -> None:
        """After the lock was let go for an instant: if someone re-keyed meanwhile, this
        store's key and connections are stale; close it rather than write to a lost file."""
        if not self._in_force():
            self.close()
            raise StoreClosed(
                "the store's key was changed by another Upfront process; unlock it again"
            )

    def _rotate(
        self,
        recovery_key: str | None = None,
        edit: Callable[[kf.KeyFile], object] | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Rotate the database key (the steps, and why a kill at any instant loses nothing:
        app.rotation.Rotation). Runs with the lock held exclusively; the store then goes on
        under whichever key is in force, the new one unless the rotation failed."""
        rotation = Rotation(self.directory, self.store_id, self.generation, self._db_key)
        close_engine(self.engine)
        try:
            rotation.run(recovery_key, edit, progress)
        finally:
            if rotation.begun:
                self.keys = rotation.keys
            self.generation, self._db_key = rotation.in_force()
            self.engine = make_engine(db_path(self.directory), self._db_key)

    def schema_revision(self) -> str | None:
        return schema_revision(self.engine)

    def cipher_version(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA cipher_version").scalar())


def _without_statement(error: exc.DBAPIError) -> Exception:
    """The driver's error alone: SQLAlchemy's wrapper would repeat the SQL and its parameters."""
    return error.orig if isinstance(error.orig, Exception) else Exception(str(error))

"""Rotation of the store's database key (`Store.rekey`, `Store.remove_user`): the copy of the
database under the new key (`sqlcipher_export`), the swap of the files, and on the next open
finishing or rolling back a rotation that a killed process left half done.

Everything here runs with the data directory's lock held exclusively (app.store_lock), except
`opens` and `generation_in_force`, which only read.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

from app import keyfile as kf
from app.engine import DB_SIDE_FILES
from app.errors import BadInput, Cancelled, NotOurDatabase, StoreClosed, UpfrontError
from app.files import fsync_dir
from app.paths import db_path, keyfile_path
from app.progress import REKEY_SWAP, REMOVE_USER, Progress, or_silent
from app.store_lock import StoreBusy

log = logging.getLogger(__name__)
REKEY_SUFFIX = ".rekey"  # upfront.db.rekey: the copy under the new key, before the swap


class Rotation:
    """One rotation of the database key of the store in `directory`, whose key of generation
    `generation` is `db_key`. Runs with the lock held exclusively.

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
    `Store._open_slot`) tries both, finishes (step 5) or rolls back (removes the copy, drops
    the pending key) and, after a roll-back, rotates again. Nothing committed is lost: the
    copy is taken inside a write transaction and nobody else has the database open.
    Copies of both files taken before the rotation still open with the keys of then.
    """

    def __init__(self, directory: Path, store_id: str, generation: int, db_key: bytes) -> None:
        self.directory = directory
        self.keys = kf.KeyFile.load(keyfile_path(directory))  # others may have saved slots since
        if self.keys.store_id != store_id:
            raise NotOurDatabase("the key file was replaced by another store's")
        self.generation = generation
        self.known = {generation: db_key}
        self.begun = False  # step 1 done: the key file holds the new key as pending

    def run(
        self,
        recovery_key: str | None = None,
        edit: Callable[[kf.KeyFile], object] | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Rotate. The store's engine must be disposed of first. `recovery_key` converts a
        recovery slot that predates rotation; `edit` changes the key file's slots in the
        same step (a user removed). `progress` may cancel it until step 4 (rolled back as a
        failure is: `settle`); from step 4 on it finishes (`point_of_no_return`)."""
        progress = or_silent(progress)
        progress.step(0, 4, "rekey")
        directory, path = self.directory, db_path(self.directory)
        keys, known = self.keys, self.known
        db_key = known[self.generation]
        if keys.pending is not None:  # a rotation killed earlier, seen while shared
            settle(directory, keys, known)
        if keys.generation != self.generation:
            raise StoreClosed(
                "the store's key was changed by another Upfront process; unlock it again"
            )
        if recovery_key is not None and keys.recovery_slot().legacy:
            slot, kek, opened = keys.open_recovery(recovery_key)
            if opened.get(keys.generation) != db_key:
                raise BadInput("recovery key", "does not belong to this store's key")
            keys.upgrade_slot(slot, kek, opened)
        if edit is not None:
            # the slot's removal is saved with step 1 and cannot be taken back after
            progress.point_of_no_return(REMOVE_USER)
            edit(keys)
        due = keys.rekey_due
        new_key = secrets.token_bytes(kf.KEY_BYTES)
        pending = keys.begin_rotation(new_key)  # step 1 (refuses legacy slots: nothing changed)
        known[pending] = new_key
        self.begun = True
        try:
            progress.step(1, 4, "rekey")
            _export(path, db_key, rekey_path(directory), new_key)  # step 2
            progress.step(2, 4, "rekey")
            _checkpoint_and_close(path, db_key)  # step 3
            progress.point_of_no_return(REKEY_SWAP)  # a cancel asked until now stops here
            os.replace(rekey_path(directory), path)  # step 4
        except BaseException as err:
            settle(directory, keys, known)  # on the old key, unless step 4 was done
            if isinstance(err, Cancelled) and keys.rekey_due != due:
                keys.rekey_due = due  # a person's cancel: not due on the next open
                keys.save()
            raise
        progress.step(3, 4, "swap")
        fsync_dir(directory)
        keys.finish_rotation()  # step 5
        progress.step(4, 4, "swap")
        log.info("database key rotated: generation %d", keys.generation)

    def in_force(self) -> tuple[int, bytes]:
        """The generation in force after the run, finished or not, and its key."""
        keys = self.keys
        generation = (
            keys.generation
            if keys.pending is None
            else generation_in_force(db_path(self.directory), keys, self.known)
        )
        return generation, self.known[generation]


def rekey_path(directory: Path) -> Path:
    return Path(f"{db_path(directory)}{REKEY_SUFFIX}")


def rekey_files(directory: Path) -> list[Path]:
    """The copy under the new key and its side files: left behind only by a killed rotation."""
    return [Path(f"{rekey_path(directory)}{suffix}") for suffix in ("", *DB_SIDE_FILES)]


def remove_rekey_files(directory: Path) -> None:
    for path in rekey_files(directory):
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


def opens(path: Path, key: bytes, store_id: str) -> bool:
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


def generation_in_force(path: Path, keys: kf.KeyFile, known: dict[int, bytes]) -> int:
    """The generation whose key opens the database (the newest first)."""
    for generation in sorted(known, reverse=True):
        if opens(path, known[generation], keys.store_id):
            return generation
    raise NotOurDatabase(
        f"{path} cannot be opened with this store's key: it is not an Upfront database, it "
        "belongs to another key file, or it is damaged"
    )


def settle(directory: Path, keys: kf.KeyFile, known: dict[int, bytes]) -> int:
    """With the lock held exclusively: end an interrupted rotation the way the database
    says (finished if it is under the pending key, rolled back if under the current one) and
    remove a leftover copy. Returns the generation in force."""
    path = db_path(directory)
    generation = generation_in_force(path, keys, known)
    remove_rekey_files(directory)
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
    for path in rekey_files(target.parent):
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

"""The emergency wipe (crypto-erase) of a data directory: the key file first, then the
database, the copies a rotation or a killed writer left, the unlock delay, the lock and the
log. Needs no passphrase, so it works on a store nobody can open.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import keyfile as kf
from app import logs, remember
from app.attempts import FILENAME as ATTEMPTS_FILENAME
from app.engine import DB_SIDE_FILES
from app.errors import BadInput, KeyFileError
from app.paths import db_path, keyfile_path
from app.rotation import rekey_files
from app.store_lock import LOCK_FILENAME


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
        *rekey_files(directory),
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

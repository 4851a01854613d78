"""The data directory's lock file, `.upfront.lock`: everyone who opens the store holds it shared
(flock; none on systems without it) for as long as it stays open; a key rotation
(`Store.rekey`, `Store.remove_user`) holds it exclusively, so no other process or window has
the database open while its file is replaced.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from app.errors import UpfrontError

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

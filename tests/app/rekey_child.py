"""Fork server for the rekey kill loop (tests/app/test_rekey.py).

Imports everything once, then for each line `go DATA_DIR OUT_FILE` on stdin forks a worker
and prints its pid. The worker opens the store, then over and over adds an incident (writing
its id to OUT_FILE once committed) and rotates the database key, until the test kills it with
SIGKILL. Forking from an imported process makes each worker ready in milliseconds instead of
the second or so a fresh interpreter needs, so 50 kills stay cheap.

OUT_FILE gets one line per event: `ready` once the store is open, an incident's id once it is
committed, `begin T` once a rotation's pending key is saved in the key file and `end T` just
before the key file makes it current (T: time.monotonic(), the same clock in every process).
Between a `begin` and the `end` after it the key file holds a pending rotation, so the test
can aim kills inside a rotation whatever the speed of the machine.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import TextIO

from app.incidents import Incidents
from app.keyfile import KeyFile
from app.store import Store
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc


def report_rotations(events: TextIO) -> None:
    """In this (forked) worker only: write `begin T` / `end T` to `events` around the span in
    which the key file on disk says a rotation is pending. Observes; changes nothing."""
    begin, finish = KeyFile.begin_rotation, KeyFile.finish_rotation

    def begin_rotation(self: KeyFile, new_key: bytes) -> int:
        pending = begin(self, new_key)  # saved: the key file now holds the pending key
        events.write(f"begin {time.monotonic():.6f}\n")
        return pending

    def finish_rotation(self: KeyFile) -> None:
        if self.pending is not None:  # still pending on disk until this saves
            events.write(f"end {time.monotonic():.6f}\n")
        finish(self)

    KeyFile.begin_rotation = begin_rotation  # type: ignore[method-assign]
    KeyFile.finish_rotation = finish_rotation  # type: ignore[method-assign]


def work(directory: Path, out: Path) -> None:
    with open(out, "w", buffering=1) as events:
        store = Store.open(directory, PASSPHRASE, "amina")
        incidents = Incidents(store)
        report_rotations(events)
        events.write("ready\n")
        while True:
            events.write(incidents.add(incident_doc(title="Written between rotations")) + "\n")
            store.rekey()


def main() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the kernel
    vocabularies()  # loaded once here rather than in every worker
    print("ready", flush=True)
    for line in sys.stdin:
        _go, directory, out = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                work(Path(directory), Path(out))
            finally:
                os._exit(1)
        print(pid, flush=True)


if __name__ == "__main__":
    main()

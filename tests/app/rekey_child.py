"""Fork server for the rekey kill loop (tests/app/test_rekey.py).

Imports everything once, then for each line `go DATA_DIR OUT_FILE` on stdin forks a worker
and prints its pid. The worker opens the store, then over and over adds an incident (writing
its id to OUT_FILE once committed) and rotates the database key, until the test kills it with
SIGKILL. Forking from an imported process makes each worker ready in milliseconds instead of
the second or so a fresh interpreter needs, so 50 kills stay cheap.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.incidents import Incidents
from app.store import Store
from app.vocab import vocabularies
from tests.app.conftest import PASSPHRASE, incident_doc


def work(directory: Path, out: Path) -> None:
    with open(out, "w", buffering=1) as ids:
        store = Store.open(directory, PASSPHRASE, "amina")
        incidents = Incidents(store)
        ids.write("ready\n")
        while True:
            ids.write(incidents.add(incident_doc(title="Written between rotations")) + "\n")
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

"""Child process of the sync crash tests (test_sync_crash.py): opens an enrolled device store
and, until the parent kills it with SIGKILL, adds, edits and deletes incidents and syncs.

Run as a script (`python crashchild.py DIR IDS_FILE DELETED_FILE SEED BATCH_LIMIT`), with the
passphrase in $UPFRONT_PASSPHRASE and a valid incident document as one JSON line on stdin
(the template it adds). It prints "ready" once the store is open. An id is appended to
IDS_FILE, and fsynced, only after `add` returned (an id in the file is an incident the store
committed); an id goes to DELETED_FILE, fsynced, *before* its deletion is attempted (a record
gone from the store is in DELETED_FILE, or never was in IDS_FILE)."""

from __future__ import annotations

import copy
import json
import os
import random
import sys
import time
from pathlib import Path

from app.errors import NotFound
from app.incidents import Incidents
from app.store import Store
from sync.client import SyncClient, SyncFailed

CHILD_TITLE = "child"


def _append(path: Path, line: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (line + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def incident(template: dict, **overrides) -> dict:
    doc = copy.deepcopy(template)
    doc.update(overrides)
    return doc


def main(directory: Path, ids_file: Path, deleted_file: Path, seed: int, batch_limit: int) -> None:
    rng = random.Random(seed)
    template = json.loads(sys.stdin.readline())
    store = Store.open(directory, os.environ["UPFRONT_PASSPHRASE"])
    incidents = Incidents(store)
    # small batches and pages: one sync is many rounds, so a kill lands inside one often
    client = SyncClient(store, batch_limit=batch_limit, pull_limit=rng.choice([1, 3, 50]))
    print("ready", flush=True)
    n = 0
    while True:
        for _ in range(rng.randint(1, 4)):
            n += 1
            live = [row["id"] for row in incidents.list()]
            roll = rng.random()
            if roll < 0.5 or not live:
                rid = incidents.add(
                    incident(
                        template,
                        title=f"{CHILD_TITLE} {seed}.{n}",
                        narrative=f"Narrative {seed}.{n}",
                    )
                )
                _append(ids_file, rid)
            elif roll < 0.92:
                rid = rng.choice(live)
                change = rng.choice(
                    [
                        {"title": f"{CHILD_TITLE} edited {seed}.{n}"},
                        {"narrative": f"Edited narrative {seed}.{n}"},
                        {"status": rng.choice(["draft", "submitted"])},
                    ]
                )
                try:
                    incidents.edit(rid, change)
                except NotFound:
                    pass  # deleted by a pull since the list was read
            else:
                rid = rng.choice(live)
                _append(deleted_file, rid)
                try:
                    incidents.delete(rid)
                except NotFound:
                    pass
        try:
            client.sync()
        except SyncFailed:
            time.sleep(0.02)


if __name__ == "__main__":
    main(
        Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    )

"""HQ's master key file: a write killed before its end leaves a temporary copy of the key;
HQ sweeps such copies away the next time it loads the key, and leaves alone a write that may
still be running. The kill is real: a child process SIGKILLed inside the write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sync.hq import vault
from sync.hq.vault import MASTER_FILE, STALE_SECONDS, FileMasterKey, load_master

# the child makes a master key and is killed between writing its temporary copy and linking
# it into place (where a crash or a power cut can take any process)
CHILD = r"""
import os, sys
from pathlib import Path
from sync.hq import vault
real_link = os.link
def stop_here(src, dst):
    print("written", flush=True)
    sys.stdin.read()  # the parent kills us here
    real_link(src, dst)
os.link = stop_here
vault.FileMasterKey.create(Path(sys.argv[1]))
"""


def leftovers(path):
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def test_a_key_write_killed_midway_leaves_a_copy_that_the_next_load_sweeps(tmp_path):
    path = tmp_path / MASTER_FILE
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "written"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
    (stale,) = leftovers(path)
    assert not path.exists()
    assert stale.stat().st_mode & 0o777 == 0o600  # HQ's account only, but a key's copy
    made = FileMasterKey.create(path)  # the next start makes the key anew
    fresh = path.with_name(f".{path.name}.0123456789ab.tmp")  # a write still running
    fresh.write_bytes(b"x")
    old = time.time() - STALE_SECONDS - 5
    os.utime(stale, (old, old))
    loaded = load_master(path, lambda: "")
    assert loaded.kid == made.kid
    assert leftovers(path) == [fresh]
    assert vault.sweep_partial(path) == 0  # the running write is left alone

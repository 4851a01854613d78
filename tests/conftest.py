"""Every test keeps its settings in its own temporary config directory, never the user's; and no
test leaves a process behind: a child still running when the session ends (a server, a crash
child, or one of their orphans) is killed, named, and fails the session."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.settings import ENV_CONFIG_DIR

PR_SET_CHILD_SUBREAPER = 36  # <linux/prctl.h>


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))


def run_with_reader_gone(argv: list[str], **popen) -> tuple[int, bytes]:
    """Run a command whose reader closes the pipe before a byte was written (`cmd | head`
    with nothing read): its exit code and what it wrote to stderr."""
    proc = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen
    )
    try:
        proc.stdout.close()  # the reader is gone
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, err


# ---- no process outlives the session ---------------------------------------------------------
def _stat(pid: int) -> tuple[str, str] | None:
    """(state, start time) of a process, or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return fields[0], fields[19]


def child_processes(pid: int) -> dict[int, str]:
    """The running (not zombie) children of `pid`, of every thread: {pid: start time}. Linux
    only (/proc); elsewhere nothing is found and the guard below checks nothing."""
    found: set[int] = set()
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found.update(int(x) for x in children.read_text().split())
    running = {}
    for child in found:
        stat = _stat(child)
        if stat is not None and stat[0] not in ("Z", "X"):
            running[child] = stat[1]
    return running


def describe(pid: int) -> str:
    """What the process runs, without its arguments (they may hold a test passphrase)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return f"pid {pid}"
    words = [Path(argv[0].decode(errors="replace")).name]
    if len(argv) > 1 and argv[1] in (b"-m", b"-c"):
        words.append(argv[1].decode())
        if argv[1] == b"-m" and len(argv) > 2:
            words.append(argv[2].decode(errors="replace"))
    elif len(argv) > 1 and argv[1].endswith(b".py"):
        words.append(argv[1].decode(errors="replace"))
    return f"pid {pid} ({' '.join(words)})"


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for child in child_processes(parent):
            found.append(child)
            todo.append(child)
    return found


def _kill_and_reap(pids: list[int]) -> None:
    for pid in pids:
        for victim in [pid, *_descendants(pid)]:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 10
    waiting = set(pids)
    while waiting and time.monotonic() < deadline:
        for pid in list(waiting):
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:  # reaped by its Popen meanwhile
                done = pid
            if done:
                waiting.discard(pid)
        time.sleep(0.05)


def file_bytes(path: Path) -> bytes:
    """A file's bytes, read by another process (cat). Closing a file descriptor drops every
    POSIX lock this process holds on that file, SQLite's included: a test that read the file
    of a database open in it (or its -wal or -shm) would leave SQLite unlocked, and another
    process opening that database would then reset the -shm this one maps: a bus error."""
    return subprocess.run(
        ["cat", "--", str(path)], capture_output=True, check=True, timeout=60
    ).stdout


class ChildGuard:
    """Children of the test session that are running when it ends. The session becomes a
    subreaper (Linux), so a server's workers orphaned by a kill come back to it and count too."""

    def __init__(self) -> None:
        self.before: dict[int, str] = {}
        self.seen: dict[tuple[int, str], str] = {}  # running child -> the test it outlived
        self.left: list[str] = []

    def start(self) -> None:
        if sys.platform == "linux":
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        self.before = child_processes(os.getpid())

    def after_test(self, nodeid: str) -> None:
        for pid, started in child_processes(os.getpid()).items():
            if self.before.get(pid) != started:
                self.seen.setdefault((pid, started), nodeid)

    def finish(self) -> bool:
        """Kill what is left; True when something was."""
        left = {
            pid: started
            for pid, started in child_processes(os.getpid()).items()
            if self.before.get(pid) != started
        }
        for pid, started in left.items():
            since = self.seen.get((pid, started))
            self.left.append(
                f"{describe(pid)}, "
                + (f"still running after {since}" if since else "started after the last test")
            )
        _kill_and_reap(list(left))
        return bool(left)


_guard = ChildGuard()


def pytest_sessionstart(session: pytest.Session) -> None:
    _guard.start()


def pytest_runtest_logfinish(nodeid: str) -> None:
    _guard.after_test(nodeid)


@pytest.hookimpl(trylast=True)  # after the session's fixtures are torn down
def pytest_sessionfinish(session: pytest.Session) -> None:
    if _guard.finish():
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter) -> None:  # pytest's reporter
    if _guard.left:
        terminalreporter.section("processes the tests left running (killed now)", red=True)
        for line in _guard.left:
            terminalreporter.line(line, red=True)

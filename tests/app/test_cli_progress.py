"""The command line's progress line (app.cli.progress), through a real `upfront` subprocess:
drawn on stderr when stderr is a terminal (a pseudo-terminal here), absent when it is not;
Ctrl+C stops the work with exit code 130 and leaves the store as it was."""

from __future__ import annotations

import csv
import io
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli.progress import Line, terminal_progress, text
from app.incidents import Incidents
from app.progress import Step
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE

PROJECT = Path(__file__).resolve().parents[2]
READ_FOR = 120.0  # seconds at most for a child to finish (a generous bound, never a sleep)


def write_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["title", "occurred_from", "location.country", "violation.type"])
        for i in range(rows):
            w.writerow([f"Shelling number {i} of the road", "2026-10-03", "SYR", "killing"])
    return path


def env_for(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UPFRONT_")}
    env.update(
        UPFRONT_DATA_DIR=str(data_dir),
        UPFRONT_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def count(data_dir: Path) -> int:
    with Store.open(data_dir, PASSPHRASE) as store:
        return Incidents(store).count()


@pytest.fixture
def fresh_store(data_dir: Path) -> Path:
    store, _ = Store.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    store.close()
    return data_dir


class OnTerminal:
    """`upfront ARGS` with its stderr on a pseudo-terminal, stdout on a pipe."""

    def __init__(self, data_dir: Path, *args: str) -> None:
        self.master, slave = os.openpty()
        self.child = subprocess.Popen(
            [sys.executable, "-m", "app.cli", *args],
            cwd=PROJECT,
            env=env_for(data_dir),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=slave,
        )
        os.close(slave)
        self.seen = b""

    def read_until(self, marker: bytes | None) -> bytes:
        """What the terminal showed, until `marker` appears (None: until the child closes
        it). A deadline, not a sleep: it only bounds a child that hangs."""
        deadline = time.monotonic() + READ_FOR
        while marker is None or marker not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"no {marker!r} on the terminal: {self.seen[-300:]!r}"
            ready, _, _ = select.select([self.master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                assert marker is None, f"ended without {marker!r}: {self.seen[-300:]!r}"
                break
            self.seen += chunk
        return self.seen

    def finish(self) -> int:
        self.read_until(None)
        code = self.child.wait(timeout=READ_FOR)
        assert self.child.stdout is not None
        self.child.stdout.close()
        os.close(self.master)
        return code


def test_on_a_terminal_the_import_draws_one_line_that_reaches_its_total(fresh_store, tmp_path):
    source = write_csv(tmp_path / "rows.csv", 400)
    run = OnTerminal(fresh_store, "import", str(source), "--yes", "--keep-duplicates")
    assert run.finish() == 0
    shown = run.seen.decode()
    assert "\rchecking rows: 400 of 400 (100%)" in shown
    assert "\rimporting: 400 of 400 (100%)" in shown
    # one line redrawn in place: no progress text ever ends a line of its own
    assert not any(
        line.strip().startswith(("checking rows", "importing:"))
        for line in shown.replace("\r\n", "\n").split("\n")
        if "\r" not in line
    )
    assert count(fresh_store) == 400


def test_without_a_terminal_nothing_of_the_progress_reaches_stderr(fresh_store, tmp_path):
    source = write_csv(tmp_path / "rows.csv", 400)
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "import", str(source), "--yes", "--keep-duplicates"],
        cwd=PROJECT,
        env=env_for(fresh_store),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=READ_FOR,
    )
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr and "\r" not in done.stdout
    assert "checking rows" not in done.stderr + done.stdout
    assert "importing:" not in done.stderr + done.stdout
    assert count(fresh_store) == 400


def test_ctrl_c_on_a_terminal_cancels_with_130_and_nothing_imported(fresh_store, tmp_path):
    source = write_csv(tmp_path / "rows.csv", 30_000)  # long enough to be caught checking
    run = OnTerminal(fresh_store, "import", str(source), "--yes", "--keep-duplicates")
    run.read_until(b"checking rows: ")
    run.child.send_signal(signal.SIGINT)
    assert run.finish() == 130
    shown = run.seen.decode()
    assert "upfront: stopping at the next safe point" in shown
    assert "upfront: cancelled; nothing was half-written" in shown
    assert "Traceback" not in shown
    assert "checking rows: 30000 of 30000" not in shown  # it stopped on the way
    assert count(fresh_store) == 0


# ---- the line itself, in this process ------------------------------------------------------
class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_is_redrawn_in_place_and_wiped_at_the_end():
    out = FakeTty()
    line = Line(out)
    line.show(Step(0, 1000, "check"))
    line.show(Step(1000, 1000, "check"))  # the end: always drawn, however soon
    line.wipe()
    written = out.getvalue()
    assert written.startswith("\rchecking rows: 0 of 1000 (0%)")
    assert "\rchecking rows: 1000 of 1000 (100%)" in written
    assert written.endswith("\r") and "\n" not in written


def test_an_unknown_total_shows_the_count_alone():
    assert text(Step(250, 0, "pull")) == "receiving from HQ: 250"


def test_off_a_terminal_the_context_writes_nothing_and_restores_ctrl_c():
    out = io.StringIO()
    before = signal.getsignal(signal.SIGINT)
    with terminal_progress(out) as progress:
        assert signal.getsignal(signal.SIGINT) is not before
        progress.step(5, 10, "export")
    assert out.getvalue() == ""
    assert signal.getsignal(signal.SIGINT) is before


def test_on_a_terminal_the_export_draws_its_line_and_writes_the_whole_file(fresh_store, tmp_path):
    from sqlalchemy import text as sql

    from app import exchange

    with Store.open(fresh_store, PASSPHRASE) as store:
        table = exchange.read_table(write_csv(tmp_path / "rows.csv", 300))
        exchange.commit(store, exchange.check(store, table), table, keep_duplicates=True)
        with store.transaction() as s:  # reviewed: an internal export carries them
            s.execute(sql("UPDATE incidents SET status = 'reviewed'"))
    out = tmp_path / "out.csv"
    run = OnTerminal(
        fresh_store, "export", "--format", "csv", "--audience", "internal", "--out", str(out)
    )
    assert run.finish() == 0
    shown = run.seen.decode()
    assert "\rwriting: 300 of 300 (100%)" in shown
    assert out.exists() and not (tmp_path / ".out.csv.part").exists()


def test_on_a_terminal_the_rekey_draws_its_steps_to_the_end(fresh_store):
    with Store.open(fresh_store, PASSPHRASE) as store:
        before = store.generation
    run = OnTerminal(fresh_store, "rekey")
    assert run.finish() == 0
    shown = run.seen.decode()
    assert "\rcopying under the new key: 0 of 4 (0%)" in shown
    assert "\rputting the new key in force: 4 of 4 (100%)" in shown
    with Store.open(fresh_store, PASSPHRASE) as store:
        assert store.generation == before + 1

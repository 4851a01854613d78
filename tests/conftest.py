"""Every test keeps its settings in its own temporary config directory, never the user's."""

from __future__ import annotations

import subprocess

import pytest

from app.settings import ENV_CONFIG_DIR


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))


def run_with_reader_gone(argv: list[str], **popen) -> tuple[int, bytes]:
    """Run a command whose reader closes the pipe before a byte was written (`cmd | head`
    with nothing read): its exit code and what it wrote to stderr."""
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **popen)
    try:
        proc.stdout.close()  # the reader is gone
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, err

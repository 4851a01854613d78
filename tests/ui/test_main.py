"""The `upfront` entry point: CLI without a display, a clear word where the window can't open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

UPFRONT = Path(sys.executable).parent / "upfront"


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(UPFRONT), *args],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def headless_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: x
        for k, x in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return {**env, "UPFRONT_DATA_DIR": str(tmp_path / "data")}


def test_no_display_gives_a_clear_message_not_a_crash(tmp_path):
    result = run(env=headless_env(tmp_path))
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "data").exists()  # nothing was created


def test_version_and_help_need_no_display(tmp_path):
    version = run("--version", env=headless_env(tmp_path))
    assert version.returncode == 0 and version.stdout.startswith("upfront ")
    helptext = run("--help", env=headless_env(tmp_path))
    assert helptext.returncode == 0 and "incident" in helptext.stdout

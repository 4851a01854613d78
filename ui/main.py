"""Composition root: the `upfront` console script.

Subcommands run headless through app.cli; with no subcommand the desktop window opens. PySide6
is imported only on that path, so `upfront --version` and every CLI command work without a
display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.errors import UpfrontError


class NoDisplay(UpfrontError):
    """Asked for the window where there is no screen to show it on."""


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def launch_gui(data_dir: Path) -> int:
    if not _display_available():
        raise NoDisplay(
            "no display to open the window on; use a command instead (see `upfront --help`)"
        )
    from app import heap
    from sync.desktop import DesktopSync
    from ui.gui import run_gui

    heap.settle()
    return run_gui(data_dir, sync_factory=DesktopSync, checks=selftest_checks())


def selftest_checks() -> list:
    """The self-test's checks from the layers above app (app adds its own): Qt's, then sync's."""
    from sync.selftest import CHECKS as SYNC_CHECKS
    from ui.selftest import CHECKS as UI_CHECKS

    return [*UI_CHECKS, *SYNC_CHECKS]


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main
    from sync.cli import register as sync_commands
    from ui.report_cli import register as report_commands

    return cli_main(
        argv, gui=launch_gui, extensions=[sync_commands, report_commands], checks=selftest_checks()
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

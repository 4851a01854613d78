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


class MissingLibraries(UpfrontError):
    """The window's system libraries are not all installed (Qt's own message names one)."""


# The shared libraries Qt's X11 platform plugin (libqxcb.so) loads, and the Debian/Ubuntu
# package of each. A minimal system lacks some; Qt then names only libxcb-cursor0.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_libraries(libraries: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    """The libraries of `libraries` the dynamic loader cannot load here, where the window
    would use X11 (Linux, a DISPLAY, and neither another platform asked for nor a Wayland
    session, where Qt prefers Wayland); [] elsewhere."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] not in ("", "xcb") or (
        not platform and os.environ.get("WAYLAND_DISPLAY")
    ):
        return []
    import ctypes

    missing = []
    for name in libraries:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def check_libraries(libraries: dict[str, str] = XCB_LIBRARIES) -> None:
    """Raise MissingLibraries naming every missing library and the packages that hold them."""
    missing = missing_libraries(libraries)
    if missing:
        packages = " ".join(libraries[name] for name in missing)
        raise MissingLibraries(
            f"the window needs system libraries this computer lacks: {', '.join(missing)}. "
            f"On Debian or Ubuntu: sudo apt-get install {packages}"
        )


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def launch_gui(data_dir: Path) -> int:
    if not _display_available():
        raise NoDisplay(
            "no display to open the window on; use a command instead (see `upfront --help`)"
        )
    check_libraries()
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
    from ui.briefing_cli import register as briefing_commands
    from ui.report_cli import register as report_commands
    from ui.timeline_cli import register as timeline_commands

    return cli_main(
        argv,
        gui=launch_gui,
        extensions=[sync_commands, report_commands, timeline_commands, briefing_commands],
        checks=selftest_checks(),
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

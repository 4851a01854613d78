"""The window's system libraries: where X11 would be used and some are missing, `upfront`
names every missing one and the packages to install, instead of Qt's abort that names one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ui import main as entry

ABSENT = "libupfront-absent-for-tests.so.9"


@pytest.fixture
def x11(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


def plugin_needs_missing() -> set[str]:
    """What the dynamic loader says the X11 plugin lacks here (ldd), among our table."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    out = ""
    for path in (plugin, lib):
        if path.exists():
            out += subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    return {line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line} & set(
        entry.XCB_LIBRARIES
    )


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is not on this machine")
def test_what_is_found_missing_is_what_the_loader_says_the_plugin_lacks(x11) -> None:
    assert set(entry.missing_libraries()) == plugin_needs_missing()


def test_every_library_the_plugin_needs_is_in_the_table() -> None:
    """A PySide6 upgrade that needs another xcb library fails here, not on a user's desk."""
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    if not lib.exists() or shutil.which("ldd") is None:
        pytest.skip("no X11 plugin or no ldd here")
    needed = {
        line.split("=>")[0].strip()
        for line in subprocess.run(
            ["ldd", str(lib)], capture_output=True, text=True
        ).stdout.splitlines()
        if "xcb" in line or "xkbcommon" in line
    }
    assert needed and needed <= set(entry.XCB_LIBRARIES)


def test_every_missing_library_is_named_with_its_package(x11, monkeypatch) -> None:
    monkeypatch.setitem(entry.XCB_LIBRARIES, ABSENT, "upfront-absent-pkg")
    missing = entry.missing_libraries()
    assert ABSENT in missing and "libxcb.so.1" not in missing
    with pytest.raises(entry.MissingLibraries) as err:
        entry.check_libraries()
    message = str(err.value)
    for name in missing:
        assert name in message
        assert entry.XCB_LIBRARIES[name] in message
    assert "apt-get install" in message


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"DISPLAY": ""},
    ],
)
def test_nothing_is_checked_where_x11_is_not_used(x11, monkeypatch, env) -> None:
    monkeypatch.setitem(entry.XCB_LIBRARIES, ABSENT, "upfront-absent-pkg")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert entry.missing_libraries() == []


def test_the_command_says_so_and_fails_before_any_window(x11, monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(entry.XCB_LIBRARIES, ABSENT, "upfront-absent-pkg")
    code = entry.main(["--data-dir", str(tmp_path / "data")])
    err = capsys.readouterr().err
    assert code != 0
    assert ABSENT in err and "upfront-absent-pkg" in err
    assert not (tmp_path / "data").exists()  # nothing created

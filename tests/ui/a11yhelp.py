"""The sample store (app.demo) and a main window on it with a sync service, shared by the
accessibility tests (test_accessible_names, test_keyboard_reach): every page has something to
show, every row of the editor something to hold."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import demo
from app.store import Store
from sync.desktop import DesktopSync
from tests.ui.conftest import on_worker
from ui.qt import QMainWindow

SLOW = 30_000  # ms: the sample store's ninety-odd incidents on a busy machine


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory) -> Path:
    """One sample store (app.demo) for the module: every page has something to show."""
    directory = tmp_path_factory.mktemp("a11y") / "sample"
    demo.create(directory).close()
    return directory


@dataclass
class Context:
    qtbot: object
    window: QMainWindow
    store: Store


@pytest.fixture
def ctx(qtbot, sample_dir: Path) -> Iterator[Context]:
    from ui.main_window import MainWindow

    store = on_worker(qtbot, lambda: Store.open(sample_dir, demo.SAMPLE_PASSPHRASE))
    window = MainWindow(store, sync_service=DesktopSync(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield Context(qtbot, window, store)
    if window.store is not None:
        window.close()
    on_worker(qtbot, lambda: None)
    # the closed window's objects are collected now, while no job runs, not by a collection
    # the next window's construction happens to start while its first jobs read the store
    # (a segfault seen there)
    del window, store
    gc.collect()


def open_editor(c: Context, incident_id: str):
    """The incident's editor, opened by the window, once its record is in the form."""
    c.window.open_incident(incident_id)
    c.qtbot.waitUntil(lambda: bool(c.window.editors), timeout=SLOW)
    editor = c.window.editors[0]
    c.qtbot.waitUntil(lambda: editor.tabs.isEnabled(), timeout=SLOW)
    return editor

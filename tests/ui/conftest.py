"""GUI tests run headless on real Store files; no test touches the OS keyring of the machine."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import keyring
import keyring.core
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.keyfile import KdfParams
from app.store import Store

if TYPE_CHECKING:
    from sync.hq.service import HQ

# Cheap Argon2id for stores made by fixtures; the dialogs themselves use the default cost.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8 * 1024)
USER = "Amina"
PASSPHRASE = "olive tree 42 river"


HERE = Path(__file__).parent

# The offscreen platform cannot pass a window's size hints on and says so whenever a shown
# dialog's minimum size changes; real platforms can (qutebrowser's pytest.ini ignores it too).
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(OFFSCREEN_NOISE)


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in that lives as long as the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True, scope="session")
def one_application(qapp):
    """The session's QApplication, made before the first GUI test whichever runs first: a
    command run in process (`ui.selftest.ensure_gui_app`) makes a QGuiApplication when none
    exists, and a later test's widgets could not use it (pytest-qt's qapp refuses it)."""
    return qapp


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """By default the machine has no keyring, as on a headless CI runner."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.core.set_keyring(fail.Keyring())
    yield
    keyring.core.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_failure_status_line() -> Iterator[None]:
    """A main window names its status bar for background failures (ui.tasks); the next test
    starts without one, so an unhandled failure is raised again."""
    yield
    from ui import tasks

    tasks.show_failures_in(None)


@pytest.fixture
def memory_keyring(no_keyring: None) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.core.set_keyring(backend)
    yield backend
    keyring.core.set_keyring(fail.Keyring())


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def user() -> str:
    return USER


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def recovery_key(data_dir: Path) -> str:
    """Creates a store for USER/PASSPHRASE in data_dir (closed again); returns its recovery key."""
    store, key = Store.create(data_dir, USER, PASSPHRASE, kdf=FAST_KDF)
    store.close()
    return key


@pytest.fixture
def store_dir(data_dir: Path, recovery_key: str) -> Path:
    return data_dir


@pytest.fixture
def store(qtbot, store_dir: Path) -> Iterator[Store]:
    opened = Store.open(store_dir, PASSPHRASE, USER)
    yield opened
    # closed on the worker, after the jobs a page or dialog left queued there: closed under a
    # query still running, SQLCipher crashes the process (a segfault seen in CI)
    on_worker(qtbot, opened.close)


def on_worker(qtbot, fn):
    """Run fn on the store worker (where windows do their store work), after the work already
    queued on the other lanes (the Sync page's), and return its result: a store closed this
    way is never closed under a query still running."""
    from ui.tasks import after_lanes

    with qtbot.waitCallback(timeout=15_000) as done:
        after_lanes(fn, done)
    return done.args[0]


@pytest.fixture
def open_window(qtbot, store_dir, passphrase):
    """Main windows on the test store, opened on the worker as the application does, shown and
    exposed; each still open at the end is closed (and its store with it)."""
    from ui.main_window import MainWindow

    made: list[MainWindow] = []

    def make(**kwargs) -> MainWindow:
        store = on_worker(qtbot, lambda: Store.open(store_dir, passphrase))
        window = MainWindow(store, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.store is not None:
            window.close()
    on_worker(qtbot, lambda: None)


@pytest.fixture
def make_controller(qtbot):
    """AppControllers whose windows are cleaned up even when a test fails half-way."""
    from ui import tasks
    from ui.gui import AppController

    made: list[AppController] = []

    def make(directory: Path, **kwargs) -> AppController:
        made.append(AppController(directory, **kwargs))
        return made[-1]

    yield make
    for controller in made:
        controller.shutdown()
        for widget in (controller.window, controller.dialog):
            if widget is not None and tasks.is_valid(widget):
                widget.hide()
                widget.deleteLater()
    on_worker(qtbot, lambda: None)


# ---- a real HQ for the windows that sync ---------------------------------------------------
class ServedHQ(NamedTuple):
    """HQ as the Sync page meets it: `upfront-hq serve` over TLS on loopback (SQLite), with a
    team SYR; `server` is the same HQ in this process, for tokens and for looking inside."""

    server: HQ
    url: str
    fingerprint: str

    def enroll(self, store: Store, name: str, team: str = "SYR") -> str:
        """Enroll the store as a device of the team, as `upfront enroll` does; its id."""
        from sync.client import enroll

        token = self.server.create_token(team)
        return str(enroll(store, self.url, token, self.fingerprint, name)["device_id"])


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[ServedHQ]:
    """A real HQ serving on a free port; the server is stopped at the end, whatever happened."""
    from sync import pki
    from tests.sync.synchelp import free_port, make_hq_dir, start_server, stop_process

    directory = tmp_path / "hq"
    directory.mkdir()
    db = f"sqlite:///{directory / 'hq.db'}"
    server = make_hq_dir(directory, db)
    server.add_team("SYR")
    port = free_port()
    proc = start_server(directory, port, db)
    try:
        yield ServedHQ(server, f"https://127.0.0.1:{port}", pki.fingerprint(server.keys.ca.cert))
    finally:
        stop_process(proc)
        server.engine.dispose()


@pytest.fixture
def devices(qtbot, tmp_path: Path, hq: ServedHQ) -> Iterator[Callable[[str], Store]]:
    """New stores, each enrolled with `hq` as a device of team SYR under the name given (the
    folder's name too); those still open at the end are closed."""
    from tests.sync.synchelp import FAST_KDF as SYNC_KDF
    from tests.sync.synchelp import PASSPHRASE as SYNC_PASSPHRASE

    made: list[Store] = []

    def make(name: str) -> Store:
        store, _ = Store.create(tmp_path / name, name, SYNC_PASSPHRASE, kdf=SYNC_KDF)
        made.append(store)
        hq.enroll(store, name)
        return store

    yield make
    for store in made:
        if not store.closed:
            on_worker(qtbot, store.close)


@pytest.fixture
def unlocked(qtbot, make_controller, store_dir: Path, passphrase: str):
    """The application on the test store as a person starts it, with the sync service the
    factory makes (DesktopSync, or a subclass a test watches): unlocked through the unlock
    dialog; returns the controller, whose `window` is open."""
    from ui.qt import Qt
    from ui.unlock import UnlockDialog

    def start(sync_factory: Callable[[Store], object]):
        controller = make_controller(store_dir, sync_factory=sync_factory)
        controller.start()
        dialog = controller.dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.passphrase_edit.setText(passphrase)
        with qtbot.waitSignal(dialog.unlocked, timeout=20_000):
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        assert controller.window is not None and controller.window.sync_page is not None
        return controller

    return start

"""The main window: navigation, editors, locking (menu, panic key, idle), emergency wipe, drafts
left behind, settings, languages and About, on real windows and real store files.

The incident list and editor are stood in for by small fakes with the same interface, so these
tests check the window's side of the contract whatever state those modules are in.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import app
from app.changes import Changes, Kind
from app.drafts import Drafts
from app.paths import db_path, keyfile_path
from app.schema.revision import head_revision
from app.settings import Settings
from app.store import Store
from tests.ui.conftest import on_worker
from ui import gui, tasks
from ui import main_window as mw
from ui.first_run import FirstRunDialog
from ui.gui import AppController, run_gui
from ui.idle import IdleWatcher, PanicKey
from ui.main_window import MainWindow, WipeDialog
from ui.qt import (
    QApplication,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from ui.settings_dialog import SettingsDialog
from ui.unlock import UnlockDialog

SLOW = 15_000  # ms
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# ---- stand-ins for the incident list and editor ----------------------------------------------
class FakeList(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, store, parent=None, *, lang="en", settings=None):
        super().__init__(parent)
        self.store, self.lang, self.refreshed = store, lang, 0

    def refresh(self):
        self.refreshed += 1

    def on_changes(self, changes):
        if changes.touches(Kind.INCIDENTS):
            self.refresh()


class FakeEditor(QMainWindow):
    saved = Signal(str)

    def __init__(
        self, store, incident_id=None, *, draft=None, draft_id=None, lang="en", parent=None
    ):
        super().__init__(parent)
        self.store, self.incident_id = store, incident_id
        self.draft, self.draft_id = draft, draft_id
        self.closed_for_lock = False
        self.edit = QLineEdit()
        self.setCentralWidget(self.edit)

    def close_for_lock(self):
        self.closed_for_lock = True
        self.close()


@pytest.fixture(autouse=True)
def fakes(monkeypatch):
    monkeypatch.setattr(mw, "IncidentListView", FakeList)
    monkeypatch.setattr(mw, "IncidentEditor", FakeEditor)


# ---- helpers ---------------------------------------------------------------------------------
def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wal(directory: Path) -> Path:
    """SQLite deletes the write-ahead log when the last connection closes: a closed store."""
    return Path(f"{db_path(directory)}-wal")


def unlock(qtbot, controller: AppController, passphrase: str) -> MainWindow:
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW):
        click(qtbot, dialog.unlock_button)
    window = controller.window
    assert window is not None and window.isVisible() and window.store is not None
    qtbot.waitExposed(window)
    return window


# ---- navigation and editors ------------------------------------------------------------------
def test_navigation_has_incidents_and_explains_what_is_not_there_yet(qtbot, open_window):
    window = open_window()
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Home",
        "Incidents",
        "Situations",
        "Strategies",
        "Reports",
        "Sync",
        "Map",
        "Review",
        "Horizon",
    ]
    assert window.pages.currentWidget() is window.home_page  # the officer lands on Home
    assert nav.item(mw.SITUATIONS).flags() & Qt.ItemFlag.ItemIsEnabled
    assert nav.item(mw.STRATEGIES).flags() & Qt.ItemFlag.ItemIsEnabled
    assert nav.item(mw.REPORTS).flags() & Qt.ItemFlag.ItemIsEnabled
    window.show_section(mw.INCIDENTS)
    assert isinstance(window.pages.currentWidget(), FakeList)
    assert window.incident_list is window.pages.currentWidget()
    for row, work in ((mw.SYNC, "Sync is not available"),):
        item = nav.item(row)
        assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
        assert work in item.toolTip()
        action = window.view_actions[row]
        assert not action.isEnabled() and work in action.toolTip()
        assert action.shortcut() == QKeySequence(f"Ctrl+{row + 1}")
    assert window.view_actions[0].isEnabled()
    window.show_section(mw.SYNC)  # a disabled section cannot be reached
    assert window.pages.currentIndex() == mw.INCIDENTS
    assert window.sync_label.text() == "Sync: not set up"
    assert window.user_label.text() == "Signed in as Amina"
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


@pytest.mark.qt_log_ignore(  # offscreen cannot raise windows (nor pass size hints on)
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support propagateSizeHints\(\)$",
)
def test_the_list_opens_editors_and_hears_of_what_the_store_changed(qtbot, open_window):
    window = open_window()
    listing = window.incident_list
    listing.openRequested.emit("inc-1")
    listing.openRequested.emit("inc-1")  # already open: raised, not opened twice
    listing.newRequested.emit()
    window.new_action.trigger()
    editors = window._live_editors()
    assert [e.incident_id for e in editors] == ["inc-1", None, None]
    assert all(e.isVisible() and e.store is window.store for e in editors)
    editors[1].saved.emit("inc-2")  # the window refreshes nothing by hand
    window.store.changes.publish(Changes.of(Kind.DRAFTS))  # nothing the list shows
    window.store.changes.publish(Changes.of(Kind.INCIDENTS, ids=["inc-2"]))
    qtbot.waitUntil(lambda: listing.refreshed == 1)
    qtbot.wait(50)
    assert listing.refreshed == 1


# ---- locking ---------------------------------------------------------------------------------
def test_the_panic_key_locks_from_an_editor_and_closes_everything(qtbot, open_window, store_dir):
    window = open_window()
    window.new_incident()
    (editor,) = window.editors
    qtbot.waitExposed(editor)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert window.lock_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert wal(store_dir).exists()

    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(editor.edit, Qt.Key.Key_L, CTRL_SHIFT)
    assert editor.closed_for_lock
    assert not window.isVisible() and window.store is None
    assert window.state_label.text() == "Locked"
    assert not wal(store_dir).exists()  # the store was closed on the worker


def test_the_configured_panic_key_works_even_behind_a_modal_dialog(qtbot, open_window):
    Settings().set("panic_shortcut", "Ctrl+Alt+P")
    window = open_window()
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+Alt+P")
    window.ask_wipe()
    dialog = window.wipe_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isModal()
    typed = []
    dialog.confirm_edit.textChanged.connect(typed.append)
    with qtbot.waitSignal(window.locked):
        qtbot.keySequence(dialog.confirm_edit, QKeySequence("Ctrl+Alt+P"))
    assert typed == []  # the key went to the lock, not into the field
    assert window.store is None and window.wipe_dialog is None
    assert not tasks.is_valid(dialog) or not dialog.isVisible()


def test_idle_time_locks_the_window(qtbot, open_window, store_dir):
    window = open_window(idle_timeout_ms=200)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert window.store is None and not wal(store_dir).exists()


def test_input_postpones_the_idle_lock(qtbot):
    target = QLineEdit()
    qtbot.addWidget(target)
    target.show()
    watcher = IdleWatcher(200)
    last_input = [0.0]
    typed = [0]

    def type_a_key() -> None:
        qtbot.keyClick(target, Qt.Key.Key_A)
        last_input[0] = time.monotonic()
        typed[0] += 1
        if typed[0] == 6:
            ticker.stop()

    ticker = QTimer()
    ticker.timeout.connect(type_a_key)
    watcher.start()
    started = time.monotonic()
    with qtbot.waitSignal(watcher.idle, timeout=5_000):
        ticker.start(60)
    assert typed[0] == 6
    assert time.monotonic() - last_input[0] >= 0.19
    assert time.monotonic() - started >= 0.5  # six keys 60 ms apart kept it awake
    assert not watcher.is_active()


def test_a_panic_key_reports_once_and_ignores_other_keys(qtbot):
    target = QLineEdit()
    qtbot.addWidget(target)
    target.show()
    panic = PanicKey("F12")
    pressed = []
    panic.pressed.connect(lambda: pressed.append(1))
    panic.start()
    qtbot.keyClick(target, Qt.Key.Key_F11)
    qtbot.keyClicks(target, "abc")
    assert pressed == [] and target.text() == "abc"
    qtbot.keyClick(target, Qt.Key.Key_F12)
    qtbot.keyClick(target, Qt.Key.Key_F12)
    assert pressed == [1]


def test_lock_and_unlock_again_through_the_app_controller(
    qtbot, make_controller, store_dir, passphrase
):
    controller = make_controller(store_dir)
    controller.start()
    window = unlock(qtbot, controller, passphrase)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.navigation, Qt.Key.Key_L, CTRL_SHIFT)
    assert not wal(store_dir).exists()
    assert controller.window is None
    again = unlock(qtbot, controller, passphrase)
    assert again is not window and again.state_label.text() == "Unlocked"
    assert wal(store_dir).exists()


def test_the_app_controller_passes_the_idle_timeout_on(
    qtbot, make_controller, store_dir, passphrase
):
    controller = make_controller(store_dir, idle_timeout_ms=200)
    controller.start()
    window = unlock(qtbot, controller, passphrase)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert isinstance(controller.dialog, UnlockDialog) and controller.dialog.isVisible()


# ---- emergency wipe --------------------------------------------------------------------------
def test_the_wipe_needs_the_typed_word(qtbot):
    dialog = WipeDialog("/somewhere")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.wipe_button.isEnabled()
    for wrong in ("wipe", "WIP", "WIPE IT", "delete"):
        dialog.confirm_edit.setText(wrong)
        assert not dialog.wipe_button.isEnabled(), wrong
    dialog.confirm_edit.setText("WIPE")
    assert dialog.wipe_button.isEnabled()
    assert "/somewhere" in dialog.findChildren(QLabel)[0].text()


def test_emergency_wipe_removes_the_store_and_returns_to_first_run(
    qtbot, make_controller, store_dir, passphrase
):
    controller = make_controller(store_dir)
    controller.start()
    window = unlock(qtbot, controller, passphrase)
    window.new_incident()
    (editor,) = window.editors
    assert keyfile_path(store_dir).exists() and db_path(store_dir).exists()

    window.wipe_action.trigger()
    dialog = window.wipe_dialog
    assert isinstance(dialog, WipeDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.confirm_edit, "WIP")
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "E")
    with qtbot.waitSignal(window.wiped, timeout=SLOW):
        click(qtbot, dialog.wipe_button)
    assert editor.closed_for_lock
    assert not keyfile_path(store_dir).exists()
    assert not db_path(store_dir).exists() and not wal(store_dir).exists()
    assert not Store.exists(store_dir)
    assert isinstance(controller.dialog, FirstRunDialog) and controller.dialog.isVisible()


# ---- drafts left behind ----------------------------------------------------------------------
def test_drafts_from_an_earlier_session_are_offered_back(qtbot, open_window, store_dir, passphrase):
    def leave_a_draft():
        with Store.open(store_dir, passphrase) as store:
            return Drafts(store).save({"title": "Half-written"}, incident_id=None)

    draft_id = on_worker(qtbot, leave_a_draft)
    window = open_window()
    qtbot.waitUntil(window.drafts_banner.isVisible)
    assert "1 unsaved draft" in window.drafts_banner.label.text()
    click(qtbot, window.drafts_banner.reopen_button)
    assert window.drafts_banner.isHidden()
    (editor,) = window.editors
    assert editor.draft_id == draft_id and editor.draft == {"title": "Half-written"}
    assert editor.incident_id is None


def test_no_drafts_no_banner(qtbot, open_window):
    window = open_window()
    on_worker(qtbot, lambda: None)  # the drafts query ran before this
    assert window.drafts_banner.isHidden()


# ---- settings --------------------------------------------------------------------------------
def test_settings_dialog_saves_valid_values(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names == ["English", "Français", "Español", "Русский", "العربية", "中文"]
    assert not dialog.remember_check.isEnabled()  # no keyring on the test machine
    assert "no secure keyring" in dialog.remember_check.toolTip()
    assert "next starts" in dialog.messages["data_dir"].text()

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.idle_spin.setValue(5)
    dialog.panic_edit.setKeySequence(QKeySequence("Ctrl+Alt+K"))
    dialog.data_dir_edit.setText("/srv/upfront")
    with qtbot.waitSignal(dialog.saved) as blocker:
        click(qtbot, dialog.save_button)
    assert sorted(blocker.args[0]) == [
        "data_dir",
        "idle_lock_minutes",
        "language",
        "panic_shortcut",
    ]
    saved = Settings()
    assert saved.get("language") == "fr" and saved.get("idle_lock_minutes") == 5
    assert saved.get("panic_shortcut") == "Ctrl+Alt+K"
    assert saved.get("data_dir") == "/srv/upfront"
    assert not dialog.isVisible()


def test_settings_dialog_refuses_bad_values_with_the_reason(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    dialog.idle_spin.setValue(0)
    dialog.panic_edit.clear()
    assert dialog.save() is False
    assert dialog.isVisible()
    assert dialog.messages["idle_lock_minutes"].is_error
    assert "between 1 and 240" in dialog.messages["idle_lock_minutes"].text()
    assert "Ctrl+Shift+L" in dialog.messages["panic_shortcut"].text()
    assert Settings().as_dict()["language"] == "en"  # nothing written, not even the good field

    dialog.idle_spin.setValue(30)
    dialog.panic_edit.setKeySequence(QKeySequence("L"))
    assert dialog.save() is False
    assert not dialog.messages["idle_lock_minutes"].is_error
    assert "typing would lock" in dialog.messages["panic_shortcut"].text()
    dialog.panic_edit.setKeySequence(QKeySequence("F9"))
    assert dialog.save() is True
    assert Settings().get("panic_shortcut") == "F9" and Settings().get("language") == "ar"


def test_settings_from_the_window_apply_the_panic_key_at_once(qtbot, open_window):
    window = open_window()
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.panic_edit.setKeySequence(QKeySequence("Ctrl+Alt+J"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    click(qtbot, dialog.save_button)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+Alt+J")
    assert "next starts" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(
            window.navigation,
            Qt.Key.Key_J,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )


# ---- about and languages ---------------------------------------------------------------------
def test_about_shows_the_versions(qtbot, open_window):
    window = open_window()
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_box is not None and window.about_box.isVisible())
    box: QMessageBox = window.about_box
    text = box.text() + "\n" + box.informativeText()
    assert app.__version__ in text and head_revision() in text
    assert "SQLCipher: 4." in text


@pytest.fixture
def catalogues(tmp_path, monkeypatch) -> Path:
    """The compiled catalogues; compiled here from the .ts when the build step has not run."""
    if (gui.CATALOGUES / "upfront_ar.qm").exists():
        return gui.CATALOGUES
    out = tmp_path / "qm"
    out.mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in gui.CATALOGUES.glob("*.ts"):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True
        )
    monkeypatch.setattr(gui, "CATALOGUES", out)
    return out


def test_arabic_turns_the_interface_right_to_left(qtbot, store_dir, passphrase, catalogues):
    Settings().set("language", "ar")
    application = QApplication.instance()
    seen: dict[str, object] = {}
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: application.exit(99))

    def step() -> None:
        visible = [w for w in application.topLevelWidgets() if w.isVisible()]
        window = next((w for w in visible if isinstance(w, MainWindow)), None)
        dialog = next((w for w in visible if isinstance(w, UnlockDialog)), None)
        if window is not None:
            seen["direction"] = application.layoutDirection()
            seen["state"] = window.state_label.text()
            seen["incidents"] = window.navigation.item(mw.INCIDENTS).text()
            seen["dialog_title"] = seen.get("dialog_title")
            window.quit_action.trigger()
            return
        if dialog is not None and not dialog.busy and not dialog.passphrase_edit.text():
            seen["dialog_title"] = dialog.windowTitle()
            dialog.passphrase_edit.setText(passphrase)
            dialog.unlock_button.click()
        QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)
    watchdog.start(SLOW)
    try:
        assert run_gui(store_dir) == 0
    finally:
        watchdog.stop()
    assert seen["direction"] == Qt.LayoutDirection.RightToLeft
    assert seen["state"] == "مفتوح"
    assert seen["incidents"] == "الحوادث"
    assert seen["dialog_title"] == "فتح Upfront"
    # run_gui leaves the shared application as it found it
    assert application.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.translate("MainWindow", "Unlocked") == "Unlocked"


def test_with_sync_wired_in_the_sync_section_opens_and_lock_stops_it(qtbot, store_dir, passphrase):
    from sync.desktop import DesktopSync
    from ui.sync_page import SyncPage

    store = on_worker(qtbot, lambda: Store.open(store_dir, passphrase))
    window = MainWindow(store, sync_service=DesktopSync(store))
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.item(mw.SYNC).flags() & Qt.ItemFlag.ItemIsEnabled
    window.show_section(mw.SYNC)
    assert isinstance(window.pages.currentWidget(), SyncPage)
    page = window.sync_page
    qtbot.waitUntil(lambda: page.enrol_button.isVisible(), timeout=SLOW)
    assert "Not enrolled" in page.hq_label.text()
    assert not page.sync_button.isEnabled()  # not enrolled: nothing to sync with
    assert window.sync_label.text() == "Sync: not set up"
    with qtbot.waitSignal(window.locked, timeout=SLOW):
        window.lock()
    assert not page.schedule.isActive()
    assert store.closed

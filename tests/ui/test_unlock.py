"""First run, unlock, lock and the background worker, on real windows and real store files."""

from __future__ import annotations

import gc
import shutil
import sys
import threading
import weakref
from pathlib import Path

import pytest

from app import keyfile as kf
from app.attempts import UnlockAttempts
from app.errors import WrongPassphrase
from app.paths import db_path, keyfile_path
from app.settings import Settings
from app.store import Store
from tests.ui.conftest import on_worker
from ui import tasks
from ui.first_run import FirstRunDialog
from ui.gui import run_gui
from ui.main_window import MainWindow
from ui.passphrase import passphrase_strength
from ui.qt import (
    QApplication,
    QDialog,
    QKeySequence,
    QLabel,
    QObject,
    QPrinter,
    Qt,
    QTimer,
    QWidget,
)
from ui.tasks import run_in_background
from ui.unlock import UnlockDialog, retry_delay

SLOW = 15_000  # ms: default-cost Argon2id on a busy CI machine


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def first_run_dialog(qtbot, data_dir: Path) -> FirstRunDialog:
    dialog = FirstRunDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def unlock_dialog(qtbot, data_dir: Path, **kwargs) -> UnlockDialog:
    dialog = UnlockDialog(data_dir, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot, dialog: UnlockDialog, passphrase: str) -> str:
    """Type a passphrase, press Unlock, and return the message the dialog shows."""
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as blocker:
        click(qtbot, dialog.unlock_button)
    return blocker.args[0]


def wal(directory: Path) -> Path:
    """SQLite deletes the write-ahead log when the last connection closes: a closed store."""
    return Path(f"{db_path(directory)}-wal")


def close(qtbot, store: Store) -> None:
    """Close a store on the worker that opened it (its connections are per thread)."""
    on_worker(qtbot, store.close)


# ---- first run -------------------------------------------------------------------------------
def test_first_run_creates_a_store_that_the_passphrase_and_recovery_key_open(
    qtbot, data_dir, tmp_path, passphrase
):
    dialog = first_run_dialog(qtbot, data_dir)
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Amina Rahman")
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.repeat_edit, passphrase)
    assert dialog.create_button.isEnabled()

    with qtbot.waitSignal(dialog.recoveryKeyShown, timeout=SLOW):
        click(qtbot, dialog.create_button)
    assert dialog.busy_indicator.isHidden()
    shown_key = dialog.recovery_key_label.text()
    assert len(kf.normalize_recovery_key(shown_key)) == len("XXXX-") * 8 - 1

    # the key must be acknowledged: no continuing, no closing before the box is ticked
    assert not dialog.continue_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "recovery.pdf"))
    dialog.print_recovery_sheet(printer)
    assert (tmp_path / "recovery.pdf").read_bytes().startswith(b"%PDF")
    sheet = dialog.recovery_sheet().toPlainText()
    assert all(line in sheet for line in shown_key.splitlines())

    click(qtbot, dialog.stored_check)
    with qtbot.waitSignal(dialog.unlocked) as blocker:
        click(qtbot, dialog.continue_button)
    created = blocker.args[0]
    assert created.user == "Amina Rahman"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recovery_key_label.text() == ""
    close(qtbot, created)

    with Store.open(data_dir, passphrase) as reopened:
        assert reopened.user == "Amina Rahman"
    with Store.open_with_recovery(data_dir, shown_key) as recovered:
        assert recovered.store_id == created.store_id


def test_create_stays_disabled_until_name_and_passphrases_are_valid(qtbot, data_dir):
    dialog = first_run_dialog(qtbot, data_dir)
    qtbot.keyClicks(dialog.name_edit, "Amina")
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    assert not dialog.create_button.isEnabled()
    assert dialog.passphrase_message.isVisible() and dialog.passphrase_message.is_error
    assert f"at least {kf.MIN_PASSPHRASE} characters" in dialog.passphrase_message.text()
    assert dialog.strength.word.text() == "Too short"

    qtbot.keyClicks(dialog.passphrase_edit, " and long enough")
    assert not dialog.passphrase_message.is_error
    qtbot.keyClicks(dialog.repeat_edit, "short and long enougH")
    assert not dialog.create_button.isEnabled()
    assert dialog.repeat_message.text() == "The passphrases do not match."

    dialog.repeat_edit.backspace()
    qtbot.keyClicks(dialog.repeat_edit, "h")
    assert dialog.repeat_message.isHidden()
    assert dialog.create_button.isEnabled()

    dialog.name_edit.clear()
    assert not dialog.create_button.isEnabled()
    assert dialog.name_message.text() == "Enter your name."
    qtbot.keyClicks(dialog.name_edit, "Recovery")
    assert not dialog.create_button.isEnabled()
    assert "reserved" in dialog.name_message.text()
    dialog.name_edit.setText("x" * 65)
    assert "64" in dialog.name_message.text()


def test_first_run_shows_why_creating_failed(qtbot, data_dir, recovery_key, passphrase):
    dialog = first_run_dialog(qtbot, data_dir)  # a store appeared behind its back
    dialog.name_edit.setText("Bilal")
    dialog.passphrase_edit.setText(passphrase)
    dialog.repeat_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as blocker:
        click(qtbot, dialog.create_button)
    assert "already exists" in blocker.args[0]
    assert dialog.banner.isVisible() and "already exists" in dialog.banner.text()
    assert dialog.pages.currentIndex() == FirstRunDialog.FORM_PAGE
    assert dialog.create_button.isEnabled()


def test_first_run_can_join_an_existing_data_folder(qtbot, store_dir, tmp_path):
    dialog = first_run_dialog(qtbot, tmp_path / "new")
    assert "existing data folder" in dialog.existing_button.text().replace("&", "")

    dialog.choose_directory = lambda: None  # the person cancels the folder chooser
    click(qtbot, dialog.existing_button)
    assert dialog.isVisible() and not dialog.busy

    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.choose_directory = lambda: empty
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as blocker:
        click(qtbot, dialog.existing_button)
    assert "no Upfront store in this folder" in blocker.args[0]
    assert dialog.existing_message.isVisible() and dialog.existing_message.is_error
    assert str(empty) in dialog.existing_message.text()
    assert dialog.isVisible() and dialog.pages.currentIndex() == FirstRunDialog.FORM_PAGE
    assert Settings().get("data_dir") is None

    dialog.choose_directory = lambda: store_dir
    with qtbot.waitSignal(dialog.existingChosen, timeout=SLOW) as blocker:
        click(qtbot, dialog.existing_button)
    assert blocker.args[0] == store_dir
    assert Settings().get("data_dir") == str(store_dir)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not (tmp_path / "new").exists()  # nothing was created


def test_passphrase_strength_grows_with_length_and_variety():
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("aaaaaaaaaaaaaaaaaaaa") == 1
    assert passphrase_strength("abcdefghij") == 1
    assert passphrase_strength("Abcdefgh12") == 2
    assert passphrase_strength("correct horse battery staple") == 3
    assert passphrase_strength("Correct horse battery staple 7") == 4
    assert passphrase_strength("شجرة زيتون قرب النهر") >= 2


# ---- unlocking -------------------------------------------------------------------------------
def test_the_right_passphrase_opens_the_store_as_the_chosen_user(
    qtbot, store_dir, user, passphrase, fast_kdf
):
    keys = kf.KeyFile.load(keyfile_path(store_dir))
    db_key, _, _ = keys.unlock(user, passphrase)
    keys.add_user(db_key, "Bilal", "another passphrase", kdf=fast_kdf)

    dialog = unlock_dialog(qtbot, store_dir)
    assert [dialog.user_combo.itemText(i) for i in range(dialog.user_combo.count())] == [
        user,
        "Bilal",
    ]
    assert not dialog.unlock_button.isEnabled()  # nothing typed yet
    dialog.user_combo.setCurrentText("Bilal")
    qtbot.keyClicks(dialog.passphrase_edit, "another passphrase")
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW) as blocker:
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    opened = blocker.args[0]
    assert opened.user == "Bilal"
    assert dialog.store is opened and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase_edit.text() == ""
    close(qtbot, opened)


def test_a_wrong_passphrase_is_explained_and_changes_nothing(qtbot, store_dir, user, passphrase):
    before = keyfile_path(store_dir).read_bytes()
    dialog = unlock_dialog(qtbot, store_dir)
    message = attempt(qtbot, dialog, "not the passphrase")
    assert "Wrong passphrase" in message and user in message
    assert dialog.isVisible() and dialog.store is None
    assert dialog.banner.isVisible() and dialog.banner.text().startswith(message)
    assert dialog.unlock_button.isEnabled()
    assert dialog.passphrase_edit.selectedText() == "not the passphrase"  # retype over it
    assert keyfile_path(store_dir).read_bytes() == before


def test_repeated_failures_make_the_next_attempt_wait_longer(qtbot, store_dir, passphrase):
    assert [retry_delay(n) for n in range(1, 9)] == [0, 0, 1, 2, 4, 8, 16, 32]
    assert retry_delay(40) == 60

    dialog = unlock_dialog(qtbot, store_dir)
    for _ in range(2):
        attempt(qtbot, dialog, "guess")
        assert dialog.unlock_button.isEnabled()
    attempt(qtbot, dialog, "guess")
    assert dialog.failures == 3
    assert not dialog.unlock_button.isEnabled()
    assert dialog.seconds_to_wait() == 1
    assert "try again in 1 s." in dialog.banner.text()
    dialog.passphrase_edit.setText(passphrase)
    assert not dialog.unlock_button.isEnabled()  # typing does not lift the wait


def test_the_wait_survives_a_restart_and_success_clears_it(qtbot, store_dir, passphrase):
    dialog = unlock_dialog(qtbot, store_dir)
    attempt(qtbot, dialog, "guess")
    assert UnlockAttempts(store_dir).load()[0] == 1  # each failure is written down at once
    dialog.reject()
    for _ in range(3):
        UnlockAttempts(store_dir).record_failure()
    again = unlock_dialog(qtbot, store_dir)  # as if Upfront were quit and started again
    again.passphrase_edit.setText(passphrase)
    assert again.failures == 4
    assert again.seconds_to_wait() >= 1
    assert not again.unlock_button.isEnabled()
    assert "Too many wrong attempts" in again.banner.text()
    qtbot.waitUntil(again.unlock_button.isEnabled, timeout=10_000)  # the 2 s wait runs out
    with qtbot.waitSignal(again.unlocked, timeout=15_000):
        again.unlock_button.click()
    assert UnlockAttempts(store_dir).load() == (0, None)
    again.store.close()


def test_a_corrupted_key_file_is_reported_without_a_traceback(qtbot, store_dir, user):
    path = keyfile_path(store_dir)
    good = path.read_bytes()
    path.write_bytes(b'{"format": "upfront-keyfile", "version": 1, "slots": [')

    dialog = unlock_dialog(qtbot, store_dir)
    assert dialog.pages.currentIndex() == UnlockDialog.PROBLEM_PAGE
    assert dialog.problem_banner.isVisible() and dialog.banner.isHidden()
    text = dialog.problem_banner.text()
    assert "key file" in text and "cannot be read" in text and "corrupted" in text
    assert "Traceback" not in text
    assert dialog.unlock_button.text().replace("&", "") == "Try again"

    path.write_bytes(good)  # the backup goes back
    click(qtbot, dialog.unlock_button)
    assert dialog.pages.currentIndex() == UnlockDialog.PASSPHRASE_PAGE
    assert dialog.banner.isHidden()
    assert dialog.user_combo.currentText() == user


def test_a_key_file_damaged_while_the_dialog_is_open_is_reported(qtbot, store_dir, passphrase):
    dialog = unlock_dialog(qtbot, store_dir)
    keyfile_path(store_dir).write_text("not json")
    message = attempt(qtbot, dialog, passphrase)
    assert "key file" in message and "Traceback" not in message
    assert dialog.failures == 0  # not a wrong guess: no waiting


def test_a_database_from_another_store_is_reported(
    qtbot, store_dir, tmp_path, passphrase, fast_kdf
):
    other_dir = tmp_path / "other"
    other, _ = Store.create(other_dir, "Someone", passphrase, kdf=fast_kdf)
    other.close()
    shutil.copyfile(db_path(other_dir), db_path(store_dir))
    dialog = unlock_dialog(qtbot, store_dir)
    message = attempt(qtbot, dialog, passphrase)
    assert "does not match this store's key file" in message


def test_a_schema_from_a_newer_version_is_reported(qtbot, store, passphrase):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    store.close()
    dialog = unlock_dialog(qtbot, store.directory)
    message = attempt(qtbot, dialog, passphrase)
    assert "newer version of Upfront" in message


def test_the_recovery_key_opens_the_store(qtbot, store_dir, recovery_key):
    dialog = unlock_dialog(qtbot, store_dir)
    assert "Use recovery key" in dialog.recovery_link.text()
    dialog.recovery_link.linkActivated.emit("recovery")
    assert dialog.pages.currentIndex() == UnlockDialog.RECOVERY_PAGE

    qtbot.keyClicks(dialog.recovery_edit, "AAAA-BBBB")
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as blocker:
        click(qtbot, dialog.unlock_button)
    assert "recovery key is not correct" in blocker.args[0]

    dialog.recovery_edit.setText(recovery_key.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.recoveryUnlocked, timeout=SLOW):
        click(qtbot, dialog.unlock_button)
    assert dialog.pages.currentIndex() == UnlockDialog.RESET_PAGE
    assert dialog.store is not None and dialog.store.user == kf.RECOVERY_LABEL
    assert dialog.recovery_link.isHidden() and dialog.recovery_edit.text() == ""
    close(qtbot, dialog.store)


def recover(qtbot, store_dir: Path, recovery_key: str) -> UnlockDialog:
    """An unlock dialog where the recovery key has been accepted: the new-passphrase page."""
    dialog = unlock_dialog(qtbot, store_dir)
    dialog.recovery_link.linkActivated.emit("recovery")
    dialog.recovery_edit.setText(recovery_key)
    with qtbot.waitSignal(dialog.recoveryUnlocked, timeout=SLOW):
        click(qtbot, dialog.unlock_button)
    return dialog


def test_after_the_recovery_key_a_new_passphrase_replaces_the_forgotten_one(
    qtbot, store_dir, recovery_key, user, passphrase
):
    dialog = recover(qtbot, store_dir, recovery_key)
    assert [
        dialog.reset_user_combo.itemText(i) for i in range(dialog.reset_user_combo.count())
    ] == [user]
    assert dialog.reset_user_combo.currentText() == user
    assert not dialog.unlock_button.isEnabled()

    qtbot.keyClicks(dialog.new_passphrase_edit, "short")
    assert dialog.new_passphrase_message.is_error
    assert dialog.new_strength.word.text() == "Too short"
    new = "a new olive branch 7"
    dialog.new_passphrase_edit.setText(new)
    assert not dialog.new_passphrase_message.is_error
    qtbot.keyClicks(dialog.new_repeat_edit, "a new olive branch 8")
    assert not dialog.unlock_button.isEnabled()
    assert dialog.new_repeat_message.isVisible() and dialog.new_repeat_message.is_error
    assert dialog.new_repeat_message.text() == "The passphrases do not match."
    qtbot.keyClick(dialog.new_repeat_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.busy  # Enter does nothing while they differ

    dialog.new_repeat_edit.setText(new)
    assert dialog.new_repeat_message.isHidden()
    assert dialog.unlock_button.isEnabled()
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW) as blocker:
        click(qtbot, dialog.unlock_button)
    opened = blocker.args[0]
    assert opened.user == user and dialog.store is opened
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.new_passphrase_edit.text() == "" and dialog.new_repeat_edit.text() == ""
    close(qtbot, opened)

    reopened = on_worker(qtbot, lambda: Store.open(store_dir, new, user))
    assert reopened.user == user
    close(qtbot, reopened)

    def old_passphrase():
        try:
            Store.open(store_dir, passphrase, user).close()
        except WrongPassphrase as exc:
            return exc
        return None

    assert isinstance(on_worker(qtbot, old_passphrase), WrongPassphrase)


def test_the_recovery_key_can_give_a_new_name_a_passphrase(
    qtbot, store_dir, recovery_key, user, passphrase
):
    dialog = recover(qtbot, store_dir, recovery_key)
    dialog.reset_user_combo.setEditText("")
    qtbot.keyClicks(dialog.reset_user_combo.lineEdit(), "recovery")
    dialog.new_passphrase_edit.setText("bilal's own passphrase")
    dialog.new_repeat_edit.setText("bilal's own passphrase")
    assert not dialog.unlock_button.isEnabled()
    assert "reserved" in dialog.reset_user_message.text()

    dialog.reset_user_combo.setEditText("Bilal")
    assert dialog.reset_user_message.isHidden()
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW) as blocker:
        click(qtbot, dialog.unlock_button)
    assert blocker.args[0].user == "Bilal"
    close(qtbot, blocker.args[0])
    assert Store.users(store_dir) == [user, "Bilal"]
    close(qtbot, on_worker(qtbot, lambda: Store.open(store_dir, passphrase, user)))


def test_quitting_instead_of_a_new_passphrase_closes_the_store(
    qtbot, store_dir, recovery_key, passphrase, user
):
    before = keyfile_path(store_dir).read_bytes()
    dialog = recover(qtbot, store_dir, recovery_key)
    assert wal(store_dir).exists()
    click(qtbot, dialog.quit_button)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.store is None
    on_worker(qtbot, lambda: None)  # the worker is serial: the store closed before this ran
    assert not wal(store_dir).exists()
    assert keyfile_path(store_dir).read_bytes() == before


def test_remember_is_off_and_disabled_without_a_keyring(qtbot, store_dir):
    dialog = unlock_dialog(qtbot, store_dir)
    assert not dialog.remember_check.isChecked()
    assert not dialog.remember_check.isEnabled()
    assert "no secure keyring" in dialog.remember_check.toolTip()
    assert dialog.remember_note.isVisible()


def test_remember_on_this_device_opens_without_the_passphrase_next_time(
    qtbot, store_dir, memory_keyring, user, passphrase
):
    dialog = unlock_dialog(qtbot, store_dir)
    assert dialog.remember_check.isEnabled() and not dialog.remember_check.isChecked()
    qtbot.keyClick(dialog.remember_check, Qt.Key.Key_Space)
    assert dialog.remember_check.isChecked()
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW) as blocker:
        click(qtbot, dialog.unlock_button)
    close(qtbot, blocker.args[0])
    assert len(memory_keyring.secrets) == 1

    again = UnlockDialog(store_dir, try_remembered=True)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.unlocked, timeout=SLOW) as blocker:
        again.show()
    assert blocker.args[0].user == user
    close(qtbot, blocker.args[0])

    after_lock = unlock_dialog(qtbot, store_dir)  # try_remembered defaults to off
    assert after_lock.pages.currentIndex() == UnlockDialog.PASSPHRASE_PAGE
    assert not after_lock.busy and after_lock.store is None


# ---- the main window and the cycle -----------------------------------------------------------
def test_lock_closes_the_window_and_the_store(qtbot, store_dir, passphrase):
    store = on_worker(qtbot, lambda: Store.open(store_dir, passphrase))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert "Signed in as Amina" in window.user_label.text()
    assert window.state_label.text() == "Unlocked"
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert wal(store_dir).exists()

    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert not window.isVisible()
    assert window.store is None and window.state_label.text() == "Locked"
    assert not window.lock_action.isEnabled()
    assert not wal(store_dir).exists()


def test_lock_returns_to_the_unlock_dialog(qtbot, make_controller, store_dir, passphrase):
    controller = make_controller(store_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW):
        click(qtbot, dialog.unlock_button)
    window = controller.window
    assert window is not None and window.isVisible() and controller.dialog is None
    assert wal(store_dir).exists()

    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert not wal(store_dir).exists()
    assert controller.window is None
    relock = controller.dialog
    assert isinstance(relock, UnlockDialog) and relock.isVisible()
    with qtbot.waitSignal(controller.finished):
        click(qtbot, relock.quit_button)
    assert controller.dialog is None


def test_quitting_from_the_main_window_closes_the_store(
    qtbot, make_controller, store_dir, passphrase
):
    controller = make_controller(store_dir)
    controller.start()
    dialog = controller.dialog
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW):
        click(qtbot, dialog.unlock_button)
    assert wal(store_dir).exists()
    with qtbot.waitSignal(controller.finished):
        controller.window.quit_action.trigger()
    on_worker(qtbot, lambda: None)  # the worker is serial: the store closed before this ran
    assert not wal(store_dir).exists()


def test_first_run_when_there_is_no_store(qtbot, make_controller, data_dir):
    controller = make_controller(data_dir)
    controller.start()
    assert isinstance(controller.dialog, FirstRunDialog)
    with qtbot.waitSignal(controller.finished):
        click(qtbot, controller.dialog.cancel_button)
    assert not Store.exists(data_dir)


def test_first_run_switches_to_unlocking_an_existing_folder(
    qtbot, make_controller, store_dir, tmp_path, passphrase, user
):
    controller = make_controller(tmp_path / "new")
    controller.start()
    first = controller.dialog
    assert isinstance(first, FirstRunDialog)
    first.choose_directory = lambda: store_dir
    with qtbot.waitSignal(first.existingChosen, timeout=SLOW):
        click(qtbot, first.existing_button)
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert controller.data_dir == store_dir and dialog.data_dir == store_dir
    assert not first.isVisible()

    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW):
        click(qtbot, dialog.unlock_button)
    assert controller.window is not None and controller.window.store.user == user


def test_run_gui_returns_when_the_dialog_is_dismissed(qtbot, store_dir):
    app = QApplication.instance()
    before = set(app.topLevelWidgets())
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: app.exit(99))  # never hang the suite

    def dismiss() -> None:
        new = [w for w in app.topLevelWidgets() if w not in before and w.isVisible()]
        if len(new) == 1 and isinstance(new[0], UnlockDialog):
            new[0].reject()
        else:
            app.exit(98)

    QTimer.singleShot(0, dismiss)
    watchdog.start(SLOW)
    try:
        assert run_gui(store_dir) == 0
    finally:
        watchdog.stop()
    assert app.applicationName() == "Upfront"
    assert app.quitOnLastWindowClosed()


def test_dialogs_mirror_for_right_to_left_languages(qtbot, store_dir, data_dir):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = unlock_dialog(qtbot, store_dir)

        def x(widget: QWidget) -> int:
            return widget.mapTo(dialog, widget.rect().topLeft()).x()

        buddy = next(w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.passphrase_edit)
        assert x(buddy) > x(dialog.passphrase_edit)  # labels on the right
        assert x(dialog.unlock_button) < x(dialog.quit_button)
        assert x(dialog.recovery_link) > x(dialog.quit_button)
        assert dialog.recovery_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight

        first = first_run_dialog(qtbot, data_dir / "new")
        buddy = next(w for w in first.findChildren(QLabel) if w.buddy() is first.name_edit)
        assert (
            buddy.mapTo(first, buddy.rect().topLeft()).x()
            > first.name_edit.mapTo(first, first.name_edit.rect().topLeft()).x()
        )
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# ---- the background worker -------------------------------------------------------------------
def test_tasks_deliver_results_on_the_gui_thread(qtbot):
    seen = []

    def on_success(value):
        seen.append((value, threading.current_thread() is threading.main_thread()))

    with qtbot.waitCallback() as done:
        run_in_background(lambda: threading.current_thread().name, on_success)
        run_in_background(lambda: None, done)
    ((worker_name, on_gui_thread),) = seen
    assert worker_name.startswith(tasks.WORKER_NAME) and on_gui_thread


def test_tasks_deliver_exceptions_to_on_failure(qtbot):
    def boom():
        raise kf.KeyFileError("broken key file")

    with qtbot.waitCallback() as failed:
        future = run_in_background(boom, on_success=pytest.fail, on_failure=failed)
    (exc,) = failed.args
    assert isinstance(exc, kf.KeyFileError) and str(exc) == "broken key file"
    assert future.exception() is exc


def test_tasks_run_one_at_a_time_in_order(qtbot):
    order = []
    gate = threading.Event()
    threads = set()

    def first():
        gate.wait(5)
        order.append("first")
        threads.add(threading.get_ident())

    def second():
        order.append("second")
        threads.add(threading.get_ident())

    with qtbot.waitCallback() as done:
        run_in_background(first)
        run_in_background(second, done)
        gate.set()
    assert order == ["first", "second"] and len(threads) == 1


def test_tasks_drop_callbacks_for_a_destroyed_parent(qtbot):
    gate = threading.Event()
    delivered = []
    owner = QObject()
    run_in_background(gate.wait, delivered.append, delivered.append, parent=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not tasks.is_valid(owner))
    gate.set()
    with qtbot.waitCallback() as done:
        run_in_background(lambda: None, done)
    assert delivered == []


def test_tasks_release_callbacks_and_parent_on_the_gui_thread(qtbot):
    """Qt objects must die on their own thread: the worker never holds the last reference."""
    released_on = []
    gate = threading.Event()
    owner = QObject()
    weakref.finalize(owner, lambda: released_on.append(threading.current_thread().name))
    run_in_background(gate.wait, lambda _result, o=owner: o.objectName(), parent=owner)
    del owner
    gate.set()
    on_worker(qtbot, lambda: None)
    gc.collect()
    assert released_on == [threading.main_thread().name]


def test_tasks_reraise_unhandled_failures_on_the_gui_thread(qtbot):
    def boom():
        raise ValueError("nobody listens")

    with qtbot.captureExceptions() as raised:
        run_in_background(boom)
        with qtbot.waitCallback() as done:
            run_in_background(lambda: None, done)
    assert [type(exc) for _, exc, _ in raised] == [ValueError]


def test_tasks_must_be_started_from_the_gui_thread(qtbot):
    errors = []

    def elsewhere():
        try:
            run_in_background(lambda: None)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join(5)
    assert errors and "GUI thread" in str(errors[0])


def test_many_qt_calls_do_not_exhaust_the_interpreter(qtbot):
    """PySide6 6.12.0 on Python 3.11 loses a reference to None per void call and to True per
    emit; ui.qt compensates (see BINDING_DEFECT). Without that this would abort the run."""
    label = QLabel()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        label.setText("x")
        label.objectNameChanged.emit("x")
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] > before[0] - 100 and after[1] > before[1] - 100, (before, after)


def test_enter_in_a_half_filled_first_run_form_does_not_cancel(qtbot, data_dir):
    dialog = FirstRunDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.cancel_button.autoDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()

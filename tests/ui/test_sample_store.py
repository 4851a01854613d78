"""The first-run dialog's sample store and the main window's banner, on real store files."""

from __future__ import annotations

from app import demo
from app.incidents import Incidents
from app.store import Store
from tests.ui.conftest import FAST_KDF, on_worker
from ui.first_run import FirstRunDialog
from ui.gui import install_language
from ui.qt import QApplication, Qt

SLOW = 30_000  # ms: the sample's ninety-odd incidents on a busy machine


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_first_run_choice_opens_the_sample_apart_with_a_banner_that_stays(
    qtbot, make_controller, data_dir
):
    controller = make_controller(data_dir)
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, FirstRunDialog) and dialog.sample_button.isEnabled()
    with qtbot.waitSignal(dialog.unlocked, timeout=SLOW):
        click(qtbot, dialog.sample_button)
    window = controller.window
    assert window is not None
    qtbot.waitUntil(lambda: window.sample_banner.isVisible(), timeout=SLOW)
    assert window.sample_banner.label.text() == "Sample data — not a real store"
    assert "sample" in window.windowTitle()
    sample_dir = demo.default_dir(data_dir)
    assert window.store.directory == sample_dir and not Store.exists(data_dir)
    count = on_worker(qtbot, lambda: Incidents(window.store).count())
    assert count > 60

    window.show_section(1)  # another page: the banner is still there
    assert window.sample_banner.isVisible()

    window.lock()  # no real store yet: the first-run dialog again, and the same sample
    qtbot.waitUntil(lambda: isinstance(controller.dialog, FirstRunDialog), timeout=SLOW)
    again = controller.dialog
    with qtbot.waitSignal(again.unlocked, timeout=SLOW):
        click(qtbot, again.sample_button)
    reopened = controller.window
    assert reopened is not None and reopened is not window
    qtbot.waitUntil(lambda: reopened.sample_banner.isVisible(), timeout=SLOW)
    assert on_worker(qtbot, lambda: Incidents(reopened.store).count()) == count


def test_a_real_store_in_the_sample_folder_is_refused_and_explained(qtbot, data_dir, passphrase):
    Store.create(demo.default_dir(data_dir), "Amina", passphrase, kdf=FAST_KDF)[0].close()
    dialog = FirstRunDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as failed:
        click(qtbot, dialog.sample_button)
    assert "real store" in failed.args[0] and dialog.banner.isVisible()
    assert dialog.isVisible() and dialog.sample_button.isEnabled()


def test_a_real_store_shows_no_banner(qtbot, open_window):
    window = open_window()
    on_worker(qtbot, lambda: None)  # the worker is serial: the check has answered
    qtbot.waitUntil(lambda: not window.is_sample, timeout=SLOW)
    assert not window.sample_banner.isVisible() and "sample" not in window.windowTitle()


def test_the_banner_speaks_the_persons_language(qtbot, tmp_path):
    app = QApplication.instance()
    undo = install_language(app, "ar")
    try:
        store = on_worker(qtbot, lambda: demo.create(tmp_path / "sample"))
        from ui.main_window import MainWindow

        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.sample_banner.isVisible(), timeout=SLOW)
        text = window.sample_banner.label.text()
        assert text != "Sample data — not a real store" and any(
            "\u0600" <= ch <= "\u06ff" for ch in text
        )
        window.close()
        on_worker(qtbot, lambda: None)
    finally:
        undo()

"""The first-run dialog offers the language first: choosing one saves it and shows the set-up
again in that language, keeping the name typed (never a passphrase)."""

from __future__ import annotations

import pytest

from app.settings import Settings
from ui.first_run import FirstRunDialog
from ui.gui import install_language
from ui.qt import QApplication, QCoreApplication, Qt


@pytest.fixture
def switch():
    app = QApplication.instance()
    undo = [lambda: None]

    def to(code: str) -> None:
        undo.pop()()
        undo.append(install_language(app, code))

    yield to
    undo.pop()()


@pytest.mark.parametrize("code", ["fr", "ar", "zh"])
def test_choosing_a_language_shows_the_set_up_again_in_it(
    qtbot, make_controller, tmp_path, switch, code
):
    controller = make_controller(tmp_path / "data", switch_language=switch)
    finished = []
    controller.finished.connect(lambda: finished.append(True))
    controller.start()
    first = controller.dialog
    assert isinstance(first, FirstRunDialog)
    english = first.windowTitle()
    first.name_edit.setText("Amina")
    first.passphrase_edit.setText("correct horse battery staple")
    combo = first.language_combo
    assert combo.itemText(combo.findData("ar")) == "العربية"  # each in its own name
    combo.setCurrentIndex(combo.findData(code))
    again = controller.dialog
    assert isinstance(again, FirstRunDialog) and again is not first
    title = QCoreApplication.translate("FirstRunDialog", "Set up Upfront")
    assert title != english and again.windowTitle() == title
    assert again.name_edit.text() == "Amina"
    assert again.passphrase_edit.text() == ""  # a passphrase is never carried over
    assert again.language_combo.currentData() == code
    assert Settings().get("language") == code
    expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert QApplication.instance().layoutDirection() == expected
    assert not finished  # the set-up goes on


def test_without_a_way_to_switch_the_choice_is_only_saved(qtbot, make_controller, tmp_path):
    controller = make_controller(tmp_path / "data")
    controller.start()
    first = controller.dialog
    first.language_combo.setCurrentIndex(first.language_combo.findData("es"))
    assert controller.dialog is first
    assert Settings().get("language") == "es"

"""Leaving the import wizard (issue 17: Escape dropped everything without asking). Before
anything is chosen it closes at once; once a file or a choice is made, Escape, Cancel and the
window's close button ask first, and "Go on importing" keeps every choice."""

from __future__ import annotations

import pytest

from tests.ui.test_exchange_dialogs import KOBO, MAPPING, make_wizard, to_page
from ui.qt import QDialog, QMessageBox, Qt, QWizard


def leave(qtbot, wizard, how: str) -> None:
    if how == "escape":
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    elif how == "cancel":
        wizard.button(QWizard.WizardButton.CancelButton).click()
    else:
        wizard.close()


def question(qtbot, wizard) -> QMessageBox:
    qtbot.waitUntil(lambda: wizard.discard_box is not None and wizard.discard_box.isVisible())
    return wizard.discard_box


def answer(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_escape_closes_an_untouched_wizard_at_once(qtbot, store):
    wizard = make_wizard(qtbot, store)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.discard_box is None  # nothing to ask about


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_leaving_after_choosing_a_file_asks_first(qtbot, store, how):
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(KOBO)
    leave(qtbot, wizard, how)
    box = question(qtbot, wizard)
    assert wizard.isVisible()
    assert box.windowTitle() == "Stop the import?"
    assert box.defaultButton() is box.escapeButton()  # a second Escape keeps the work
    answer(box, "Go on importing")
    assert wizard.isVisible()
    assert wizard.choose_page.path.text() == str(KOBO)  # nothing lost
    leave(qtbot, wizard, how)
    answer(question(qtbot, wizard), "Stop the import")
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QDialog.DialogCode.Rejected


def test_a_changed_choice_or_a_later_page_counts_as_work(qtbot, store):
    wizard = make_wizard(qtbot, store)
    page = wizard.choose_page
    assert not wizard.has_work()
    page.encoding.setCurrentIndex(2)
    assert wizard.has_work()
    page.encoding.setCurrentIndex(0)
    assert not wizard.has_work()
    wizard.choose_mapping("kobo")
    wizard.choose_file(KOBO)
    to_page(qtbot, wizard, MAPPING)
    page.path.clear()
    assert wizard.has_work()  # past the first page

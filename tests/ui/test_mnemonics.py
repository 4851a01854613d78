"""In Arabic the underline under a shortcut letter would hide the dots below letters (ب ي ج):
the window draws none there, and the shortcuts still work with Alt."""

from __future__ import annotations

from PySide6.QtTest import QTest

from ui.gui import install_language
from ui.qt import QApplication, QPushButton, QStyle, Qt


def pixels(qtbot, text: str):
    button = QPushButton(text)
    qtbot.addWidget(button)
    button.resize(120, 40)
    return button.grab().toImage()


def test_arabic_draws_no_shortcut_underline_and_undo_restores_it(qtbot) -> None:
    app = QApplication.instance()
    hint = QStyle.StyleHint.SH_UnderlineShortcut
    before = app.style().styleHint(hint)
    assert before  # Qt's own style underlines shortcut letters (or the test shows nothing)
    undo = install_language(app, "ar")
    try:
        assert app.style().styleHint(hint) == 0
        assert pixels(qtbot, "&\u0628\u064a") == pixels(qtbot, "\u0628\u064a")
    finally:
        undo()
    assert app.style().styleHint(hint) == before
    assert pixels(qtbot, "&\u0628\u064a") != pixels(qtbot, "\u0628\u064a")  # drawn again


def test_other_languages_keep_the_underline(qtbot) -> None:
    app = QApplication.instance()
    hint = QStyle.StyleHint.SH_UnderlineShortcut
    before = app.style().styleHint(hint)
    for lang in ("fr", "zh", "ru", "es"):
        undo = install_language(app, lang)
        try:
            assert app.style().styleHint(hint) == before
        finally:
            undo()


def test_alt_and_the_letter_still_press_the_button_in_arabic(qtbot) -> None:
    app = QApplication.instance()
    undo = install_language(app, "ar")
    try:
        button = QPushButton("&Save")
        qtbot.addWidget(button)
        button.show()
        qtbot.waitExposed(button)
        button.activateWindow()
        assert button.shortcut().toString() == "Alt+S"  # the mnemonic is still registered
        with qtbot.waitSignal(button.clicked, timeout=2000):
            # through the window, as a key press from the keyboard comes (Qt's shortcut map)
            QTest.keyClick(button.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    finally:
        undo()

"""The keyboard shortcut sheet (F1) lists every shortcut of the window it is opened from,
read from that window's menus, so it cannot disagree with the keys that work."""

from __future__ import annotations

from ui.qt import QKeySequence, Qt
from ui.shortcuts_dialog import ShortcutSheet, menu_shortcuts


def sheet_rows(sheet: ShortcutSheet) -> list[tuple[str, str, str]]:
    t = sheet.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def every_shortcut(window) -> set[str]:
    """Every key sequence of every action in the window's menus, as the platform writes it."""
    keys = set()
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            for k in action.shortcuts():
                if not k.isEmpty():
                    keys.add(k.toString(QKeySequence.SequenceFormat.NativeText))
    return keys


def test_f1_opens_the_sheet_of_the_main_window_with_every_menu_shortcut(qtbot, open_window):
    window = open_window()
    assert window.shortcuts_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutSheet) is not None)
    sheet = window.findChild(ShortcutSheet)
    rows = sheet_rows(sheet)
    listed = {k.strip() for _w, _a, keys in rows for k in keys.split(",")}
    assert every_shortcut(window) <= listed
    assert ("File", "New incident", "Ctrl+N") in rows
    assert any(what == "Lock" for _w, what, _k in rows)  # the panic key, as set now
    assert any(k == "Tab" for _w, _a, k in rows)  # and the keys that work everywhere


def test_the_sheet_follows_a_changed_panic_key(qtbot, open_window):
    window = open_window()
    window._set_lock_shortcut("Ctrl+Alt+J")
    rows = menu_shortcuts(window)
    lock = [keys for _m, what, keys in rows if what == "Lock"]
    assert lock == [QKeySequence("Ctrl+Alt+J").toString(QKeySequence.SequenceFormat.NativeText)]


def test_the_incident_editor_has_its_own_sheet(qtbot, open_window):
    window = open_window()
    window.new_action.trigger()
    qtbot.waitUntil(lambda: bool(window.editors))
    editor = window.editors[0]
    rows = menu_shortcuts(editor)
    whats = {what for _m, what, _k in rows}
    assert {"Save", "Close", "Undo"} <= whats
    assert every_shortcut(editor) <= {k.strip() for _m, _w, keys in rows for k in keys.split(",")}

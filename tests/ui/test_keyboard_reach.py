"""Full keyboard operation: every page of the window is reached by the key the shortcut sheet
gives for it, every key on the sheet belongs to one command of the window (a key two actions
share does nothing in Qt), and Tab in the incident editor reaches every field of every tab."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication

from app.incidents import Incidents
from app.store import Store
from tests.ui import a11yhelp
from tests.ui.a11yhelp import open_editor
from tests.ui.conftest import on_worker
from ui.qt import QAction, QKeySequence, QMainWindow, Qt, QWidget
from ui.shortcuts_dialog import ShortcutSheet

NATIVE = QKeySequence.SequenceFormat.NativeText
# keys every Qt window has from Qt itself (focus moves, buttons, dialogs): not commands
QT_OWN_KEYS = {"Tab", "Shift+Tab", "Alt+…", "Enter", "Esc"}

# the fixtures: one sample store for the module, a window on it for each test
sample_dir = a11yhelp.sample_dir
ctx = a11yhelp.ctx


def sheet_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    sheet = ShortcutSheet(window)
    try:
        t = sheet.table
        return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]
    finally:
        sheet.deleteLater()


def commands_by_key(window: QWidget) -> dict[str, list[QAction | QShortcut]]:
    """Each key of the window's actions and shortcuts (as the sheet writes it): what has it."""
    found: dict[str, list[QAction | QShortcut]] = {}
    for thing in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        keys = thing.shortcuts() if isinstance(thing, QAction) else thing.keys()
        for key in keys:
            if not key.isEmpty():
                found.setdefault(key.toString(NATIVE), []).append(thing)
    return found


def _clash(a: QAction | QShortcut, b: QAction | QShortcut) -> bool:
    """Both can be active at once, so Qt finds the key ambiguous and does neither: one works in
    the whole window, or the widgets they work in hold one another."""
    wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    if a.shortcutContext() in wide or b.shortcutContext() in wide:
        return True
    wa, wb = a.parent(), b.parent()
    return not (isinstance(wa, QWidget) and isinstance(wb, QWidget)) or (
        wa is wb or wa.isAncestorOf(wb) or wb.isAncestorOf(wa)
    )


def _name(thing: QAction | QShortcut) -> str:
    return (
        thing.text()
        if isinstance(thing, QAction)
        else f"a shortcut of {type(thing.parent()).__name__}"
    )


def press(qtbot, window: QWidget, text: str) -> None:
    """The keys as a person presses them, wherever the focus is in the window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    combo = QKeySequence(text, NATIVE)[0]
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_every_page_is_reached_by_the_key_the_sheet_gives(qtbot, ctx):
    window = ctx.window
    rows = sheet_rows(window)
    pages = [
        (index, window.navigation.item(index).text())
        for index in range(window.navigation.count())
        if window.navigation.item(index).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert len(pages) >= 5
    for index, title in pages:
        keys = [k for _where, what, k in rows if what == title]
        assert keys, f"the page {title} has no key on the shortcut sheet"
        # start from another page, its own control focused
        other = pages[(pages.index((index, title)) + 1) % len(pages)][0]
        window.show_section(other)
        window.pages.widget(other).setFocus()
        press(qtbot, window, keys[0].split(",")[0].strip())
        assert window.pages.currentIndex() == index, f"{keys[0]} did not show {title}"


@pytest.mark.parametrize("which", ["main window", "incident editor"])
def test_every_key_on_the_sheet_does_one_command(qtbot, ctx, which):
    window: QWidget = ctx.window
    if which == "incident editor":
        window = open_editor(ctx, on_worker(qtbot, lambda: _first_incident(ctx.store)))
    commands = commands_by_key(window)
    shared = {
        key: [_name(t) for t in things]
        for key, things in commands.items()
        if any(_clash(a, b) for i, a in enumerate(things) for b in things[i + 1 :])
    }
    assert not shared, f"{which}: keys shared by several commands (none of them works): {shared}"
    listed = {
        key.strip()
        for _where, _what, keys in sheet_rows(window)
        for key in keys.split(",")
        if key.strip() not in QT_OWN_KEYS
    }
    assert listed, which
    missing = sorted(listed - set(commands))
    assert not missing, f"{which}: on the sheet but on no action or shortcut: {missing}"


def _first_incident(store: Store) -> str:
    return str(Incidents(store).list()[0]["id"])


def _stops(field: QWidget) -> list[QWidget]:
    """Where Tab lands for a field: the field, or the controls it is made of."""
    if field.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [field]
    return [
        w
        for w in field.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(field)
    ]


def _owner(focused: QWidget, stops: dict[QWidget, str]) -> str | None:
    node: QWidget | None = focused
    while node is not None:
        if node in stops:
            return stops[node]
        node = node.parentWidget()
    return None


def test_tab_reaches_every_field_of_every_tab_of_the_incident_editor(qtbot, ctx):
    """From the first field of each tab, Tab alone visits every enabled field on it (the
    fields of each victim, perpetrator and source too) and then leaves the tab: no field is
    skipped and none keeps the Tab key to itself."""

    def richest(store: Store) -> str:
        incidents = Incidents(store)
        docs = [incidents.get(row["id"]) for row in incidents.list()[:40]]
        return str(
            max(docs, key=lambda d: len(d.get("victims", [])) * len(d.get("sources", [])))["id"]
        )

    editor = open_editor(ctx, on_worker(qtbot, lambda: richest(ctx.store)))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    fields: dict[str, QWidget] = dict(editor.fields)
    for key, rows in editor.lists.items():
        for n, row in enumerate(rows.rows):
            fields.update({f"{key}[{n}].{name}": w for name, w in row.fields.items()})
            for sub, inner in row.lists.items():
                for m, inner_row in enumerate(inner.rows):
                    fields.update(
                        {f"{key}[{n}].{sub}[{m}].{k}": w for k, w in inner_row.fields.items()}
                    )
    checked = 0
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        page = editor.tabs.widget(tab)
        on_tab = {
            key: w
            for key, w in fields.items()
            if page.isAncestorOf(w) and w.isVisible() and w.isEnabled() and _stops(w)
        }
        if not on_tab:
            continue
        stops = {stop: key for key, w in on_tab.items() for stop in _stops(w)}
        first = next(w for w in page.findChildren(QWidget) if w in stops)
        first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda first=first: first.hasFocus())
        reached = {stops[first]}
        for _ in range(4 * len(stops) + 10):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused is None or not page.isAncestorOf(focused):
                break
            key = _owner(focused, stops)
            if key is not None:
                reached.add(key)
        else:
            pytest.fail(f"tab {editor.tabs.tabText(tab)}: Tab never left the tab")
        missed = sorted(set(on_tab) - reached)
        assert not missed, f"tab {editor.tabs.tabText(tab)}: Tab never reached {missed}"
        checked += len(on_tab)
    assert checked >= 20  # the overview's fields and the rows of the other tabs

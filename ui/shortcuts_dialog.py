"""The keyboard shortcut sheet (Help > Keyboard shortcuts, F1): every shortcut of the window
it is opened from, read from that window's own menus when it opens (so the sheet cannot
disagree with the keys), and the keys that work everywhere."""

from __future__ import annotations

from functools import partial

from ui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequence,
    QMainWindow,
    QMenu,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets import paragraph


def _plain(text: str) -> str:
    """A menu text as read: without its shortcut marker or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut in the window's menus, in the
    order the menus show them; keys as this platform writes them."""
    out: list[tuple[str, str, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = [k for k in action.shortcuts() if not k.isEmpty()]
            if action.isSeparator() or not keys:
                continue
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            out.append((_plain(top.text()), _plain(action.text()), text))
    return out


class ShortcutSheet(QDialog):
    """The shortcuts of `window`'s menus, then the keys that work in every window."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        rows = menu_shortcuts(window) + self.everywhere()
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Every command has a menu entry; these keys reach the most used ones. In "
                    "a menu or a form, the underlined letter with Alt does the same."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def everywhere(self) -> list[tuple[str, str, str]]:
        here = self.tr("Everywhere")
        keys = [
            (self.tr("Next field or button"), "Tab"),
            (self.tr("Previous field or button"), "Shift+Tab"),
            (self.tr("The field or button whose letter is underlined"), "Alt+…"),
            (self.tr("Open the list entry chosen, press the default button"), "Enter"),
            (self.tr("Close a dialog (it asks first when something would be lost)"), "Esc"),
            (self.tr("This sheet"), "F1"),
        ]
        native = QKeySequence.SequenceFormat.NativeText
        return [
            (here, what, QKeySequence(k).toString(native) if k != "Alt+…" else k)
            for what, k in keys
        ]


def show_sheet(window: QMainWindow) -> ShortcutSheet:
    sheet = ShortcutSheet(window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.open()
    return sheet


def add_shortcut_sheet(window: QMainWindow, menu: QMenu) -> QAction:
    """Help > Keyboard shortcuts (F1) in `menu`, opening the sheet of `window`."""
    action = QAction(QCoreApplication.translate("ShortcutSheet", "Keyboard &shortcuts"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.triggered.connect(partial(show_sheet, window))
    menu.addAction(action)
    return action

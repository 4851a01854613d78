"""Undo for the incident form: a field edit, a list entry added or removed, and the Ctrl+Z
keys taken from the inputs so the form keeps one history. Commands address widgets by path
(("violations", 2, "type")), not by object, as undoing a row's removal makes a new widget."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from ui.qt import (
    QCoreApplication,
    QEvent,
    QKeyEvent,
    QKeySequence,
    QObject,
    QUndoCommand,
    QUndoStack,
)

if TYPE_CHECKING:
    from ui.incident_editor.editor import IncidentEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentEditor", text)


class FieldCommand(QUndoCommand):
    """One input changed from `old` to `new`; typing into the same input merges."""

    ID = 1

    def __init__(self, editor: IncidentEditor, path: tuple, old: Any, new: Any) -> None:
        super().__init__(_tr("Edit field"))
        self.editor, self.path, self.old, self.new = editor, path, old, new
        self.first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        if not isinstance(other, FieldCommand) or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.first:  # the widget already shows the new value
            self.first = False
            return
        self.editor.apply(self.path, self.new)

    def undo(self) -> None:
        self.editor.apply(self.path, self.old)


class RowCommand(QUndoCommand):
    """An entry added to (or removed from) one of the lists."""

    def __init__(
        self, editor: IncidentEditor, list_path: tuple, index: int, data: dict, adding: bool
    ) -> None:
        super().__init__(_tr("Add entry") if adding else _tr("Remove entry"))
        self.editor, self.list_path, self.index = editor, list_path, index
        self.data, self.adding = data, adding

    def _insert(self) -> None:
        self.editor.list_at(self.list_path).insert_row(self.index, copy.deepcopy(self.data))

    def _remove(self) -> None:
        self.editor.list_at(self.list_path).remove_row(self.index)

    def redo(self) -> None:
        self._insert() if self.adding else self._remove()

    def undo(self) -> None:
        self._remove() if self.adding else self._insert()


class UndoKeys(QObject):
    """Inputs have their own undo for Ctrl+Z; in this form the form's undo must win (one
    history for every field and row), so the keys are taken from the input and given to the
    form's stack, whether or not the window's shortcut would have seen them."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack

    @staticmethod
    def _kind(event: QKeyEvent) -> str | None:
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or (
            QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
        ):
            return "redo"
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        kind = self._kind(event)
        if kind is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press, which lands below
        elif kind == "undo":
            self.stack.undo()
        else:
            self.stack.redo()
        return True

"""The form's inputs and their values: the two inputs made for this form (ViolationChoice,
CountBox), how any input's value is read and written as the JSON contract has it, and a
validation error's field as a widget path."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ui.qt import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
    Signal,
)
from ui.text import fill
from ui.vocab_widgets import PartialDateEdit, VocabCombo

MASK = "\u2022\u2022\u2022\u2022\u2022"
_SEGMENT = re.compile(r"^([A-Za-z_]+)(?:\[(\d+)\])?$")


class ViolationChoice(QComboBox):
    """Which violation of this incident an involvement names, by index."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: int | None = None
        self.currentIndexChanged.connect(self._picked)

    def _picked(self, _i: int) -> None:
        self._index = self.currentData()
        self.changed.emit()

    def index(self) -> int | None:
        return self._index

    def set_index(self, index: int | None) -> None:
        self._index = index
        found = self.findData(index)
        if found < 0 and index is not None:
            self.addItem(fill(self.tr("Violation {number} (missing)"), number=index + 1), index)
            found = self.count() - 1
        self.setCurrentIndex(found)

    def set_choices(self, labels: list[str]) -> None:
        keep = self._index
        self.blockSignals(True)
        try:
            self.clear()
            for i, label in enumerate(labels):
                self.addItem(fill(self.tr("{number}: {label}"), number=i + 1, label=label), i)
            self.set_index(keep if keep is not None else (0 if labels else None))
        finally:
            self.blockSignals(False)


class CountBox(QSpinBox):
    """A required whole number: 0 is a count, not "not given"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 1_000_000)


def field_path(field: str) -> tuple:
    """A BadInput field as a widget path: "violations[0].type" -> ("violations", 0, "type");
    "location.lat" stays one key, as the form has one input for it."""
    if field == "date_precision":
        return ("occurred_from",)
    if field.split(".")[0] in ("location", "verification"):
        return (field,)
    path: list = []
    for segment in field.split("."):
        match = _SEGMENT.match(segment)
        if not match:
            break
        path.append(match.group(1))
        if match.group(2) is not None:
            path.append(int(match.group(2)))
    return tuple(path)


def accessors(widget: QWidget) -> tuple[Callable[[], Any], Callable[[Any], None], Any]:
    """(get, set, changed signal) of an input, for undo: the value exactly as shown."""
    if isinstance(widget, PartialDateEdit):
        return widget.state, widget.set_state, widget.changed
    if isinstance(widget, VocabCombo):
        return widget.code, widget.set_code, widget.codeChanged
    if isinstance(widget, ViolationChoice):
        return widget.index, widget.set_index, widget.changed
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, widget.setPlainText, widget.textChanged
    if isinstance(widget, QLineEdit):
        return widget.text, widget.setText, widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.isChecked, widget.setChecked, widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.value, widget.setValue, widget.valueChanged
    raise TypeError(f"no undo accessors for {type(widget).__name__}")


def json_value(widget: QWidget) -> Any:
    """The input's value as the JSON contract has it."""
    if isinstance(widget, PartialDateEdit):
        return widget.value()
    if isinstance(widget, VocabCombo):
        return widget.code()
    if isinstance(widget, ViolationChoice):
        return widget.index()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, CountBox):
        return widget.value()
    if isinstance(widget, QSpinBox):
        return None if widget.value() == widget.minimum() else widget.value()
    raise TypeError(type(widget).__name__)


def set_json_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, PartialDateEdit):
        widget.set_value(value)
    elif isinstance(widget, VocabCombo):
        widget.set_code(value)
    elif isinstance(widget, ViolationChoice):
        widget.set_index(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))


def number(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text  # the validator says "must be a number" next to the field

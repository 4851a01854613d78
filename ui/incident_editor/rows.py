"""The form's lists: a Row is one entry (a violation, a victim, ...) with its inputs by JSON
key; a RowList holds the entries with Add / Remove, each change going through the editor's
undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.incident_editor.fields import MASK, json_value, set_json_value
from ui.incident_editor.undo import RowCommand
from ui.qt import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.text import fill

if TYPE_CHECKING:
    from ui.incident_editor.editor import IncidentEditor


class Row(QFrame):
    """One entry of a list: inputs by JSON key, plus keys the form carries through unseen."""

    def __init__(self, owner: RowList) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fields: dict[str, QWidget] = {}
        self.lists: dict[str, RowList] = {}
        self.carried: dict[str, Any] = {}
        self.masked = False  # a protected name withheld: kept from the store unless replaced
        self.reveal_button: QPushButton | None = None
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: owner.request_remove(self))
        header.addWidget(self.heading, 1)
        header.addWidget(self.remove_button)
        outer.addLayout(header)
        self.form = QFormLayout()
        outer.addLayout(self.form)

    def path(self) -> tuple:
        return (*self.owner.path(), self.owner.rows.index(self))

    def add_field(
        self, key: str, label: str, widget: QWidget, extra: QWidget | None = None
    ) -> QWidget:
        self.fields[key] = widget
        widget.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        if extra is None:
            self.form.addRow(caption, widget)
        else:
            box = QHBoxLayout()
            box.addWidget(widget, 1)
            box.addWidget(extra)
            self.form.addRow(caption, box)
        return widget

    def add_list(self, key: str, label: str, sub: RowList) -> None:
        self.lists[key] = sub
        sub.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        self.form.addRow(caption, sub)

    def values(self) -> dict:
        out = dict(self.carried)
        for key, widget in self.fields.items():
            # an input switched off (group size of an individual) gives no value
            out[key] = json_value(widget) if widget.isEnabledTo(self) else None
        for key, sub in self.lists.items():
            out[key] = sub.values()
        if "name" in self.fields:
            if self.masked and out.get("name") is None:
                out["masked"] = True
            else:
                out.pop("masked", None)
        return out

    def load(self, data: dict) -> None:
        shown = set(self.fields) | set(self.lists) | {"masked"}
        self.carried = {k: v for k, v in data.items() if k not in shown}
        for key, widget in self.fields.items():
            if key in data:
                set_json_value(widget, data[key])
        for key, sub in self.lists.items():
            sub.set_rows(data.get(key) or [])
        self.set_masked(bool(data.get("masked")) and not data.get("name"))

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        name = self.fields.get("name")
        if isinstance(name, QLineEdit):
            name.setPlaceholderText(
                fill(self.tr("{mask} (protected)"), mask=MASK) if masked else ""
            )
        if self.reveal_button is not None:
            self.reveal_button.setVisible(masked and bool(self.carried.get("id")))


class RowList(QWidget):
    """Entries with Add / Remove; each change goes through the editor's undo stack."""

    def __init__(
        self,
        editor: IncidentEditor,
        key: str,
        build: Callable[[Row], None],
        heading: Callable[[int], str],
        add_label: str,
        defaults: dict,
        parent_row: Row | None = None,
        scroll: bool = True,
    ) -> None:
        super().__init__(parent_row)
        self.editor, self.key, self.build, self.heading = editor, key, build, heading
        self.defaults, self.parent_row = defaults, parent_row
        self.rows: list[Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        if scroll:
            self.body_layout.addStretch(1)
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setWidget(self.body)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own: Tab goes to fields
            outer.addWidget(area, 1)
        else:
            outer.addWidget(self.body)
        self.add_button = QPushButton(add_label, self)
        self.add_button.clicked.connect(self.request_add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def path(self) -> tuple:
        return (self.key,) if self.parent_row is None else (*self.parent_row.path(), self.key)

    def request_add(self) -> None:
        self.editor.push(
            RowCommand(self.editor, self.path(), len(self.rows), dict(self.defaults), adding=True)
        )
        first = next(iter(self.rows[-1].fields.values()), None)
        if first is not None:
            first.setFocus()

    def request_remove(self, row: Row) -> None:
        index = self.rows.index(row)
        if self.path() == ("violations",):
            self.editor.remove_violation(index)
            return
        self.editor.push(RowCommand(self.editor, self.path(), index, row.values(), adding=False))

    def insert_row(self, index: int, data: dict) -> Row:
        row = Row(self)
        self.rows.insert(index, row)  # first: its inputs' paths count on its place
        with self.editor.quietly():
            self.build(row)
            for widget in row.fields.values():
                self.editor.track(widget, row=row)
            row.load(data)
        self.body_layout.insertWidget(index, row)
        self._tab_order(index)
        self._renumber()
        self.editor.list_changed(self)
        return row

    def _tab_order(self, index: int) -> None:
        """Tab reaches a row where it is shown: after the row above it (or what comes before
        the list), before the row below it (or the Add button). Made after the editor, a row
        would otherwise join the window's tab order at its end, after Save."""
        stops = _tab_stops(self.rows[index])
        if not stops:
            return
        above = (found[-1] for found in map(_tab_stops, reversed(self.rows[:index])) if found)
        below = (found[0] for found in map(_tab_stops, self.rows[index + 1 :]) if found)
        before = next(above, None) or self._stop_before_rows()
        chain = [*([before] if before is not None else []), *stops, next(below, self.add_button)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _stop_before_rows(self) -> QWidget | None:
        """The last control Tab reaches before this list's rows (None: there is none)."""
        node = self.add_button.previousInFocusChain()
        while node is not None and node is not self.add_button:
            if not self.body.isAncestorOf(node) and node.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return node
            node = node.previousInFocusChain()
        return None

    def remove_row(self, index: int) -> None:
        row = self.rows.pop(index)
        self.body_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.editor.list_changed(self)

    def set_rows(self, items: list[dict]) -> None:
        while self.rows:
            self.remove_row(len(self.rows) - 1)
        for data in items:
            self.insert_row(len(self.rows), data)

    def values(self) -> list[dict]:
        return [row.values() for row in self.rows]

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.heading.setText(self.heading(i))
            row.remove_button.setAccessibleName(fill(self.tr("Remove {row}"), row=self.heading(i)))


def _tab_stops(row: QWidget) -> list[QWidget]:
    """The controls Tab stops at in `row`, in the order made (a combo box's own line edit and
    the like are part of their control)."""

    def inside_a_control(widget: QWidget) -> bool:
        node = widget.parentWidget()
        while node is not None and node is not row:
            if node.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return True
            node = node.parentWidget()
        return False

    return [
        w
        for w in row.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is row.window()
        and not inside_a_control(w)
    ]

"""Incidents a situation's record cites: the evidence of an assessment's risk factor, the
incidents a strategy action addresses. `IncidentPicker` finds them (full-text, within the
situation's country, regions and period unless the officer widens it) and `CitedIncidents`
lists those chosen, with Add and Remove.

Only incident ids are kept. An id of an incident this device does not hold (deleted, or never
sent to it) is kept as it is and shown as not on this device: the record cited it, and a
colleague's device may hold it.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from app.situations import Situations
from app.situations.evidence import LIMIT
from app.store import Store
from ui.failures import failure_message_in
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill

log = logging.getLogger(__name__)

INCIDENT_ID = Qt.ItemDataRole.UserRole


def incident_label(row: dict[str, Any]) -> str:
    """An incident as a line: its title, its date, its place (the finest known first)."""
    where = ", ".join(
        x for x in (row.get("place"), row.get("admin2"), row.get("admin1"), row.get("country")) if x
    )
    return " — ".join(x for x in (row.get("title") or "", row.get("occurred_from"), where) if x)


class IncidentPicker(QDialog):
    """Search incidents and tick those to add; `picked()` gives their ids (those already
    chosen are shown ticked and cannot be ticked again). Emits `searched` when a search's
    results are shown."""

    searched = Signal()

    def __init__(
        self,
        store: Store,
        situation_id: str,
        chosen: list[str],
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id = store, situation_id
        self.chosen = set(chosen)
        self.rows: dict[str, dict[str, Any]] = {}  # every row shown, by id
        self._asked = 0  # the latest search: an older one's answer is dropped
        self._ticked_before: set[str] = set()  # ticked in an earlier search, not shown now
        self.setWindowTitle(title or self.tr("Choose incidents"))
        self.resize(720, 520)
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(self.tr("Search incidents"))
        self.search_box.setPlaceholderText(self.tr("Words in the title, narrative or place"))
        self.search_box.setClearButtonEnabled(True)
        self.in_scope = QCheckBox(self.tr("Only the situation's country, regions and period"))
        self.in_scope.setChecked(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Incidents found"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemActivated.connect(self._toggle)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add ticked"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # search as the officer types, once the typing pauses
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(lambda _t: self.timer.start())
        self.in_scope.toggled.connect(lambda _on: self.search())
        label = QLabel(self.tr("Search"))
        label.setBuddy(self.search_box)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.in_scope)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.search()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Enter in the search box searches at once; it does not close the dialog."""
        if self.focusWidget() is self.search_box and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.search()
            event.accept()
            return
        super().keyPressEvent(event)

    def search(self) -> None:
        """Search on the store worker with the words typed (none: every incident in scope)."""
        self.timer.stop()
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Searching…"))
        run_in_background(
            partial(
                Situations(self.store).find_incidents,
                self.situation_id,
                self.search_box.text().strip() or None,
                in_scope=self.in_scope.isChecked(),
            ),
            partial(self._found, asked),
            self._failed,
            parent=self,
        )

    def _failed(self, exc: Exception) -> None:
        log.error("searching incidents failed: %s", type(exc).__name__)
        self.status.setText(failure_message_in(self.tr("The search failed."), exc))

    def _found(self, asked: int, rows: list[dict[str, Any]]) -> None:
        if asked != self._asked:
            return
        ticked = set(self.picked())
        self.results.clear()
        for row in rows:
            self.rows[row["id"]] = row
            item = QListWidgetItem(incident_label(row))
            item.setData(INCIDENT_ID, row["id"])
            item.setToolTip(item.text())
            if row["id"] in self.chosen:
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setText(fill(self.tr("{incident} (already chosen)"), incident=item.text()))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if row["id"] in ticked else Qt.CheckState.Unchecked
                )
            self.results.addItem(item)
        self._ticked_before = ticked - {r["id"] for r in rows}
        if not rows:
            self.status.setText(self.tr("No incident matches."))
        elif len(rows) >= LIMIT:
            self.status.setText(
                fill(
                    self.tr("The {limit} latest found are shown: add words to narrow the search."),
                    limit=LIMIT,
                )
            )
        else:
            self.status.setText(self.tr("%n incident(s) found", "", len(rows)))
        self.searched.emit()

    def _toggle(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def picked(self) -> list[str]:
        """The ids ticked, in the order shown; those ticked in an earlier search too."""
        shown = [
            item
            for i in range(self.results.count())
            if (item := self.results.item(i)).data(INCIDENT_ID) not in self.chosen
        ]
        now = [i.data(INCIDENT_ID) for i in shown if i.checkState() == Qt.CheckState.Checked]
        return [*sorted(self._ticked_before - set(now)), *now]


class CitedIncidents(QWidget):
    """The incidents chosen, one a line, with Add (the picker) and Remove. `ids` is what the
    record keeps; emits `changed` when the officer adds or removes, `labelled` when the
    lines are named from the store."""

    changed = Signal()
    labelled = Signal()

    def __init__(
        self,
        store: Store | None,
        situation_id: str,
        ids: list[str],
        parent: QWidget | None = None,
        *,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id, self.name = store, situation_id, name
        self.ids: list[str] = []
        self.known: dict[str, dict[str, Any] | None] = {}  # id → summary row; None: not here
        self.picker: IncidentPicker | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(6 * self.list.fontMetrics().lineSpacing() + 8)
        self.add_button = QPushButton(self.tr("Add incidents…"))
        self.add_button.setAccessibleName(fill(self.tr("Add incidents: {list}"), list=name))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(fill(self.tr("Remove from {list}"), list=name))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_ids(ids)

    def set_ids(self, ids: list[str]) -> None:
        """Show these ids (another factor's evidence, say); names those not yet named."""
        self.ids = list(dict.fromkeys(ids))
        self._show()
        unnamed = [i for i in self.ids if i not in self.known]
        if unnamed and self.store is not None:
            run_in_background(
                partial(Situations(self.store).incidents_named, unnamed),
                partial(self._named, unnamed),
                self._failed,
                parent=self,
            )

    def _failed(self, exc: Exception) -> None:
        log.error("naming cited incidents failed: %s", type(exc).__name__)
        self.list.setToolTip(failure_message_in(self.tr("The incidents could not be named."), exc))

    def _named(self, asked: list[str], rows: dict[str, dict[str, Any]]) -> None:
        for iid in asked:
            self.known[iid] = rows.get(iid)
        self._show()
        self.labelled.emit()

    def text_of(self, iid: str) -> str:
        if iid not in self.known:
            return self.tr("…")
        row = self.known[iid]
        if row is None:
            return fill(self.tr("(not on this device) {id}"), id=iid)
        return incident_label(row)

    def _show(self) -> None:
        self.list.clear()
        for iid in self.ids:
            item = QListWidgetItem(self.text_of(iid))
            item.setData(INCIDENT_ID, iid)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.remove_button.setEnabled(False)

    def add(self) -> None:
        """Open the picker (window-modal; answered later, never a nested event loop)."""
        if self.store is None:
            return
        picker = self.picker = IncidentPicker(
            self.store, self.situation_id, self.ids, self, title=self.name
        )
        picker.accepted.connect(partial(self._picked, picker))
        picker.open()

    def _picked(self, picker: IncidentPicker) -> None:
        new = [i for i in picker.picked() if i not in self.ids]
        if not new:
            return
        for iid in new:
            self.known[iid] = picker.rows.get(iid)
        self.ids += new
        self._show()
        self.changed.emit()

    def remove_selected(self) -> None:
        gone = {item.data(INCIDENT_ID) for item in self.list.selectedItems()}
        if not gone:
            return
        self.ids = [i for i in self.ids if i not in gone]
        self._show()
        self.changed.emit()

"""The Strategies section: one board across every situation of concern, listing each action of
each situation's current strategy, overdue first, then blocked, then by due date.

The actions come from app.situations on the store worker; the filters (pillar, status, only
overdue or blocked) narrow the loaded list without asking the store again. Activating a row
(double-click, or Enter) asks for its situation to be opened.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from app.changes import Changes, Kind
from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.changes import RefreshWhenShown
from ui.failures import failure_message_in
from ui.palette import BLOCKED, OVERDUE, ROW_TEXT
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import add_term, entity_short_name, tooltip_follows_item

log = logging.getLogger(__name__)

SITUATION, ACTION, PILLAR, LEVEL, LEAD, OWNER, DUE, STATUS = range(8)


def _load(store: Store) -> list[dict]:
    return Situations(store).all_actions()


class StrategiesPage(QWidget):
    """Emits `open_situation(id)` when a row is activated, and `ready` each time a load has
    been shown (`loaded` then holds every action, before filtering)."""

    open_situation = Signal(str)
    ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.vocab = vocabularies()
        self.loaded: list[dict] | None = None
        self.shown: list[dict] = []  # the actions in the table, row by row

        self.pillar = QComboBox()
        self.pillar.setAccessibleName(self.tr("Pillar"))
        self.pillar.addItem(self.tr("All pillars"), None)
        for term in self.vocab.terms("strategy-pillar"):
            add_term(self.pillar, term, self.lang)
        tooltip_follows_item(self.pillar)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for term in self.vocab.terms("action-status"):
            add_term(self.status, term, self.lang)
        tooltip_follows_item(self.status)
        self.late_only = QCheckBox(self.tr("Only overdue or blocked"))
        self.pillar.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.status.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.late_only.toggled.connect(lambda _on: self._show_rows())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty = QLabel(self.tr("No situation has a strategy yet. Add one under Situations."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Actions of every situation's strategy"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Situation"),
                self.tr("Action"),
                self.tr("Pillar"),
                self.tr("Level"),
                self.tr("Lead"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.activated.connect(self._activated)  # double-click, or Enter / Return
        # the objectives of the chosen row's situation: add, change the wording, remove
        self.objectives_button = QPushButton(self.tr("Objectives of its situation…"))
        self.objectives_button.setEnabled(False)
        self.objectives_button.clicked.connect(self.edit_objectives)
        self.table.itemSelectionChanged.connect(
            lambda: self.objectives_button.setEnabled(self._chosen() is not None)
        )
        self.dialog: QWidget | None = None

        filters = QHBoxLayout()
        pillar_label = QLabel(self.tr("Pillar"))
        pillar_label.setBuddy(self.pillar)
        status_label = QLabel(self.tr("Status"))
        status_label.setBuddy(self.status)
        for widget in (pillar_label, self.pillar, status_label, self.status, self.late_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.objectives_button)
        below.addStretch(1)
        layout.addLayout(below)
        self.reload = RefreshWhenShown(self, self.refresh)
        self.refresh()

    # ---- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load every action again on the store worker; the filters stay as they are."""
        run_in_background(partial(_load, self.store), self._loaded, self._failed, parent=self)

    def on_changes(self, changes: Changes) -> None:
        """A strategy saved, or a situation renamed: reload (now if shown, else when next
        shown)."""
        if changes.touches(Kind.STRATEGIES, Kind.SITUATIONS):
            self.reload.request()

    def _failed(self, exc: Exception) -> None:
        log.error("loading the strategies board failed: %s", type(exc).__name__)
        self.summary.setText(failure_message_in(self.tr("The actions could not be loaded."), exc))

    def _loaded(self, actions: list[dict]) -> None:
        self.loaded = actions
        self._show_rows()
        self.ready.emit()

    # ---- showing ---------------------------------------------------------------------------
    def _label(self, kind: str, code: str | None) -> str:
        if code is None:
            return ""
        term = self.vocab.term(kind, code)
        return term.label(self.lang) if term else code

    def _matches(self, action: dict) -> bool:
        pillar, status = self.pillar.currentData(), self.status.currentData()
        return (
            (pillar is None or action["pillar"] == pillar)
            and (status is None or action["status"] == status)
            and (not self.late_only.isChecked() or action["overdue"] or action["blocked"])
        )

    def _show_rows(self) -> None:
        if self.loaded is None:
            return
        nothing = not self.loaded
        self.empty.setVisible(nothing)
        self.table.setVisible(not nothing)
        self.shown = [a for a in self.loaded if self._matches(a)]
        self.table.setRowCount(len(self.shown))
        for r, a in enumerate(self.shown):
            # blocked is the action's own status, so the status label already says it
            status = self._label("action-status", a["status"])
            if a["overdue"]:
                status = fill(self.tr("{status} — overdue"), status=status)
            cells = [
                a["situation"]["name"],
                a["title"],
                self._label("strategy-pillar", a["pillar"]),
                self._label("strategy-level", a["level"]),
                entity_short_name(a["lead"], self.lang) if a["lead"] else "",
                a["owner"] or "",
                a["due"] or "",
                status,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a["overdue"]:
                    item.setBackground(OVERDUE)
                    item.setForeground(ROW_TEXT)
                elif a["blocked"]:
                    item.setBackground(BLOCKED)
                    item.setForeground(ROW_TEXT)
                self.table.setItem(r, c, item)
            self.table.item(r, ACTION).setToolTip(a["title"])
        self.summary.setText("" if nothing else self._summary())

    def _summary(self) -> str:
        situations = len({a["situation"]["id"] for a in self.shown})
        return fill(
            self.tr("{actions} in {situations}; {overdue} overdue, {blocked} blocked"),
            actions=self.tr("%n action(s)", "", len(self.shown)),
            situations=self.tr("%n situation(s)", "", situations),
            overdue=sum(1 for a in self.shown if a["overdue"]),
            blocked=sum(1 for a in self.shown if a["blocked"]),
        )

    def _activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.shown):
            self.open_situation.emit(self.shown[index.row()]["situation"]["id"])

    # ---- objectives ------------------------------------------------------------------------
    def _chosen(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def edit_objectives(self) -> None:
        """Open the objectives of the chosen action's situation, as its current version
        holds them (read again: the board may be older)."""
        action = self._chosen()
        if action is None:
            return
        situation_id = action["situation"]["id"]
        run_in_background(
            partial(Situations(self.store).strategy, situation_id),
            partial(self._open_objectives, situation_id),
            self._failed,
            parent=self,
        )

    def _open_objectives(self, situation_id: str, strategy: dict[str, Any] | None) -> None:
        from ui.situation_dialogs import ObjectivesDialog

        dialog = ObjectivesDialog(self.store, situation_id, strategy, self)
        dialog.saved.connect(lambda _doc: self.refresh())
        self.dialog = dialog
        dialog.open()

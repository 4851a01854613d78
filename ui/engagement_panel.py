"""A situation's engagement log (issue 18): démarches and meetings with the authorities,
briefings to Member States or the Security Council, statements and letters, each with who
from the UN, with whom, through which channel, what was asked and answered, and the
follow-up due (an overdue one stands out). Added and edited in `EngagementDialog`; the log
is read and saved through app.situations on the store worker.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import partial
from typing import Any

from app.errors import BadInput
from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message_in
from ui.palette import OVERDUE, ROW_TEXT
from ui.qt import (
    QDate,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.saving_dialog import _SavingDialog
from ui.situation_dialogs import _combo
from ui.tasks import run_in_background
from ui.text import fill
from ui.widgets import DateField, row_table

log = logging.getLogger(__name__)

ENGAGEMENT_ID = Qt.ItemDataRole.UserRole


def follow_up_overdue(doc: dict[str, Any], today: date | None = None) -> bool:
    """Whether the entry's follow-up is past due: the service's word where it gives one,
    else its due date before today."""
    if "follow_up_overdue" in doc:
        return bool(doc["follow_up_overdue"])
    due = doc.get("follow_up_due")
    return isinstance(due, str) and due < (today or date.today()).isoformat()


class EngagementPanel(QWidget):
    """The engagement log of one situation, as a table, with Add and Edit."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.vocab = vocabularies()
        self.situation_id: str | None = None
        self.rows: list[dict[str, Any]] | None = None  # None: not loaded yet
        self.dialog: EngagementDialog | None = None
        self.select: str | None = None  # the entry to show once loaded: one just saved
        self.table = row_table(
            self.tr("Engagement log"),
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Channel"),
                self.tr("UN by"),
                self.tr("With whom"),
                self.tr("Follow-up due"),
                self.tr("Confidentiality"),
            ],
            stretch=4,
        )
        self.table.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_detail(row))
        # what was asked and answered in the entry chosen: too long for a cell
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()  # shown only when it has something to say
        self.status.setWordWrap(True)
        self.status.hide()
        self.add_button = QPushButton(self.tr("Add engagement…"))
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(self.tr("Edit engagement…"))
        self.edit_button.clicked.connect(self._edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(self.situation_id is not None)
        self.edit_button.setEnabled(bool(self.rows))

    def _label(self, kind: str, code: str | None) -> str:
        if not code:
            return ""
        term = self.vocab.term(kind, code)
        return term.label(self.lang) if term else code

    # ---- loading -----------------------------------------------------------------------------
    def show_situation(self, situation_id: str | None) -> None:
        """Read the log of this situation (again) and show it."""
        if situation_id != self.situation_id:
            self.rows = None
            self.table.setRowCount(0)
            self.detail.clear()
        self.situation_id = situation_id
        self._enable()
        if situation_id is None:
            return
        store = self.store
        run_in_background(
            partial(lambda s, sid: (sid, Situations(s).engagements(sid)), store, situation_id),
            self._show,
            self._failed,
            parent=self,
        )

    def _failed(self, exc: Exception) -> None:
        log.error("loading the engagement log failed: %s", type(exc).__name__)
        self.status.setText(
            failure_message_in(self.tr("The engagement log could not be loaded."), exc)
        )
        self.status.show()

    def _show(self, result: tuple[str, list[dict[str, Any]]]) -> None:
        situation_id, rows = result
        if situation_id != self.situation_id:
            return  # another situation was chosen meanwhile
        chosen, self.select = self.select or self._selected_id(), None
        self.rows = rows
        self.status.setText(
            "" if rows else self.tr("No engagement recorded yet. Add one with Add engagement….")
        )
        self.status.setVisible(not rows)
        self.table.setRowCount(len(rows))
        today = date.today()
        for r, e in enumerate(rows):
            overdue = follow_up_overdue(e, today)
            due = e.get("follow_up_due") or ""
            if overdue:
                due = fill(self.tr("{date} — overdue"), date=f"\u2066{due}\u2069")  # LTR-isolated
            cells = [
                e["date"],
                self._label("engagement-type", e["type"]),
                self._label("engagement-channel", e["channel"]),
                e["un_by"],
                e["with_whom"],
                due,
                self._label("confidentiality", e["confidentiality"]),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ENGAGEMENT_ID, e["id"])
                if overdue:
                    item.setBackground(OVERDUE)
                    item.setForeground(ROW_TEXT)
                self.table.setItem(r, c, item)
        ids = [e["id"] for e in rows]
        if rows:
            # the current cell, not selectRow: right to left, selectRow finds no column
            # until the view is laid out, and selects nothing
            row = ids.index(chosen) if chosen in ids else len(rows) - 1
            self.table.setCurrentCell(row, 0)
        self._show_detail(self.table.currentRow())
        self._enable()

    def _selected_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ENGAGEMENT_ID) if item is not None else None

    def _show_detail(self, row: int) -> None:
        if self.rows is None or not 0 <= row < len(self.rows):
            self.detail.clear()
            return
        e = self.rows[row]
        self.detail.setText(
            fill(
                self.tr("Asked: {asked}\nAnswered: {answered}"),
                asked=e.get("asked") or "—",
                answered=e.get("answered") or "—",
            )
        )

    # ---- editing -----------------------------------------------------------------------------
    def _saved(self, doc: dict[str, Any]) -> None:
        self.select = doc["id"]  # the entry just saved, wherever its date puts it
        self.show_situation(self.situation_id)

    def _edit_selected(self) -> None:
        if self.table.currentRow() >= 0:
            self.edit(self.table.currentRow())

    def edit(self, row: int | None) -> None:
        """Add an entry (`row` None) or edit the one in `row` of the table."""
        if self.situation_id is None:
            return
        current = None
        if row is not None:
            if self.rows is None or not 0 <= row < len(self.rows):
                return
            current = self.rows[row]
        dialog = EngagementDialog(self.store, self.situation_id, current, self, lang=self.lang)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()


class EngagementDialog(_SavingDialog):
    """One entry of the engagement log, new (`current` None) or edited."""

    def __init__(
        self,
        store: Store,
        situation_id: str,
        current: dict[str, Any] | None,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id, self.current = store, situation_id, current
        e = current or {}
        self.setWindowTitle(self.tr("Engagement") if current else self.tr("New engagement"))
        self.resize(640, 620)
        today = QDate.currentDate()
        self.date = DateField(
            self.tr("Date"), e.get("date") or today, optional=False, maximum=today
        )
        self.type = _combo("engagement-type", lang, e.get("type"))
        self.channel = _combo("engagement-channel", lang, e.get("channel"))
        self.un_by = QLineEdit(e.get("un_by") or "")
        self.un_by.setPlaceholderText(self.tr("who from the UN engaged"))
        self.with_whom = QLineEdit(e.get("with_whom") or "")
        self.with_whom.setPlaceholderText(self.tr("the authority, mission or body met"))
        self.asked = QPlainTextEdit(e.get("asked") or "")
        self.asked.setTabChangesFocus(True)
        self.answered = QPlainTextEdit(e.get("answered") or "")
        self.answered.setTabChangesFocus(True)
        self.follow_up = DateField(self.tr("Follow-up due"), e.get("follow_up_due"))
        self.confidentiality = _combo(
            "confidentiality", lang, e.get("confidentiality") or "internal"
        )
        self.labels = {
            "date": self.tr("Date"),
            "type": self.tr("Type"),
            "channel": self.tr("Channel"),
            "un_by": self.tr("UN by"),
            "with_whom": self.tr("With whom"),
            "asked": self.tr("What was asked"),
            "answered": self.tr("What was answered"),
            "follow_up_due": self.tr("Follow-up due"),
            "confidentiality": self.tr("Confidentiality"),
            "revision": self.tr("Engagement"),
        }
        form = QFormLayout()
        form.addRow(self.labels["date"], self.date)
        form.addRow(self.labels["type"], self.type)
        form.addRow(self.labels["channel"], self.channel)
        form.addRow(self.labels["un_by"], self.un_by)
        form.addRow(self.labels["with_whom"], self.with_whom)
        form.addRow(self.labels["asked"], self.asked)
        form.addRow(self.labels["answered"], self.answered)
        form.addRow(self.labels["follow_up_due"], self.follow_up)
        form.addRow(self.labels["confidentiality"], self.confidentiality)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def document(self) -> dict[str, Any]:
        return {
            "date": self.date.iso(),
            "type": self.type.currentData(),
            "channel": self.channel.currentData(),
            "un_by": self.un_by.text().strip(),
            "with_whom": self.with_whom.text().strip(),
            "asked": self.asked.toPlainText().strip(),
            "answered": self.answered.toPlainText().strip(),
            "follow_up_due": self.follow_up.iso(),
            "confidentiality": self.confidentiality.currentData(),
        }

    def save(self) -> None:
        if not self._dates_ok(self.date, self.follow_up):
            return
        missing = [
            (field, widget)
            for field, widget in (("un_by", self.un_by), ("with_whom", self.with_whom))
            if not widget.text().strip()
        ]
        if missing:
            self.problem.setText(
                "\n".join(
                    fill(self.tr("{field}: is required."), field=self.labels[field])
                    for field, _w in missing
                )
            )
            missing[0][1].setFocus()
            return
        doc = self.document()
        situations = Situations(self.store)
        if self.current:
            # refused if someone changed the entry meanwhile (its revision moved on)
            doc["revision"] = self.current["revision"]
            self._run(partial(situations.edit_engagement, self.current["id"], doc))
        else:
            self._run(partial(situations.add_engagement, self.situation_id, doc))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, BadInput) and exc.field in self.labels:
            self.buttons.setEnabled(True)
            self.problem.setText(
                fill(self.tr("{field}: {reason}"), field=self.labels[exc.field], reason=exc.reason)
            )
            return
        super()._failed(exc)

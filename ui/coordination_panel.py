"""A situation's coordination (Human Rights up Front, action 13; issue 18): its inter-agency
task force with the member entities and the Situation Response Coordinator if appointed, and
the consolidated guidance to the RC/HC as numbered versions, each with the Resident
Coordinator's acknowledgement: by whom, when, and who recorded it on the RC's behalf.

A new version of the guidance starts from the latest one, so the officer edits what changed;
versions and acknowledgements are never edited. Read and saved through app.situations on the
store worker.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from app.errors import BadInput
from app.situations import Situations
from app.store import Store
from ui.failures import failure_message_in
from ui.qt import (
    QCheckBox,
    QDate,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.saving_dialog import _SavingDialog
from ui.situation_dialogs import _checked, _checklist, _combo
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import entity_short_name
from ui.widgets import DateField, row_table

log = logging.getLogger(__name__)

GUIDANCE_ID = Qt.ItemDataRole.UserRole


def _ltr(text: str) -> str:
    """An ISO date isolated left to right (LRI … PDI) inside a sentence, so Arabic keeps its
    order (2026-11-03, not 03-11-2026)."""
    return f"\u2066{text}\u2069"


def _load(store: Store, situation_id: str) -> dict[str, Any]:
    situations = Situations(store)
    return {
        "situation_id": situation_id,
        "taskforce": situations.taskforce(situation_id),
        "guidance": situations.guidance(situation_id),
    }


class _FieldsDialog(_SavingDialog):
    """A saving dialog whose refusals name the field as its form labels it."""

    labels: dict[str, str]

    def _required(self, *fields: tuple[str, QLineEdit | QPlainTextEdit]) -> bool:
        """Refuse to save while a required text is empty: name the fields, go to the first."""
        missing = [
            (key, widget)
            for key, widget in fields
            if not (
                widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            ).strip()
        ]
        if missing:
            self.problem.setText(
                "\n".join(
                    fill(self.tr("{field}: is required."), field=self.labels[key])
                    for key, _w in missing
                )
            )
            missing[0][1].setFocus()
        return not missing

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, BadInput) and exc.field in self.labels:
            self.buttons.setEnabled(True)
            self.problem.setText(
                fill(self.tr("{field}: {reason}"), field=self.labels[exc.field], reason=exc.reason)
            )
            return
        super()._failed(exc)


class CoordinationPanel(QWidget):
    """The task force and the guidance versions of one situation."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.situation_id: str | None = None
        self.loaded: dict[str, Any] | None = None
        self.dialog: _SavingDialog | None = None
        self.select: str | None = None  # the version to show once loaded: one just saved

        self.taskforce = QLabel()
        self.taskforce.setWordWrap(True)
        self.taskforce.setTextFormat(Qt.TextFormat.PlainText)
        self.taskforce.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.taskforce_button = QPushButton(self.tr("Task force…"))
        self.taskforce_button.setAccessibleName(self.tr("Edit the task force"))
        self.taskforce_button.clicked.connect(self.edit_taskforce)

        self.versions = row_table(
            self.tr("Versions of the consolidated guidance"),
            [
                self.tr("Version"),
                self.tr("Title"),
                self.tr("Issued on"),
                self.tr("Issued by"),
                self.tr("Acknowledged"),
                self.tr("Acknowledged by"),
                self.tr("Recorded by"),
            ],
            stretch=1,
        )
        self.versions.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_body(row))
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setTabChangesFocus(True)
        self.body.setAccessibleName(self.tr("Text of the guidance version"))
        self.issue_button = QPushButton(self.tr("Issue new version…"))
        self.issue_button.clicked.connect(self.issue_guidance)
        self.acknowledge_button = QPushButton(self.tr("Record acknowledgement…"))
        self.acknowledge_button.clicked.connect(self.record_acknowledgement)
        self.status = QLabel()  # shown only when it has something to say
        self.status.setWordWrap(True)
        self.status.hide()

        heading = QLabel(self.tr("<b>Inter-agency task force</b>"))
        top = QHBoxLayout()
        top.addWidget(self.taskforce, 1)
        top.addWidget(self.taskforce_button, 0, Qt.AlignmentFlag.AlignTop)
        guidance_heading = QLabel(self.tr("<b>Consolidated guidance to the RC/HC</b>"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.versions)
        split.addWidget(self.body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.acknowledge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(guidance_heading)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._enable()

    def _enable(self) -> None:
        ready = self.loaded is not None
        self.taskforce_button.setEnabled(ready)
        self.issue_button.setEnabled(ready)
        self.acknowledge_button.setEnabled(ready and bool(self.loaded and self.loaded["guidance"]))

    def _entity(self, code: str | None) -> str:
        return entity_short_name(code, self.lang) if code else ""

    # ---- loading -----------------------------------------------------------------------------
    def show_situation(self, situation_id: str | None) -> None:
        """Read this situation's task force and guidance (again) and show them."""
        if situation_id != self.situation_id:
            self.loaded = None
            self.versions.setRowCount(0)
            self.body.clear()
            self.taskforce.clear()
        self.situation_id = situation_id
        self._enable()
        if situation_id is None:
            return
        run_in_background(
            partial(_load, self.store, situation_id), self._show, self._failed, parent=self
        )

    def _failed(self, exc: Exception) -> None:
        log.error("loading the coordination records failed: %s", type(exc).__name__)
        self.status.setText(
            failure_message_in(self.tr("The task force and guidance could not be loaded."), exc)
        )
        self.status.show()

    def _show(self, data: dict[str, Any]) -> None:
        if data["situation_id"] != self.situation_id:
            return  # another situation was chosen meanwhile
        chosen, self.select = self.select or self._selected_id(), None
        self.loaded = data
        self.status.clear()
        self.status.hide()
        self._show_taskforce(data["taskforce"])
        versions = data["guidance"]
        self.versions.setRowCount(len(versions))
        for r, g in enumerate(versions):
            ack = g["acknowledgements"][-1] if g.get("acknowledgements") else None
            cells = [
                str(g["version"]),
                g["title"],
                g["issued_on"],
                g["issued_by"],
                fill(self.tr("Yes, on {date}"), date=_ltr(ack["acknowledged_on"]))
                if ack
                else self.tr("Not yet"),
                ack["acknowledged_by"] if ack else "",
                self._recorded(ack) if ack else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(GUIDANCE_ID, g["id"])
                if c == 1:
                    item.setToolTip(text)
                self.versions.setItem(r, c, item)
        ids = [g["id"] for g in versions]
        if versions:
            # the current cell, not selectRow: right to left, selectRow finds no column
            # until the view is laid out, and selects nothing
            row = ids.index(chosen) if chosen in ids else len(versions) - 1
            self.versions.setCurrentCell(row, 0)
        self._show_body(self.versions.currentRow())
        self._enable()

    def _recorded(self, ack: dict[str, Any]) -> str:
        """Who recorded an acknowledgement: a user for the RC, or the RC office's device."""
        if ack.get("on_behalf"):
            return fill(
                self.tr("{user}, on behalf of {rc}"),
                user=ack.get("recorded_by") or "—",
                rc=ack["acknowledged_by"],
            )
        return fill(
            self.tr("{user}, on the RC office's own device"), user=ack.get("recorded_by") or "—"
        )

    def _show_taskforce(self, tf: dict[str, Any] | None) -> None:
        if tf is None:
            self.taskforce.setText(self.tr("No task force yet. Set one up with Task force…."))
            return
        lines = [tf["name"]]
        if tf.get("established_on"):
            lines[0] = fill(
                self.tr("{name} (since {date})"), name=tf["name"], date=_ltr(tf["established_on"])
            )
        members = ", ".join(self._entity(m) for m in tf.get("members") or []) or "—"
        lines.append(fill(self.tr("Members: {members}"), members=members))
        c = tf.get("coordinator")
        if c:
            appointed = (
                fill(self.tr(", appointed on {date}"), date=_ltr(c["appointed_on"]))
                if c.get("appointed_on")
                else ""
            )
            lines.append(
                fill(
                    self.tr("Situation Response Coordinator: {name} ({entity}){appointed}"),
                    name=c["name"],
                    entity=self._entity(c.get("entity")),
                    appointed=appointed,
                )
            )
        else:
            lines.append(self.tr("No Situation Response Coordinator appointed."))
        self.taskforce.setText("\n".join(lines))

    def _selected_id(self) -> str | None:
        row = self.versions.currentRow()
        item = self.versions.item(row, 0) if row >= 0 else None
        return item.data(GUIDANCE_ID) if item is not None else None

    def _selected(self) -> dict[str, Any] | None:
        guidance = (self.loaded or {}).get("guidance") or []
        row = self.versions.currentRow()
        return guidance[row] if 0 <= row < len(guidance) else None

    def _show_body(self, row: int) -> None:
        guidance = (self.loaded or {}).get("guidance") or []
        if not 0 <= row < len(guidance):
            self.body.clear()
            return
        g = guidance[row]
        lines = [g["body"]]
        for ack in g.get("acknowledgements") or []:
            line = fill(
                self.tr("Acknowledged by {rc} on {date}; recorded by {who}."),
                rc=ack["acknowledged_by"],
                date=_ltr(ack["acknowledged_on"]),
                who=self._recorded(ack),
            )
            if ack.get("note"):
                line += " " + fill(self.tr("Note: {note}"), note=ack["note"])
            lines += ["", line]
        self.body.setPlainText("\n".join(lines))

    # ---- editing -----------------------------------------------------------------------------
    def _open(self, dialog: _SavingDialog) -> None:
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()

    def _saved(self, doc: dict[str, Any]) -> None:
        """Show what was saved: a new guidance version, or the version acknowledged."""
        if doc.get("kind") == "guidance":
            self.select = doc["id"]
        elif doc.get("kind") == "acknowledgement":
            self.select = doc["guidance_id"]
        self.show_situation(self.situation_id)

    def edit_taskforce(self) -> None:
        if self.loaded is None or self.situation_id is None:
            return
        self._open(
            TaskForceDialog(
                self.store, self.situation_id, self.loaded["taskforce"], self, lang=self.lang
            )
        )

    def issue_guidance(self) -> None:
        if self.loaded is None or self.situation_id is None:
            return
        latest = self.loaded["guidance"][-1] if self.loaded["guidance"] else None
        self._open(GuidanceDialog(self.store, self.situation_id, latest, self))

    def record_acknowledgement(self) -> None:
        guidance = self._selected()
        if guidance is None and self.loaded and self.loaded["guidance"]:
            guidance = self.loaded["guidance"][-1]
        if guidance is None:
            return
        self._open(AcknowledgementDialog(self.store, guidance, self))


class TaskForceDialog(_FieldsDialog):
    """The situation's inter-agency task force: its name, member entities and, if appointed,
    the Situation Response Coordinator."""

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
        tf = current or {}
        coordinator = tf.get("coordinator") or {}
        self.setWindowTitle(self.tr("Inter-agency task force"))
        self.resize(600, 620)
        self.labels = {
            "name": self.tr("Name"),
            "members": self.tr("Member entities"),
            "established_on": self.tr("Established on"),
            "coordinator": self.tr("Situation Response Coordinator"),
            "coordinator.name": self.tr("Coordinator's name"),
            "coordinator.entity": self.tr("Coordinator's entity"),
            "coordinator.appointed_on": self.tr("Appointed on"),
            "revision": self.tr("Task force"),
        }
        self.name = QLineEdit(tf.get("name") or "")
        self.established = DateField(self.labels["established_on"], tf.get("established_on"))
        self.members = _checklist("un-entity", lang, tf.get("members") or [])
        self.members.setAccessibleName(self.labels["members"])
        self.members.setMaximumHeight(14 * self.members.fontMetrics().lineSpacing() + 8)
        self.appointed = QCheckBox(self.tr("A Situation Response Coordinator is appointed"))
        self.appointed.setChecked(bool(coordinator))
        self.coordinator_name = QLineEdit(coordinator.get("name") or "")
        self.coordinator_entity = _combo("un-entity", lang, coordinator.get("entity"))
        self.appointed_on = DateField(
            self.labels["coordinator.appointed_on"], coordinator.get("appointed_on")
        )
        self.appointed.toggled.connect(self._coordinator_shown)
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["established_on"], self.established)
        form.addRow(self.labels["members"], self.members)
        form.addRow(self.appointed)
        form.addRow(self.labels["coordinator.name"], self.coordinator_name)
        form.addRow(self.labels["coordinator.entity"], self.coordinator_entity)
        form.addRow(self.labels["coordinator.appointed_on"], self.appointed_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._coordinator_shown(self.appointed.isChecked())

    def _coordinator_shown(self, on: bool) -> None:
        for widget in (self.coordinator_name, self.coordinator_entity, self.appointed_on):
            widget.setEnabled(on)

    def document(self) -> dict[str, Any]:
        coordinator = None
        if self.appointed.isChecked():
            coordinator = {
                "name": self.coordinator_name.text().strip(),
                "entity": self.coordinator_entity.currentData(),
                "appointed_on": self.appointed_on.iso(),
            }
        return {
            "name": self.name.text().strip(),
            "members": _checked(self.members),
            "coordinator": coordinator,
            "established_on": self.established.iso(),
        }

    def save(self) -> None:
        dates = [self.established] + ([self.appointed_on] if self.appointed.isChecked() else [])
        if not self._dates_ok(*dates):
            return
        needed: list[tuple[str, QLineEdit | QPlainTextEdit]] = [("name", self.name)]
        if self.appointed.isChecked():
            needed.append(("coordinator.name", self.coordinator_name))
        if not self._required(*needed):
            return
        doc = self.document()
        if self.current:  # refused if someone changed the task force meanwhile
            doc["revision"] = self.current["revision"]
        self._run(partial(Situations(self.store).set_taskforce, self.situation_id, doc))


class GuidanceDialog(_FieldsDialog):
    """A new version of the consolidated guidance to the RC/HC, begun from the latest."""

    def __init__(
        self,
        store: Store,
        situation_id: str,
        latest: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id = store, situation_id
        before = latest or {}
        self.latest_version = before.get("version")
        version = int(before.get("version") or 0) + 1
        self.setWindowTitle(fill(self.tr("Consolidated guidance, version {n}"), n=version))
        self.resize(720, 640)
        self.labels = {
            "title": self.tr("Title"),
            "body": self.tr("Guidance"),
            "issued_on": self.tr("Issued on"),
            "issued_by": self.tr("Issued by"),
            "version": self.tr("Version"),
        }
        hint = QLabel(
            self.tr(
                "A new version, begun from the latest: change what changed. Earlier versions "
                "stay as they were issued."
            )
            if latest
            else self.tr("The first version of the guidance to the RC/HC.")
        )
        hint.setWordWrap(True)
        today = QDate.currentDate()
        self.title = QLineEdit(before.get("title") or "")
        self.body = QPlainTextEdit(before.get("body") or "")
        self.body.setTabChangesFocus(True)
        self.issued_on = DateField(self.labels["issued_on"], today, optional=False, maximum=today)
        self.issued_by = QLineEdit(before.get("issued_by") or "")
        self.issued_by.setPlaceholderText(self.tr("the office or official issuing it"))
        form = QFormLayout()
        form.addRow(self.labels["title"], self.title)
        form.addRow(self.labels["body"], self.body)
        form.addRow(self.labels["issued_on"], self.issued_on)
        form.addRow(self.labels["issued_by"], self.issued_by)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def document(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "body": self.body.toPlainText().strip(),
            "issued_on": self.issued_on.iso(),
            "issued_by": self.issued_by.text().strip(),
        }

    def save(self) -> None:
        if not self._dates_ok(self.issued_on):
            return
        if not self._required(
            ("title", self.title), ("body", self.body), ("issued_by", self.issued_by)
        ):
            return
        doc = self.document()
        if self.latest_version is not None:  # refused if another version came meanwhile
            doc["version"] = self.latest_version
        self._run(partial(Situations(self.store).issue_guidance, self.situation_id, doc))


class AcknowledgementDialog(_FieldsDialog):
    """The Resident Coordinator's acknowledgement of one guidance version, recorded by the
    user, on the RC's behalf unless this is the RC office's own device."""

    def __init__(
        self, store: Store, guidance: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.guidance = store, guidance
        self.setWindowTitle(self.tr("Acknowledgement of the guidance"))
        self.resize(560, 340)
        self.labels = {
            "acknowledged_by": self.tr("Acknowledged by (the RC)"),
            "acknowledged_on": self.tr("Acknowledged on"),
            "on_behalf": self.tr("Recorded on the RC's behalf"),
            "note": self.tr("Note"),
        }
        what = QLabel(
            fill(
                self.tr("Version {n}: {title}"),
                n=guidance["version"],
                title=guidance["title"],
            )
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        today = QDate.currentDate()
        self.acknowledged_by = QLineEdit()
        self.acknowledged_by.setPlaceholderText(self.tr("the Resident Coordinator's name"))
        self.acknowledged_on = DateField(
            self.labels["acknowledged_on"], today, optional=False, maximum=today
        )
        self.on_behalf = QCheckBox(self.labels["on_behalf"])
        self.on_behalf.setChecked(True)
        self.on_behalf.setToolTip(
            self.tr(
                "Leave ticked when you record it for the RC; untick only on the RC "
                "office's own device."
            )
        )
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(self.tr("Guidance"), what)
        form.addRow(self.labels["acknowledged_by"], self.acknowledged_by)
        form.addRow(self.labels["acknowledged_on"], self.acknowledged_on)
        form.addRow(self.on_behalf)
        form.addRow(self.labels["note"], self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def document(self) -> dict[str, Any]:
        return {
            "guidance_id": self.guidance["id"],
            "acknowledged_by": self.acknowledged_by.text().strip(),
            "acknowledged_on": self.acknowledged_on.iso(),
            "on_behalf": self.on_behalf.isChecked(),
            "note": self.note.toPlainText().strip(),
        }

    def save(self) -> None:
        if not self._dates_ok(self.acknowledged_on):
            return
        if not self._required(("acknowledged_by", self.acknowledged_by)):
            return
        doc = self.document()
        self._run(partial(Situations(self.store).acknowledge, self.guidance["id"], doc))

"""The quarterly review as a meeting (Human Rights up Front, action 12): for a quarter, the
situations of concern in order of attention (deterioration signals, risk factors assessed higher,
late and blocked actions, new incidents: the pack says why each stands where it does); last
quarter's decisions with their state (done, late, blocked, dropped, open), who set it and why;
and the decisions the meeting takes, each given to an entity and a person by a date and, where it
is an action, turned into a strategy action of its situation. The pack is taken away as a PDF
(marked and scrubbed for its audience, with its SHA-256) or as JSON: the same as `upfront review
--quarter 2026Q4 --out review.pdf` or `--json`."""

from __future__ import annotations

import html
import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message_in
from ui.palette import ERROR_TEXT
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGuiApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from ui.saving_dialog import _SavingDialog
from ui.signal_words import describe
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import add_term, entity_short_name, tooltip_follows_item
from ui.widgets import DateField

log = logging.getLogger(__name__)

DECISION_STATUSES = ("open", "done", "blocked", "dropped")
NEEDS_WHY = ("done", "blocked", "dropped")


def quarters(today: date, back: int = 6) -> list[str]:
    """This quarter first, then the ones before it."""
    year, q = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(back):
        out.append(f"{year}Q{q}")
        year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return out


def _vocab_combo(kind: str, lang: str, name: str) -> QComboBox:
    box = QComboBox()
    for term in vocabularies().terms(kind):
        add_term(box, term, lang)
    box.setCurrentIndex(0)
    box.setAccessibleName(name)
    tooltip_follows_item(box)
    return box


class DecisionDialog(_SavingDialog):
    """A decision of the meeting: what, for which situation, which entity and person, by
    when; optionally made a strategy action of the situation (pillar, level, lead) in the same
    save, the action linked back to the decision."""

    def __init__(
        self,
        store: Store,
        quarter: str,
        situations: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.quarter = store, quarter
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Decision"))
        self.resize(560, 520)
        self.situation = QComboBox()
        for sid, name in situations:
            self.situation.addItem(name, sid)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.entity = _vocab_combo("un-entity", lang, self.tr("UN entity"))
        self.person = QLineEdit()
        self.due = DateField(self.tr("Due"))
        self.as_action = QCheckBox(self.tr("Make it a strategy action"))
        self.pillar = _vocab_combo("strategy-pillar", lang, self.tr("Pillar"))
        self.level = _vocab_combo("strategy-level", lang, self.tr("Level"))
        self.lead = _vocab_combo("un-entity", lang, self.tr("Lead UN entity"))
        self.as_action.toggled.connect(self._action_fields)
        self._action_fields(False)
        form = QFormLayout()
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("Decision"), self.text)
        form.addRow(self.tr("UN entity"), self.entity)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.as_action)
        form.addRow(self.tr("Pillar"), self.pillar)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Lead UN entity"), self.lead)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _action_fields(self, on: bool) -> None:
        for box in (self.pillar, self.level, self.lead):
            box.setEnabled(on)

    def document(self) -> dict[str, Any]:
        return {
            "quarter": self.quarter,
            "decided_on": self.today.isoformat(),
            "text": self.text.toPlainText().strip(),
            "entity": self.entity.currentData(),
            "person": self.person.text().strip(),
            "due": self.due.iso(),
        }

    def action(self) -> dict[str, Any] | None:
        """The strategy action the decision becomes, or None."""
        if not self.as_action.isChecked():
            return None
        text = self.text.toPlainText().strip()
        return {
            "title": text.splitlines()[0][:1000] if text else "",
            "pillar": self.pillar.currentData(),
            "level": self.level.currentData(),
            "lead": self.lead.currentData(),
            "owner": self.person.text().strip() or None,
            "due": self.due.iso(),
        }

    def save(self) -> None:
        problem = self.due.problem()
        if problem:
            self.due.check()
            self.problem.setText(problem)
            return
        if self.situation.currentData() is None:
            self.problem.setText(self.tr("Situation: choose the situation the decision is for."))
            return
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("Decision: say what was decided."))
            self.text.setFocus()
            return
        store, sid = self.store, self.situation.currentData()
        doc, action = self.document(), self.action()
        self._run(lambda: Situations(store).add_decision(sid, doc, action=action))


class DecisionStatusDialog(_SavingDialog):
    """A decision's status: open, done, blocked or dropped; done, blocked and dropped say
    why (who set it and when, the service records)."""

    def __init__(
        self, store: Store, decision: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.decision = store, decision
        self.setWindowTitle(self.tr("Decision status"))
        self.resize(480, 300)
        what = QLabel(decision.get("text") or "")
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QComboBox()
        for code in DECISION_STATUSES:
            self.status.addItem(state_label(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(decision.get("status"))))
        self.why = QPlainTextEdit(decision.get("status_note") or "")
        self.why.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), what)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Why"), self.why)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        status = self.status.currentData()
        why = self.why.toPlainText().strip()
        if status in NEEDS_WHY and not why:
            self.problem.setText(self.tr("Why: done, blocked or dropped needs a reason."))
            self.why.setFocus()
            return
        store, did = self.store, self.decision["id"]
        changes = {"status": status, "status_note": why}
        self._run(lambda: Situations(store).edit_decision(did, changes))


STATE_LABELS = {
    "open": str(QT_TRANSLATE_NOOP("ReviewDialog", "Open")),
    "done": str(QT_TRANSLATE_NOOP("ReviewDialog", "Done")),
    "late": str(QT_TRANSLATE_NOOP("ReviewDialog", "Late")),
    "blocked": str(QT_TRANSLATE_NOOP("ReviewDialog", "Blocked")),
    "dropped": str(QT_TRANSLATE_NOOP("ReviewDialog", "Dropped")),
}
REASON_LABELS = {
    "deterioration": str(QT_TRANSLATE_NOOP("ReviewDialog", "deterioration signals: {count}")),
    "risk_up": str(QT_TRANSLATE_NOOP("ReviewDialog", "risk factors assessed higher: {count}")),
    "late_actions": str(QT_TRANSLATE_NOOP("ReviewDialog", "late actions: {count}")),
    "blocked_actions": str(QT_TRANSLATE_NOOP("ReviewDialog", "blocked actions: {count}")),
    "late_decisions": str(QT_TRANSLATE_NOOP("ReviewDialog", "late decisions: {count}")),
    "incidents_added": str(QT_TRANSLATE_NOOP("ReviewDialog", "incidents added: {count}")),
}


def state_label(state: str) -> str:
    """A decision's state (done, late, blocked, dropped, open) in the interface's language."""
    source = STATE_LABELS.get(state)
    return QCoreApplication.translate("ReviewDialog", source) if source else state


class ReviewDialog(QDialog):
    """The meeting: the agenda (the pack, for the audience chosen), the decisions of this
    quarter and of the one before, adding a decision and changing a decision's status, and the
    pack taken away as text, PDF or JSON."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.today = today or date.today()
        self.vocab = vocabularies()
        self.pack: dict[str, Any] | None = None
        self.decision_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Quarterly review"))
        self.resize(900, 720)
        self.quarter = QComboBox()
        for quarter in quarters(self.today):
            self.quarter.addItem(quarter)
        self.audience = QComboBox()
        self.audience.addItem(self.tr("Internal: the country team"), "internal")
        self.audience.addItem(self.tr("United Nations system"), "un")
        self.audience.setToolTip(
            self.tr("Who the review is for: for the UN, names it may not read are left out")
        )
        self.quarter.currentTextChanged.connect(lambda _text: self.reload())
        self.audience.currentIndexChanged.connect(lambda _index: self.reload())
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Quarterly review"))
        row = QHBoxLayout()
        for text, widget in ((self.tr("Quarter"), self.quarter), (self.tr("For"), self.audience)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        # the decisions: this quarter's, then the quarter before's with their state
        self.decisions = QTableWidget(0, 6)
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setHorizontalHeaderLabels(
            [
                self.tr("Quarter"),
                self.tr("Situation"),
                self.tr("Decision"),
                self.tr("Entity / person"),
                self.tr("Due"),
                self.tr("State, who and why"),
            ]
        )
        self.decisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisions.verticalHeader().hide()
        self.decisions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.decisions.horizontalHeader().setStretchLastSection(True)
        self.decisions.itemSelectionChanged.connect(self._selection)
        self.decisions.doubleClicked.connect(lambda _index: self.change_status())
        self.add_button = QPushButton(self.tr("Add decision…"))
        self.add_button.clicked.connect(self.add_decision)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.clicked.connect(self.change_status)
        for button in (self.add_button, self.status_button):
            button.setEnabled(False)  # until a review is shown (and a decision chosen)
        decisions_label = QLabel(self.tr("Decisions"))
        decisions_label.setBuddy(self.decisions)
        actions = QHBoxLayout()
        actions.addWidget(decisions_label)
        actions.addStretch(1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.status_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(self.decisions, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # Close, and the pack taken elsewhere: as text to paste, as a PDF (marked for its
        # audience, with its SHA-256) or as JSON (the same as `upfront review --quarter …`)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the review as text, to paste elsewhere"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button = QPushButton(self.tr("Save as JSON…"))
        for button in (self.copy_button, self.pdf_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)  # until a review is shown
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.reload()

    # ---- the decisions ---------------------------------------------------------------------
    def _selection(self) -> None:
        self.status_button.setEnabled(self.selected_decision() is not None)

    def selected_decision(self) -> dict[str, Any] | None:
        rows = self.decisions.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.decisions.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add_decision(self) -> None:
        """The decision dialog for this review's quarter; the review reloads once it saves."""
        if self.pack is None:
            return
        situations = [
            (s["situation"]["id"], s["situation"]["name"]) for s in self.pack["situations"]
        ]
        dialog = DecisionDialog(
            self.store, self.pack["quarter"], situations, self, lang=self.lang, today=self.today
        )
        dialog.saved.connect(lambda _doc: self._saved(self.tr("The decision is recorded.")))
        self.decision_dialog = dialog
        dialog.open()

    def change_status(self) -> None:
        decision = self.selected_decision()
        if decision is None:
            return
        dialog = DecisionStatusDialog(self.store, decision, self)
        dialog.saved.connect(lambda _doc: self._saved(self.tr("The decision's status is saved.")))
        self.decision_dialog = dialog
        dialog.open()

    def _saved(self, message: str) -> None:
        self.status.setText(message)
        self.reload()

    # ---- taking it elsewhere ---------------------------------------------------------------
    def copy(self) -> None:
        """The review as shown, as plain text, on the clipboard."""
        QGuiApplication.clipboard().setText(self.view.toPlainText())
        self.status.setText(self.tr("The review is on the clipboard."))

    def ask_path(self) -> str:
        """Where to save the JSON (a method of its own so tests can answer it); "" for none."""
        quarter = self.pack["quarter"] if self.pack else self.quarter.currentText()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the quarterly review"),
            fill(self.tr("review-{quarter}.json"), quarter=quarter),
            self.tr("JSON (*.json)"),
        )
        return path

    def ask_pdf_path(self) -> str:
        """Where to save the PDF (tests answer it); "" for none."""
        quarter = self.pack["quarter"] if self.pack else self.quarter.currentText()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the quarterly review as PDF"),
            fill(self.tr("review-{quarter}.pdf"), quarter=quarter),
            self.tr("PDF (*.pdf)"),
        )
        return path

    def save(self) -> None:
        """The pack shown, as JSON, in a file chosen in a dialog."""
        if self.pack is None:
            return
        path = self.ask_path()
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            Path(path).write_text(
                json.dumps(self.pack, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            log.error("saving the review failed: %s", type(exc).__name__)
            self.status.setText(failure_message_in(self.tr("The review was not saved."), exc))
            return
        self.status.setText(fill(self.tr("Saved to {path}."), path=path))

    def save_pdf(self) -> None:
        """The pack shown (for the audience chosen) as a PDF in the interface's language.
        Drawn here, on the GUI thread: Qt's text layout and PDF writer belong to it."""
        from ui.report.review_pack import review_report, write_review_pdf

        if self.pack is None:
            return
        path = self.ask_pdf_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_review_pdf(review_report(self.pack, self.lang), path)
        except OSError as exc:
            log.error("saving the review PDF failed: %s", type(exc).__name__)
            self.status.setText(failure_message_in(self.tr("The review was not saved."), exc))
            return
        self.status.setText(
            fill(
                self.tr("Saved to {path} (SHA-256 {hash})."),
                path=path,
                hash=self.pack["sha256"][:16],
            )
        )

    # ---- building and showing ----------------------------------------------------------------
    def _label_text(self, kind: str, code: str | None) -> str:
        term = self.vocab.term(kind, code) if code else None
        return term.label(self.lang) if term else (code or "—")

    def _label(self, kind: str, code: str | None) -> str:
        return html.escape(self._label_text(kind, code))

    def _entity(self, code: str | None) -> str:
        return entity_short_name(code, self.lang) if code else "—"

    def reload(self) -> None:
        self.load(self.quarter.currentText())

    def load(self, quarter: str) -> None:
        store, audience = self.store, self.audience.currentData() or "internal"

        def build() -> dict[str, Any]:
            situations = Situations(store)
            return situations.review(quarter, signals=situations.signals_as_of, audience=audience)

        run_in_background(build, self._show, self._failed, parent=self)

    def _failed(self, exc: Exception) -> None:
        log.error("building the review failed: %s", type(exc).__name__)
        self.view.setPlainText(failure_message_in(self.tr("The review could not be built."), exc))

    def _reasons(self, item: dict[str, Any]) -> str:
        return "; ".join(
            fill(
                QCoreApplication.translate("ReviewDialog", REASON_LABELS[r["reason"]]),
                count=r["count"],
            )
            for r in item.get("rank", [])
            if r["reason"] in REASON_LABELS
        )

    def _who(self, decision: dict[str, Any]) -> str:
        who = self._entity(decision.get("entity"))
        return f"{who}, {decision['person']}" if decision.get("person") else who

    def _state(self, decision: dict[str, Any]) -> str:
        """Its state, then who set the status and when, then why."""
        parts = [state_label(decision.get("state") or "open")]
        if decision.get("status_by") and decision.get("status_on"):
            parts.append(
                fill(
                    self.tr("by {user} on {date}"),
                    user=decision["status_by"],
                    date=decision["status_on"],
                )
            )
        if decision.get("status_note"):
            parts.append(decision["status_note"])
        return " — ".join(parts)

    def _show(self, pack: dict[str, Any]) -> None:
        self.pack = pack
        for button in (self.copy_button, self.pdf_button, self.save_button, self.add_button):
            button.setEnabled(True)
        self._fill_decisions(pack)
        heading = self.tr("Quarterly review")  # lupdate does not read tr() in f-strings
        parts = [
            f"<h2>{html.escape(heading)} {pack['quarter']}</h2>",
            f"<p>{pack['from']} – {pack['to']}</p>",
        ]
        if not pack["situations"]:
            none_yet = self.tr("No situation of concern.")
            parts.append(f"<p>{html.escape(none_yet)}</p>")
        worse = html.escape(self.tr("Deterioration"))
        for n, item in enumerate(pack["situations"], start=1):
            s = item["situation"]
            parts.append(
                f"<h3>{n}. {html.escape(s['name'])} ({s['country']}, "
                f"{self._label('situation-status', s['status'])})</h3>"
            )
            if item.get("rank"):
                points = fill(
                    self.tr("{points} points: {reasons}"),
                    points=item["score"],
                    reasons=self._reasons(item),
                )
                parts.append(f"<p><i>{html.escape(points)}</i></p>")
            parts.append("<ul>")
            for change in item["risk_changes"]:
                parts.append(
                    "<li>"
                    + fill(
                        html.escape(self.tr("Risk: {factor}: {old} → {new}")),
                        factor=self._label("risk-factor", change["factor"]),
                        old=self._label("risk-level", change["from"]),
                        new=self._label("risk-level", change["to"]),
                    )
                    + "</li>"
                )
            for flag in item["deterioration"]:
                term = self.vocab.term("violation", flag["scope"])
                scope = (
                    self.tr("all incidents")
                    if flag["scope"] == "all"
                    else (term.label(self.lang) if term else flag["scope"])
                )
                parts.append(
                    f"<li><b>{worse}</b> ({html.escape(scope)}): {html.escape(describe(flag))}</li>"
                )
            for action in item["overdue_actions"]:
                parts.append(
                    f"<li><b style='color:{ERROR_TEXT}'>"
                    + html.escape(
                        fill(
                            self.tr("Overdue: {title} (due {due}, lead {lead})"),
                            title=action["title"],
                            due=action["due"],
                            lead=self._entity(action["lead"]),
                        )
                    )
                    + "</b></li>"
                )
            for action in item["blocked_actions"]:
                parts.append(
                    "<li>"
                    + html.escape(fill(self.tr("Blocked: {title}"), title=action["title"]))
                    + "</li>"
                )
            added = fill(self.tr("Incidents added: {count}"), count=len(item["incidents_added"]))
            parts.append("<li>" + html.escape(added) + "</li>")
            for entry in item.get("engagements", []):
                parts.append(
                    "<li>"
                    + html.escape(
                        fill(
                            self.tr("Engagement on {date}: {type}, {un_by} with {with_whom}"),
                            date=entry.get("date") or "",
                            type=self._label_text("engagement-type", entry.get("type")),
                            un_by=entry.get("un_by") or "",
                            with_whom=entry.get("with_whom") or "",
                        )
                    )
                    + "</li>"
                )
            for decision in item.get("decisions", []):
                parts.append(
                    "<li>"
                    + html.escape(
                        fill(
                            self.tr("Decision: {text} ({who}, due {due}): {state}"),
                            text=decision["text"],
                            who=self._who(decision),
                            due=decision.get("due") or "—",
                            state=self._state(decision),
                        )
                    )
                    + "</li>"
                )
            parts.append("</ul>")
        previous = pack.get("previous_decisions") or []
        title = fill(
            self.tr("Decisions of {quarter}, as of {date}"),
            quarter=pack.get("previous_quarter", ""),
            date=pack.get("as_of", ""),
        )
        parts.append(f"<h3>{html.escape(title)}</h3><ul>")
        if not previous:
            parts.append("<li>" + html.escape(self.tr("No decision recorded.")) + "</li>")
        for decision in previous:
            parts.append(
                "<li>"
                + html.escape(
                    fill(
                        self.tr("{situation}: {text} ({who}, due {due}): {state}"),
                        situation=decision.get("situation_name", ""),
                        text=decision["text"],
                        who=self._who(decision),
                        due=decision.get("due") or "—",
                        state=self._state(decision),
                    )
                )
                + "</li>"
            )
        parts.append("</ul>")
        self.view.setHtml("".join(parts))

    def _fill_decisions(self, pack: dict[str, Any]) -> None:
        names = {s["situation"]["id"]: s["situation"]["name"] for s in pack["situations"]}
        rows = [d for s in pack["situations"] for d in s.get("decisions", [])]
        rows += pack.get("previous_decisions") or []
        self.decisions.setRowCount(0)
        self.decisions.setRowCount(len(rows))
        for r, decision in enumerate(rows):
            cells = [
                decision.get("quarter", ""),
                decision.get("situation_name") or names.get(decision["situation_id"], ""),
                decision["text"],
                self._who(decision),
                decision.get("due") or "—",
                self._state(decision),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))  # a cut column still tells the whole text
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, decision)
                self.decisions.setItem(r, c, item)
        self.decisions.resizeColumnsToContents()
        widest = max(160, self.decisions.viewport().width() // 4)
        for c in range(self.decisions.columnCount() - 1):  # the state, who and why stretches
            self.decisions.setColumnWidth(c, min(self.decisions.columnWidth(c), widest))
        self._selection()

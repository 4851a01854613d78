"""The quarterly review pack on screen: for every situation of concern in a quarter, the risk
changes, deterioration flags, overdue and blocked strategy actions, and incidents added —
the agenda of the inter-agency meeting (Human Rights up Front, action 12). The same pack comes
from `upfront review --quarter 2026Q4 --json`."""

from __future__ import annotations

import html
import json
import logging
from datetime import date
from pathlib import Path

from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message_in
from ui.palette import ERROR_TEXT
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from ui.signal_words import describe
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import entity_short_name

log = logging.getLogger(__name__)


def quarters(today: date, back: int = 6) -> list[str]:
    """This quarter first, then the ones before it."""
    year, q = today.year, (today.month - 1) // 3 + 1
    out = []
    for _ in range(back):
        out.append(f"{year}Q{q}")
        year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return out


class ReviewDialog(QDialog):
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
        self.vocab = vocabularies()
        self.pack: dict | None = None
        self.setWindowTitle(self.tr("Quarterly review"))
        self.resize(820, 640)
        self.quarter = QComboBox()
        for quarter in quarters(today or date.today()):
            self.quarter.addItem(quarter)
        self.quarter.currentTextChanged.connect(self.load)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Quarterly review"))
        row = QHBoxLayout()
        label = QLabel(self.tr("Quarter"))
        label.setBuddy(self.quarter)
        row.addWidget(label)
        row.addWidget(self.quarter)
        row.addStretch(1)
        # Close, and the pack taken elsewhere: as text to paste, or as JSON (the same as
        # `upfront review --quarter … --json`)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the review as text, to paste elsewhere"))
        self.save_button = QPushButton(self.tr("Save as JSON…"))
        for button in (self.copy_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)  # until a review is shown
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.load(self.quarter.currentText())

    # ---- taking it elsewhere ---------------------------------------------------------------
    def copy(self) -> None:
        """The review as shown, as plain text, on the clipboard."""
        QGuiApplication.clipboard().setText(self.view.toPlainText())
        self.status.setText(self.tr("The review is on the clipboard."))

    def ask_path(self) -> str:
        """Where to save (a method of its own so tests can answer it); "" for none."""
        quarter = self.pack["quarter"] if self.pack else self.quarter.currentText()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the quarterly review"),
            fill(self.tr("review-{quarter}.json"), quarter=quarter),
            self.tr("JSON (*.json)"),
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

    def _label(self, kind: str, code: str | None) -> str:
        term = self.vocab.term(kind, code) if code else None
        return html.escape(term.label(self.lang) if term else (code or "—"))

    def _entity(self, code: str) -> str:
        return entity_short_name(code, self.lang)

    def load(self, quarter: str) -> None:
        store = self.store

        def build() -> dict:
            situations = Situations(store)
            return situations.review(quarter, signals=situations.signals_as_of)

        run_in_background(build, self._show, self._failed, parent=self)

    def _failed(self, exc: Exception) -> None:
        log.error("building the review failed: %s", type(exc).__name__)
        self.view.setPlainText(failure_message_in(self.tr("The review could not be built."), exc))

    def _show(self, pack: dict) -> None:
        self.pack = pack
        for button in (self.copy_button, self.save_button):
            button.setEnabled(True)
        heading = self.tr("Quarterly review")  # lupdate does not read tr() in f-strings
        parts = [
            f"<h2>{html.escape(heading)} {pack['quarter']}</h2>",
            f"<p>{pack['from']} – {pack['to']}</p>",
        ]
        if not pack["situations"]:
            none_yet = self.tr("No situation of concern.")
            parts.append(f"<p>{html.escape(none_yet)}</p>")
        worse = html.escape(self.tr("Deterioration"))
        for item in pack["situations"]:
            s = item["situation"]
            parts.append(
                f"<h3>{html.escape(s['name'])} ({s['country']}, "
                f"{self._label('situation-status', s['status'])})</h3><ul>"
            )
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
                scope = (
                    self.tr("all incidents")
                    if flag["scope"] == "all"
                    else self.vocab.term("violation", flag["scope"]).label(self.lang)
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
            parts.append("<li>" + html.escape(added) + "</li></ul>")
        self.view.setHtml("".join(parts))

"""A situation's warning-to-action timeline on screen (Human Rights up Front, action 1:
real-time reviews): the events on one time axis (the figure the PDF prints,
ui/report/timeline.py), the intervals from the first warning in a table, the after-action
review draft, and Save PDF / Save JSON. The same comes from `upfront timeline --situation ID`."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

from app.situations import Situations
from app.store import Store
from ui.failures import failure_message_in
from ui.qt import (
    QAbstractItemView,
    QColor,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPainter,
    QPaintEvent,
    QPlainTextEdit,
    QPushButton,
    QRectF,
    QSizePolicy,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.report.strings import RIGHT_TO_LEFT, Strings
from ui.report.style import PAPER
from ui.report.timeline import TimelineFigure, Words, draft, write_timeline_pdf
from ui.tasks import run_in_background
from ui.text import fill

log = logging.getLogger(__name__)


class TimelineView(QWidget):
    """Paints the timeline figure at the widget's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: TimelineFigure | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(160)

    def show_figure(self, figure: TimelineFigure | None) -> None:
        self.figure = figure
        self._fit()
        self.update()

    def _unit(self) -> float:
        return self.logicalDpiY() / 72.0

    def _fit(self) -> None:
        if self.figure is not None and self.width() > 50:
            size = self.figure.size(self.width() - 16.0, self._unit(), self)
            self.setMinimumHeight(int(size.height()) + 16)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(PAPER))
        if self.figure is not None and self.figure.timeline["events"]:
            unit = self._unit()
            size = self.figure.size(self.width() - 16.0, unit, self)
            self.figure.paint(painter, QRectF(8, 8, size.width(), size.height()), unit)
        painter.end()


class TimelineDialog(QDialog):
    def __init__(
        self,
        store: Store,
        situation_id: str,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        as_of: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.situation_id, self.lang, self.as_of = store, situation_id, lang, as_of
        self.timeline: dict[str, Any] | None = None
        self.words = Words(Strings(lang), lang)
        self.setWindowTitle(self.tr("Warning-to-action timeline"))
        self.resize(960, 720)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.view = TimelineView()
        self.view.setAccessibleName(self.tr("Timeline of warnings and actions"))
        self.intervals = QTableWidget(0, 4)
        self.intervals.setHorizontalHeaderLabels(
            [
                self.tr("From the first warning to"),
                self.tr("Date"),
                self.tr("Days"),
                self.tr("Source"),
            ]
        )
        self.intervals.setAccessibleName(self.tr("Intervals from the first warning"))
        self.intervals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.intervals.verticalHeader().setVisible(False)
        self.intervals.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.draft = QPlainTextEdit()
        self.draft.setReadOnly(True)
        self.draft.setAccessibleName(self.tr("After-action review (draft)"))
        draft_label = QLabel(self.tr("After-action review (draft)"))
        draft_label.setBuddy(self.draft)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.intervals, 1)
        lower_layout.addWidget(draft_label)
        lower_layout.addWidget(self.draft, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.json_button = QPushButton(self.tr("Save JSON…"))
        for button in (self.pdf_button, self.json_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)  # until the timeline is shown
        self.pdf_button.clicked.connect(self.save_pdf)
        self.json_button.clicked.connect(self.save_json)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.load()

    # ---- reading -------------------------------------------------------------------------
    def load(self) -> None:
        store, situation_id, as_of = self.store, self.situation_id, self.as_of

        def build() -> dict[str, Any]:
            return Situations(store).timeline(situation_id, as_of)

        run_in_background(build, self._show, self._failed, parent=self)

    def _failed(self, exc: Exception) -> None:
        log.error("building the timeline failed: %s", type(exc).__name__)
        self.status.setText(failure_message_in(self.tr("The timeline could not be built."), exc))

    def _show(self, tl: dict[str, Any]) -> None:
        self.timeline = tl
        self.heading.setText(
            fill(
                self.tr("{name}, as of {date}"),
                name=tl["situation"]["name"],
                date=tl["as_of"],
            )
        )
        self.view.show_figure(TimelineFigure(tl, self.words, self.lang in RIGHT_TO_LEFT))
        self.intervals.setRowCount(len(tl["intervals"]))
        for row, item in enumerate(tl["intervals"]):
            to = item["to"]
            cells = [
                self.words.interval(item["key"]),
                to["date"] if to else "—",
                self.words.days(item),
                self.words.source(to["source"]) if to else "—",
            ]
            for column, text in enumerate(cells):
                self.intervals.setItem(row, column, QTableWidgetItem(text))
        self.intervals.resizeColumnsToContents()
        self.draft.setPlainText("\n\n".join(draft(tl, self.words)))
        for button in (self.pdf_button, self.json_button):
            button.setEnabled(True)

    # ---- taking it elsewhere ---------------------------------------------------------------
    def ask_path(self, kind: str) -> str:
        """Where to save (a method of its own so tests can answer it); "" for none."""
        pdf = kind == "pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the timeline"),
            self.tr("timeline.pdf") if pdf else self.tr("timeline.json"),
            self.tr("PDF (*.pdf)") if pdf else self.tr("JSON (*.json)"),
        )
        return path

    def save_json(self) -> None:
        """The timeline with its draft, as `upfront timeline --json` prints it."""
        if self.timeline is None:
            return
        path = self.ask_path("json")
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        text = json.dumps(self.timeline, ensure_ascii=False, indent=2) + "\n"
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            log.error("saving the timeline failed: %s", type(exc).__name__)
            self.status.setText(failure_message_in(self.tr("The timeline was not saved."), exc))
            return
        self.status.setText(fill(self.tr("Saved to {path}."), path=path))

    def save_pdf(self) -> None:
        """The timeline printed as `upfront timeline --out` prints it, in this language."""
        if self.timeline is None:
            return
        path = self.ask_path("pdf")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_timeline_pdf(self.timeline, path, self.lang)
        except OSError as exc:
            log.error("printing the timeline failed: %s", type(exc).__name__)
            self.status.setText(failure_message_in(self.tr("The timeline was not saved."), exc))
            return
        self.status.setText(fill(self.tr("Saved to {path}."), path=path))

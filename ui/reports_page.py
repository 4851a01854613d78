"""The Reports section: a situation report for a period and a scope (a country, a situation
of concern, several countries or all the store holds), for one audience and in one of the six
languages; previewed, printed, or saved as a PDF with the renderer `upfront report` uses.

The report's data is gathered and redacted on the store worker (app.reports); the pages are
drawn on the GUI thread, as Qt's printing wants. Every report that leaves (printed or saved)
is written to the audit log with its reference hash.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from app.changes import Changes, Kind
from app.errors import BadInput, Cancelled, UpfrontError
from app.report_model import Report
from app.reports import LANGS, Reports, Request, load_template
from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.briefing_panel import BriefingPanel
from ui.changes import RefreshWhenShown
from ui.failures import failure_message, failure_message_in
from ui.progress_dialog import draw_into_file, progress_here
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QDate,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import LANGUAGE_NAMES, fill
from ui.vocab_widgets import AudienceCombo, CountryCombo, collated
from ui.widgets import DateField, fill_ticks, first_date_problem, fit_to_screen, ticked

log = logging.getLogger(__name__)


def _build(
    store: Store, request: Request, template_path: str | None
) -> tuple[Report, dict[str, Any]]:
    """The report, and the template it was made with (kept with it for a reprint: the
    template's file may change before the report is saved)."""
    template = load_template(template_path)
    return Reports(store).build(request, template), template


def _logged(
    store: Store,
    report: Report,
    how: str,
    request: Request | None,
    template: dict[str, Any] | None,
) -> None:
    """Into the audit log, with what the report was made of (kept for a reprint)."""
    Reports(store).record_export(report, how, request, template)


class ReportsPage(QWidget):
    """Emits `built` when a report's data is ready (then `report` holds it), `exported(how)`
    once a printed or saved report is in the audit log, and `failed(message)`."""

    built = Signal()
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.report: Report | None = None
        self.template_path: str | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._request: Request | None = None
        self._template: dict[str, Any] | None = None  # what the report was made with
        self._printer: QPrinter | None = None

        today = QDate.currentDate()
        # a typed 31/02 is refused under the field, never turned into another day
        first = today.addMonths(-1).addDays(1 - today.day())
        self.date_from = DateField(self.tr("From"), first, optional=False)
        self.date_to = DateField(self.tr("To"), today.addDays(-today.day()), optional=False)
        self.by_country = QRadioButton(self.tr("Country"))
        self.by_situation = QRadioButton(self.tr("Situation of concern"))
        self.by_country.setChecked(True)
        self.country = CountryCombo(lang=lang)
        self.country.set_code("SYR")
        self.country.setAccessibleName(self.tr("Country"))
        self.situation = QComboBox()
        self.situation.setAccessibleName(self.tr("Situation of concern"))
        self.situation.setEnabled(False)
        # several countries (those the store holds, ticked), or all of them: HQ's reports
        self.by_countries = QRadioButton(self.tr("Several countries"))
        self.by_all = QRadioButton(self.tr("All countries held"))
        self.countries = QListWidget()
        self.countries.setAccessibleName(self.tr("Countries held on this device"))
        self.countries.setMaximumHeight(90)
        self.countries.setEnabled(False)
        self.by_countries.setEnabled(False)
        for radio in (self.by_country, self.by_situation, self.by_countries, self.by_all):
            radio.toggled.connect(self._scope_changed)
        self.audience = AudienceCombo()
        self.language = QComboBox()
        for code in LANGS:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGS.index(lang) if lang in LANGS else 0)
        self.template_label = QLabel(self.tr("Standard template"))
        choose = QPushButton(self.tr("Template…"))
        choose.clicked.connect(self.choose_template)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        scope = QHBoxLayout()
        scope.addWidget(self.by_country)
        scope.addWidget(self.country, 1)
        form.addRow(self.tr("Scope"), scope)
        situation_row = QHBoxLayout()
        situation_row.addWidget(self.by_situation)
        situation_row.addWidget(self.situation, 1)
        form.addRow("", situation_row)
        countries_row = QHBoxLayout()
        countries_row.addWidget(self.by_countries)
        countries_row.addWidget(self.countries, 1)
        form.addRow("", countries_row)
        form.addRow("", self.by_all)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Language"), self.language)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(choose)
        form.addRow(self.tr("Template"), template_row)
        self._officer_texts(form)

        self.preview_button = QPushButton(self.tr("Preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.preview_button.clicked.connect(partial(self.make, self.show_preview))
        self.print_button.clicked.connect(partial(self.make, self.print_report))
        self.save_button.clicked.connect(partial(self.make, self.ask_where_to_save))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.note = QLabel(
            self.tr(
                "What each audience may read is decided before the report is drawn: incidents by "
                "their confidentiality, names by consent, places by the record's precision, and "
                "small counts hidden outside internal reports."
            )
        )
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        sitrep = QWidget()
        layout = QVBoxLayout(sitrep)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # a briefing pack over several situations and countries (app.briefing), beside
        self.briefing = BriefingPanel(store, lang=lang)
        self.kinds = QTabWidget()
        self.kinds.setAccessibleName(self.tr("Kind of report"))
        self.kinds.addTab(sitrep, self.tr("Situation &report"))
        self.kinds.addTab(self.briefing, self.tr("&Briefing pack"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.kinds)
        self.reload = RefreshWhenShown(self, self.refresh)
        self.refresh()

    # ---- the form -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the situations offered as a scope."""
        run_in_background(
            partial(_situations, self.store), self._show_situations, self._failed, parent=self
        )
        run_in_background(
            partial(_countries_held, self.store, self.lang),
            self._show_countries,
            self._failed,
            parent=self,
        )

    def on_changes(self, changes: Changes) -> None:
        """Situations come and go: offer the current ones (now if shown, else when next
        shown)."""
        if changes.touches(Kind.SITUATIONS) or changes.touches(Kind.INCIDENTS):
            self.reload.request()

    def _show_situations(self, rows: list[dict]) -> None:
        keep = self.situation.currentData()
        self.situation.clear()
        for row in rows:
            self.situation.addItem(row["name"], row["id"])
        if keep is not None and self.situation.findData(keep) >= 0:
            self.situation.setCurrentIndex(self.situation.findData(keep))
        self.by_situation.setEnabled(bool(rows))
        self.briefing.show_situations(rows)

    def _show_countries(self, rows: list[tuple[str, str]]) -> None:
        """The countries the store holds, to tick for a report over several of them (in the
        order people of the page's language expect)."""
        fill_ticks(self.countries, collated(rows, self.lang))
        self.by_countries.setEnabled(bool(rows))
        self.briefing.show_countries(rows)

    def checked_countries(self) -> list[str]:
        """The codes of the countries ticked, in the list's order."""
        return ticked(self.countries)

    def _scope_changed(self) -> None:
        self.country.setEnabled(self.by_country.isChecked())
        self.situation.setEnabled(self.by_situation.isChecked())
        self.countries.setEnabled(self.by_countries.isChecked())

    def choose_template(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Report template"), filter=self.tr("Templates (*.json)")
        )
        if path:
            self.template_path = path
            self.template_label.setText(path)

    def _officer_texts(self, form: QFormLayout) -> None:
        """What the officer writes for this report, printed beside the figures."""
        self.number = QLineEdit()
        self.as_of = QLineEdit()
        self.next_report = QLineEdit()
        for edit in (self.as_of, self.next_report):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.highlights = QPlainTextEdit()
        self.highlights.setPlaceholderText(self.tr("One highlight per line"))
        self.overview = QPlainTextEdit()
        self.contacts = QPlainTextEdit()
        for box in (self.highlights, self.overview, self.contacts):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(70)
        form.addRow(self.tr("Report number"), self.number)
        form.addRow(self.tr("Information as of"), self.as_of)
        form.addRow(self.tr("Highlights"), self.highlights)
        form.addRow(self.tr("Overview"), self.overview)
        form.addRow(self.tr("Contacts"), self.contacts)
        form.addRow(self.tr("Next report"), self.next_report)

    def texts(self) -> dict[str, object]:
        return {
            "number": self.number.text(),
            "as_of": self.as_of.text().strip() or None,
            "highlights": [
                line for line in self.highlights.toPlainText().splitlines() if line.strip()
            ],
            "overview": self.overview.toPlainText(),
            "contacts": self.contacts.toPlainText(),
            "next_report": self.next_report.text().strip() or None,
        }

    def request(self) -> Request:
        country: str | list[str] | None = None
        situation = None
        if self.by_country.isChecked():
            country = self.country.code()
        elif self.by_countries.isChecked():
            country = self.checked_countries()
            if not country:  # an empty list would be every country
                raise BadInput("country", "tick one or more countries")
        elif self.by_all.isChecked():
            country = []  # every country the store holds
        else:
            situation = self.situation.currentData()
        return Request.parse(
            date_from=self.date_from.iso(),
            date_to=self.date_to.iso(),
            audience=self.audience.currentData(),
            lang=self.language.currentData(),
            country=country,
            situation=situation,
            texts=self.texts(),
        )

    # ---- making and sending a report --------------------------------------------------------
    def make(self, then) -> None:
        """Gather the report's data in the background, then `then()` on the GUI thread."""
        problem = first_date_problem(self.date_from, self.date_to)
        if problem:
            self._say(problem)
            return
        try:
            request = self.request()
        except UpfrontError as err:
            self._say(failure_message(err))
            return
        self._request = request
        self._busy(True)
        self._say(self.tr("Gathering the report…"))
        run_in_background(
            partial(_build, self.store, request, self.template_path),
            partial(self._built, then),
            self._failed,
            parent=self,
        )

    def _built(self, then, made: tuple[Report, dict[str, Any]]) -> None:
        report, self._template = made
        self.report = report
        self._busy(False)
        from ui.report.builder import left_out_lines

        said = fill(
            self.tr("{incidents} incident(s), SHA-256 {digest}"),
            incidents=report.incidents.text,
            digest=report.sha256()[:16],
        )
        # what the report leaves out, and why: in the page's language, as the PDF says it
        left_out = left_out_lines(report, _in_ui_language)
        self._say("\n".join([said, *left_out]))
        self.built.emit()
        then()

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.report.meta.title if self.report else "Upfront")
        return printer

    def show_preview(self) -> None:
        from ui.report import render

        report = self.report
        # the dialog does not own its printer: keep it alive as long as the dialog
        self._printer = self.printer()
        self.preview = QPrintPreviewDialog(self._printer, self)
        self.preview.setWindowTitle(self.tr("Report preview"))
        self.preview.paintRequested.connect(lambda printer: render(report, printer))
        fit_to_screen(self.preview)  # a page readable at once, not a small window
        self.preview.open()

    def print_report(self) -> None:
        printer = self._printer = self.printer()  # the dialog does not own it
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        from ui.report import correct_text_map, render

        dialog, progress = progress_here(self, self.tr("Printing the report"))
        try:
            render(self.report, printer, progress=progress)
        except Cancelled:
            printer.abort()
            self._say(self.tr("Printing cancelled."))
            return
        finally:
            dialog.end()
        if (
            printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
        ):  # "print to file": the same text fix as Save
            correct_text_map(Path(printer.outputFileName()))
        self._log("print")

    def ask_where_to_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "sitrep.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Drawn into a file beside `path` and moved into place once whole (draw_into_file)."""
        from ui.report import write_pdf

        pages = draw_into_file(
            self,
            self.tr("Saving the report"),
            path,
            lambda part, progress: write_pdf(self.report, part, progress=progress),
            self._say,
            self.tr("The report could not be saved."),
        )
        if pages is not None:
            self._say(self.tr("Saved %n page(s).", "", pages))
            self._log("pdf")

    def _log(self, how: str) -> None:
        run_in_background(
            partial(_logged, self.store, self.report, how, self._request, self._template),
            lambda _none: self.exported.emit(how),
            self._failed,
            parent=self,
        )

    # ---- state ----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        log.error("reports: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The report could not be made."), exc)
        self._say(message)
        self.failed.emit(message)


def _in_ui_language(source: str, /, **values: object) -> str:
    return fill(QCoreApplication.translate("Report", source), **values)


def _situations(store: Store) -> list[dict]:
    return Situations(store).list()


def _countries_held(store: Store, lang: str) -> list[tuple[str, str]]:
    """(name in `lang`, code) of each country the store holds."""
    vocab = vocabularies()
    pairs = []
    for code in Reports(store).countries_held():
        term = vocab.term("country", code)
        pairs.append((term.label(lang) if term else code, code))
    return pairs

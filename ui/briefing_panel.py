"""The Reports section's briefing pack: one PDF over several situations and countries for the
Security Council's horizon scanning, the Deputy Secretary-General's briefing of Member States
or an Article 99 letter, made with what `upfront briefing` makes it with (app.briefing builds
and clears it for its audience on the store worker; ui.report.briefing draws it on the GUI
thread). A briefing saved is written to the audit log with its reference hash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from app.briefing import (
    DEFAULT_TEMPLATE,
    TEMPLATES,
    Briefing,
    BriefingRequest,
    Briefings,
    load_template,
)
from app.errors import UpfrontError
from app.reports import LANGS
from app.scan import DEFAULT_STANDARD
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message, failure_message_in
from ui.progress_dialog import draw_into_file
from ui.qt import (
    QComboBox,
    QDate,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import LANGUAGE_NAMES, fill
from ui.vocab_widgets import AudienceCombo, add_term, collated, tooltip_follows_item
from ui.widgets import DateField, fill_ticks, first_date_problem, ticked

log = logging.getLogger(__name__)

FILE = "file"  # the template combo's item for a template of the person's own


def _build(
    store: Store, request: BriefingRequest, template: str | None
) -> tuple[Briefing, BriefingRequest]:
    return Briefings(store).build(request, load_template(template)), request


def _logged(store: Store, briefing: Briefing, request: BriefingRequest) -> None:
    Briefings(store).record_export(briefing, "pdf", request)


class BriefingPanel(QWidget):
    """Emits `built` when a briefing's data is ready (then `briefing` holds it), `exported`
    once a saved briefing is in the audit log, and `failed(message)`."""

    built = Signal()
    exported = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.briefing: Briefing | None = None
        self._request: BriefingRequest | None = None
        self.template_path: str | None = None

        today = QDate.currentDate()
        self.date_from = DateField(self.tr("From"), today.addMonths(-3), optional=False)
        self.date_to = DateField(self.tr("To"), today, optional=False)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Briefing template"))
        names = {
            "horizon": self.tr("Security Council horizon scanning"),
            "dsg": self.tr("Deputy Secretary-General briefing Member States"),
            "article99": self.tr("Article 99"),
        }
        for code in TEMPLATES:
            self.template.addItem(names.get(code, code), code)
        self.template.addItem(self.tr("A template of my own…"), FILE)
        self.template.setCurrentIndex(self.template.findData(DEFAULT_TEMPLATE))
        self.template.activated.connect(self._template_chosen)
        self.audience = AudienceCombo()
        self.audience.setAccessibleName(self.tr("Audience"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGS:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGS.index(lang) if lang in LANGS else 0)
        self.standard = QComboBox()
        self.standard.setAccessibleName(self.tr("Standard of proof"))
        for term in vocabularies().terms("verification"):
            if (term.rank or 0) > 0:
                add_term(self.standard, term, lang)
        self.standard.setCurrentIndex(max(0, self.standard.findData(DEFAULT_STANDARD)))
        tooltip_follows_item(self.standard)
        self.situations = self._ticks(self.tr("Situations of concern in the briefing"))
        self.countries = self._ticks(self.tr("Countries of the briefing"))
        self.asks = QPlainTextEdit()
        self.asks.setAccessibleName(self.tr("What the UN asks of Member States"))
        self.asks.setPlaceholderText(
            self.tr("In your words: what the UN asks of Member States, printed as written")
        )
        self.asks.setTabChangesFocus(True)
        self.asks.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Figures at"), self.standard)
        form.addRow(self.tr("Situations"), self.situations)
        form.addRow(self.tr("Countries"), self.countries)
        form.addRow(self.tr("Asks"), self.asks)
        self.save_button = QPushButton(self.tr("Save briefing as PDF…"))
        self.save_button.clicked.connect(self.ask_where_to_save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "None ticked: every situation of the countries ticked, or of every country, "
                "whose dates meet the period. What the audience may read is decided before the "
                "briefing is drawn, by the rules of reports."
            )
        )
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addStretch(1)

    @staticmethod
    def _ticks(name: str) -> QListWidget:
        box = QListWidget()
        box.setAccessibleName(name)
        box.setMaximumHeight(90)
        return box

    # ---- the form -------------------------------------------------------------------------
    def show_situations(self, rows: list[dict[str, Any]]) -> None:
        fill_ticks(self.situations, [(row["name"], row["id"]) for row in rows])

    def show_countries(self, rows: list[tuple[str, str]]) -> None:
        fill_ticks(self.countries, collated(rows, self.lang))

    def _template_chosen(self) -> None:
        if self.template.currentData() != FILE:
            self.template_path = None
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Briefing template"), filter=self.tr("Templates (*.json)")
        )
        if path:
            self.template_path = path
            self.template.setToolTip(path)
        else:
            self.template.setCurrentIndex(self.template.findData(DEFAULT_TEMPLATE))
            self.template_path = None

    def request(self) -> BriefingRequest:
        return BriefingRequest.parse(
            date_from=self.date_from.iso(),
            date_to=self.date_to.iso(),
            audience=self.audience.currentData(),
            lang=self.language.currentData(),
            situations=ticked(self.situations),
            countries=ticked(self.countries),
            standard=self.standard.currentData(),
            asks=self.asks.toPlainText(),
        )

    def template_choice(self) -> str:
        if self.template.currentData() == FILE and self.template_path:
            return self.template_path
        return str(self.template.currentData() if self.template.currentData() != FILE else "")

    # ---- making and saving ----------------------------------------------------------------
    def ask_where_to_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save briefing"), "briefing.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.make(partial(self.save_to, path))

    def make(self, then: Callable[[], None]) -> None:
        """Gather and clear the briefing on the store worker, then `then()` here."""
        problem = first_date_problem(self.date_from, self.date_to)
        if problem:
            self._say(problem)
            return
        try:
            request = self.request()
        except UpfrontError as err:
            self._say(failure_message(err))
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Gathering the briefing…"))
        run_in_background(
            partial(_build, self.store, request, self.template_choice() or None),
            partial(self._built, then),
            self._failed,
            parent=self,
        )

    def _built(self, then: Callable[[], None], made: tuple[Briefing, BriefingRequest]) -> None:
        self.briefing, self._request = made
        self.save_button.setEnabled(True)
        self._say(
            fill(
                self.tr("{situations} situation(s), SHA-256 {digest}"),
                situations=len(self.briefing.pack["situations"]),
                digest=self.briefing.sha256()[:16],
            )
        )
        self.built.emit()
        then()

    def save_to(self, path: str) -> None:
        """Drawn into a file beside `path`, moved into place once whole (as reports are)."""
        from ui.report.briefing import write_briefing_pdf

        briefing, request = self.briefing, self._request
        assert briefing is not None and request is not None
        pages = draw_into_file(
            self,
            self.tr("Saving the briefing"),
            path,
            lambda part, progress: write_briefing_pdf(briefing, part, progress=progress),
            self._say,
            self.tr("The briefing could not be saved."),
        )
        if pages is None:
            return
        self._say(self.tr("Saved %n page(s).", "", pages))
        run_in_background(
            partial(_logged, self.store, briefing, request),
            lambda _none: self.exported.emit(),
            self._failed,
            parent=self,
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        log.error("briefing: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The briefing could not be made."), exc)
        self._say(message)
        self.failed.emit(message)

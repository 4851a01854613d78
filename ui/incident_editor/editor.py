"""The incident editor window: one per incident, a form over the incident JSON contract.

The form builds the same JSON document the CLI takes (README, "Incident JSON"), validates it
with `app.schema.incident.Validator` as the person types (debounced; pure Python, no
database) and shows the first problem next to its field. Every store call runs on the
background worker (`ui.tasks`, `ui.incident_editor.work`): loading, saving, drafts, reveals,
attachments, history.

Protected names stay masked until someone presses Reveal (audited by `Incidents.reveal`). A
masked name the person did not replace is copied from the stored record at save time, on the
worker, so saving a form that never held the name cannot erase it.

This module builds the window and every page (all strings in the "IncidentEditor" translation
context); the mixins hold the rest: form (change tracking, undo, the document, validation),
summary (sensitive location, summary clearance), saving (the store round trips) and
attachments.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.errors import BadInput
from app.redaction import Withheld
from app.schema.incident import Validator
from app.store import Store
from app.vocab import vocabularies
from ui.incident_editor import work
from ui.incident_editor.attachments import AttachmentsMixin, DropArea, ImageViewer
from ui.incident_editor.fields import CountBox, ViolationChoice
from ui.incident_editor.form import FormMixin
from ui.incident_editor.rows import Row, RowList
from ui.incident_editor.saving import SavingMixin
from ui.incident_editor.summary import SummaryMixin
from ui.incident_editor.undo import UndoKeys
from ui.palette import CAUTION_TEXT, ERROR_TEXT, NOTICE_BG, NOTICE_TEXT
from ui.qt import (
    QAbstractItemView,
    QAbstractSpinBox,
    QAction,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSize,
    QSpinBox,
    Qt,
    QTableWidget,
    QTabWidget,
    QTimer,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.shortcuts_dialog import add_shortcut_sheet
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import (
    DAY,
    Admin1Combo,
    CountryCombo,
    PartialDateEdit,
    VocabCombo,
    VocabHelpButton,
)

VALIDATE_MS = 300
AUTOSAVE_MS = 5000
TABS = ("overview", "violations", "victims", "perpetrators", "sources", "attachments", "history")


class IncidentEditor(FormMixin, SummaryMixin, SavingMixin, AttachmentsMixin, QMainWindow):
    """Create or edit one incident. Emits `saved(incident_id)` after each successful save.

    `draft` (with `draft_id`) restores a form autosaved before a crash or a lock.
    """

    saved = Signal(str)
    loaded = Signal()
    history_loaded = Signal()
    attachments_loaded = Signal()
    attachment_exported = Signal(dict)
    custody_loaded = Signal()
    draft_saved = Signal(str)
    revealed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        incident_id: str | None = None,
        *,
        draft: dict | None = None,
        draft_id: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.incident_id = incident_id
        self.draft_id = draft_id
        self.lang = lang
        self.revision: int | None = None
        self.validator = Validator(vocabularies())
        self.error: BadInput | None = None
        self.attachment_rows: list[dict] = []
        self.viewer: ImageViewer | None = None
        self._attachments_asked = 0  # newest attachment list asked for; older answers are dropped
        self._loading = False
        self._applying = False
        self._saving = False
        self._restored = draft is not None
        self._changed_since_draft = False
        self._draft_busy = False
        self._close_ok = False
        self._close_after_save = False
        self._marked: list[QWidget] = []
        self.read_only: str | None = None  # the audience, when the record is HQ's view of it
        self.fields: dict[str, QWidget] = {}
        self.help_buttons: dict[str, VocabHelpButton] = {}  # kind -> its "what do these mean?"
        self.error_labels: dict[str, QLabel] = {}
        self.lists: dict[str, RowList] = {}
        self._field_tab: dict[str, int] = {}

        self.undo_stack = QUndoStack(self)
        self._undo_keys = UndoKeys(self.undo_stack, self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.setStyleSheet(f'*[invalid="true"] {{ border: 2px solid {ERROR_TEXT}; }}')
        self.resize(QSize(900, 700))

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Message"))
        self.banner.hide()
        # where the record stands in review: waiting, or returned with the reviewer's words
        self.review_note = QLabel(self)
        self.review_note.setWordWrap(True)
        self.review_note.setTextFormat(Qt.TextFormat.PlainText)
        self.review_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_note.setAccessibleName(self.tr("Review"))
        self.review_note.hide()
        self.tabs = QTabWidget(self)
        self.tab_errors: list[QLabel] = []
        self._tab_titles: list[str] = []
        self._build_overview()
        self._build_violations()
        self._build_victims()
        self._build_perpetrators()
        self._build_sources()
        self._build_attachments()
        self._build_history()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.review_note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._build_menus()

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_MS)
        self.validate_timer.timeout.connect(self.validate_now)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

        if draft is not None:
            self.load_doc(draft)
            self.revision = draft.get("revision")
        else:
            self.load_doc({})
        if incident_id is not None:
            self.attachments_page.setEnabled(False)
            if draft is None:
                self.tabs.setEnabled(False)
                self.save_action.setEnabled(False)
                run_in_background(
                    partial(work.load, store, incident_id), self._loaded, self._failed, parent=self
                )
                run_in_background(  # after the load (one worker): is it a view from HQ?
                    partial(work.view_audience, store, incident_id),
                    self._view_checked,
                    self._failed,
                    parent=self,
                )
            self.refresh_history()
            self.refresh_attachments()
        else:
            self.attachments_page.setEnabled(False)
        self._update_title()

    # ---- building ----------------------------------------------------------------------------
    def _page(self, key: str, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = DropArea(self) if key == "attachments" else QWidget(self)
        layout = QVBoxLayout(page)
        error = QLabel(page)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(f"color: {ERROR_TEXT};")
        error.hide()
        layout.addWidget(error)
        self.tab_errors.append(error)
        self._tab_titles.append(title)
        self.tabs.addTab(page, title)
        return page, layout

    def _input(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: QWidget,
        tab: int,
        extra: QWidget | None = None,
    ) -> QWidget:
        """An input in a form, with its label, accessible name and error line below it."""
        widget.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(f"color: {ERROR_TEXT};")
        # the line keeps its place when empty: the form does not jump as messages come and go
        policy = error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        error.setSizePolicy(policy)
        error.hide()
        box = QVBoxLayout()
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        if extra is not None:
            line.addWidget(extra)
        box.addLayout(line)
        box.addWidget(error)
        form.addRow(caption, box)
        self.fields[key] = widget
        self.error_labels[key] = error
        self._field_tab[key] = tab
        self.track(widget)
        return widget

    def _full_date(self) -> PartialDateEdit:
        return PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang)

    def _combo(self, kind: str, none: bool = False) -> VocabCombo:
        return VocabCombo(kind, lang=self.lang, none_label=self.tr("(none)") if none else None)

    def _help(self, kind: str, field: str) -> VocabHelpButton:
        """ "What do these mean?" beside a field whose terms need explaining."""
        button = VocabHelpButton(kind, field, self.lang)
        self.help_buttons[kind] = button
        return button

    def _build_overview(self) -> None:
        page, layout = self._page("overview", self.tr("Overview && location"))
        tab = 0
        area = QScrollArea(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own: Tab goes to fields
        inner = QWidget()
        form = QFormLayout(inner)
        area.setWidget(inner)
        layout.addWidget(area, 1)
        self.title_edit = self._input(form, "title", self.tr("Title"), QLineEdit(), tab)
        self.from_edit = self._input(
            form, "occurred_from", self.tr("Occurred from"), PartialDateEdit(lang=self.lang), tab
        )
        self.to_edit = self._input(
            form,
            "occurred_to",
            self.tr("Occurred to"),
            PartialDateEdit(optional=True, lang=self.lang),
            tab,
        )
        self.reported_edit = self._input(
            form,
            "date_reported",
            self.tr("Date reported"),
            PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang),
            tab,
        )
        self.country_combo = self._input(
            form,
            "location.country",
            self.tr("Country"),
            CountryCombo(lang=self.lang, none_label=self.tr("(none)")),
            tab,
        )
        self.admin1_combo = self._input(
            form,
            "location.admin1",
            self.tr("Region (admin 1)"),
            Admin1Combo(lang=self.lang, none_label=self.tr("(none)")),
            tab,
        )
        self.country_combo.codeChanged.connect(self._country_changed)
        self.admin1_pcode_edit = self._input(
            form, "location.admin1_pcode", self.tr("Region P-code (admin 1)"), QLineEdit(), tab
        )
        self.admin2_edit = self._input(
            form, "location.admin2", self.tr("District (admin 2)"), QLineEdit(), tab
        )
        self.admin2_pcode_edit = self._input(
            form, "location.admin2_pcode", self.tr("District P-code (admin 2)"), QLineEdit(), tab
        )
        self.unlisted_check = self._input(
            form,
            "location.not_in_gazetteer",
            self.tr("Region or district not in the list (keep as typed)"),
            QCheckBox(),
            tab,
        )
        self.unlisted_check.setToolTip(
            self.tr(
                "Regions and districts are checked against OCHA's list of P-codes. Tick this "
                "only for a place the list does not have: it is kept as typed, without a code, "
                "and listed with the records to resolve later."
            )
        )
        self.place_edit = self._input(form, "location.place", self.tr("Place"), QLineEdit(), tab)
        self.sensitive_hint = QLabel(
            self.tr(
                "The place names a protected victim of this record: if it is their home, a "
                "shelter or a safe house, mark it sensitive."
            )
        )
        self.sensitive_hint.setWordWrap(True)
        self.sensitive_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.sensitive_hint.setStyleSheet(f"color: {CAUTION_TEXT};")
        self.sensitive_hint.hide()
        self.sensitive_check = self._input(
            form,
            "location.sensitive",
            self.tr("Sensitive location (a home, shelter, safe house)"),
            QCheckBox(),
            tab,
            extra=self.sensitive_hint,
        )
        self.sensitive_check.setToolTip(
            self.tr(
                "Outside the team, a sensitive location is shown only as its region and district."
            )
        )
        self._finders: dict[str, Withheld] = {}  # stored protected victims' names, by id
        self.lat_edit = self._input(form, "location.lat", self.tr("Latitude"), QLineEdit(), tab)
        self.lon_edit = self._input(form, "location.lon", self.tr("Longitude"), QLineEdit(), tab)
        for edit in (self.lat_edit, self.lon_edit, self.admin1_pcode_edit, self.admin2_pcode_edit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for edit in (self.admin1_pcode_edit, self.admin2_pcode_edit):
            edit.setMaxLength(32)
        self.location_precision_combo = self._input(
            form,
            "location.precision",
            self.tr("Location precision"),
            self._combo("location-precision", none=True),
            tab,
        )
        self.confidentiality_combo = self._input(
            form,
            "confidentiality",
            self.tr("Confidentiality"),
            self._combo("confidentiality"),
            tab,
            self._help("confidentiality", self.tr("Confidentiality")),
        )
        self.status_combo = self._input(
            form, "status", self.tr("Status"), self._combo("status"), tab
        )
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setUndoRedoEnabled(False)  # the form's undo covers it
        self._input(form, "narrative", self.tr("Narrative"), self.narrative_edit, tab)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setUndoRedoEnabled(False)
        self.summary_edit.setPlaceholderText(
            self.tr(
                "Written for partners and the public; reports outside the UN print this, never "
                "the narrative"
            )
        )
        self._input(
            form,
            "public_summary",
            self.tr("Summary for partners and the public"),
            self.summary_edit,
            tab,
        )
        self._summary: dict = {}  # the stored summary: text, who wrote it, who cleared it
        self.summary_state = QLabel()
        self.summary_state.setWordWrap(True)
        self.summary_state.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_state.setAccessibleName(self.tr("Clearance of the summary"))
        self.clear_button = QPushButton(self.tr("Clear for release"))
        self.clear_button.clicked.connect(self.clear_summary)
        state = QHBoxLayout()
        state.addWidget(self.summary_state, 1)
        state.addWidget(self.clear_button)
        form.addRow("", state)

    def _list(
        self,
        key: str,
        build: Callable[[Row], None],
        heading: str,
        add_label: str,
        defaults: dict,
        layout: QVBoxLayout,
        tab: int,
    ) -> RowList:
        rows = RowList(self, key, build, lambda i: fill(heading, number=i + 1), add_label, defaults)
        layout.addWidget(rows, 1)
        self.lists[key] = rows
        self._field_tab[key] = tab
        return rows

    def _build_violations(self) -> None:
        _page, layout = self._page("violations", self.tr("&Violations"))

        def build_count(row: Row) -> None:
            row.add_field("sex", self.tr("Sex"), self._combo("sex"))
            row.add_field("age_group", self.tr("Age group"), self._combo("age-group"))
            row.add_field("count", self.tr("Number of victims"), CountBox())

        def build(row: Row) -> None:
            row.add_field("type", self.tr("Type"), self._combo("violation"))
            count = QSpinBox()
            count.setRange(-1, 1_000_000)
            count.setSpecialValueText(self.tr("not known"))
            row.add_field("victims_count", self.tr("Victims"), count)
            row.add_field(
                "date",
                self.tr("Date"),
                PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang),
            )
            row.add_field("method", self.tr("Method"), QLineEdit())
            counts = RowList(
                self,
                "counts",
                build_count,
                lambda i: fill(self.tr("Count {number}"), number=i + 1),
                self.tr("Add count"),
                {"sex": "unknown", "age_group": "unknown", "count": 0},
                parent_row=row,
                scroll=False,
            )
            row.add_list("counts", self.tr("Victims by sex and age"), counts)

        self.violations_list = self._list(
            "violations",
            build,
            self.tr("Violation {number}"),
            self.tr("Add violation"),
            {"type": None, "victims_count": None},
            layout,
            1,
        )

    def _person_name(self, row: Row) -> None:
        reveal = QPushButton(self.tr("Reveal"))
        reveal.setToolTip(
            self.tr("Show the protected name; the reveal is recorded in the audit log")
        )
        reveal.hide()
        row.reveal_button = reveal
        row.add_field("name", self.tr("Name"), QLineEdit(), extra=reveal)
        reveal.clicked.connect(lambda: self.reveal(row))
        reveal.setAccessibleName(self.tr("Reveal name"))

    def _build_victims(self) -> None:
        _page, layout = self._page("victims", self.tr("V&ictims"))

        def build(row: Row) -> None:
            self._person_name(row)
            row.add_field("kind", self.tr("Kind"), self._combo("victim-kind"))
            row.add_field("sex", self.tr("Sex"), self._combo("sex"))
            row.add_field("age_group", self.tr("Age group"), self._combo("age-group"))
            size = QSpinBox()
            size.setRange(0, 1_000_000)
            size.setSpecialValueText(self.tr("not given"))
            row.add_field("group_size", self.tr("Group size"), size)
            kind = row.fields["kind"]

            def kind_changed() -> None:
                size.setEnabled(kind.code() != "individual")

            kind.codeChanged.connect(kind_changed)
            kind_changed()
            row.add_field(
                "protected",
                self.tr("Protected"),
                QCheckBox(self.tr("Withhold the name on screens and exports")),
            )
            row.add_field("consent", self.tr("Consent"), self._combo("consent"))
            row.add_field("consent_date", self.tr("Consent given on"), self._full_date())

        self.victims_list = self._list(
            "victims",
            build,
            self.tr("Victim {number}"),
            self.tr("Add victim"),
            {
                "kind": "individual",
                "sex": "unknown",
                "age_group": "unknown",
                "protected": True,
                "consent": "none",
            },
            layout,
            2,
        )

    def _build_perpetrators(self) -> None:
        _page, layout = self._page("perpetrators", self.tr("&Perpetrators"))

        def build_link(row: Row) -> None:
            choice = ViolationChoice()
            choice.set_choices(self._violation_labels())
            row.add_field("violation", self.tr("Violation"), choice)
            row.add_field("degree", self.tr("Degree"), self._combo("involvement"))

        def build(row: Row) -> None:
            row.add_field("category", self.tr("Category"), self._combo("perpetrator"))
            row.add_field("name", self.tr("Name"), QLineEdit())
            links = RowList(
                self,
                "involvement",
                build_link,
                lambda i: fill(self.tr("Involvement {number}"), number=i + 1),
                self.tr("Add involvement"),
                {"violation": 0, "degree": "unknown"},
                parent_row=row,
                scroll=False,
            )
            row.add_list("involvement", self.tr("Involvement"), links)

        self.perpetrators_list = self._list(
            "perpetrators",
            build,
            self.tr("Perpetrator {number}"),
            self.tr("Add perpetrator"),
            {"category": None},
            layout,
            3,
        )

    def _build_sources(self) -> None:
        page, layout = self._page("sources", self.tr("S&ources && verification"))

        def build(row: Row) -> None:
            row.add_field("type", self.tr("Type"), self._combo("source-type"))
            row.add_field(
                "connection", self.tr("Connection"), self._combo("source-connection", none=True)
            )
            row.add_field("reliability", self.tr("Reliability"), self._combo("reliability"))
            self._person_name(row)
            row.add_field(
                "protected",
                self.tr("Protected"),
                QCheckBox(self.tr("Withhold the name on screens and exports")),
            )
            row.add_field("consent", self.tr("Consent"), self._combo("consent"))
            row.add_field("consent_date", self.tr("Consent given on"), self._full_date())
            row.add_field("information_date", self.tr("Information given on"), self._full_date())
            language = QLineEdit()
            language.setMaxLength(16)
            row.add_field("language", self.tr("Language"), language)

        self.sources_list = self._list(
            "sources",
            build,
            self.tr("Source {number}"),
            self.tr("Add source"),
            {"type": None, "reliability": "unknown", "protected": True, "consent": "none"},
            layout,
            4,
        )
        box = QFrame(page)
        form = QFormLayout(box)
        form.addRow(QLabel(self.tr("<b>Verification</b>")))
        self._input(
            form,
            "verification.status",
            self.tr("Standard of proof"),
            self._combo("verification"),
            4,
            self._help("verification", self.tr("Standard of proof")),
        )
        self._input(
            form,
            "verification.credibility",
            self.tr("Credibility"),
            self._combo("credibility", none=True),
            4,
            self._help("credibility", self.tr("Credibility")),
        )
        self._input(form, "verification.reviewer", self.tr("Reviewer"), QLineEdit(), 4)
        self._input(
            form,
            "verification.date",
            self.tr("Date reviewed"),
            PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang),
            4,
        )
        layout.addWidget(box)

    def _build_attachments(self) -> None:
        page, layout = self._page("attachments", self.tr("&Attachments"))
        self.attachments_page = page
        page.files_dropped.connect(self.add_attachment_files)
        self.attachment_note = QLabel(
            self.tr("Save the incident to add attachments. Files can also be dropped here."), page
        )
        self.attachment_note.setWordWrap(True)
        self.attachment_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.attachment_note)
        self.attachment_table = self._table(
            page,
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("SHA-256"),
                self.tr("Captured by"),
                self.tr("Captured at"),
            ],
        )
        self.attachment_table.setAccessibleName(self.tr("Attachments"))
        self.attachment_table.itemSelectionChanged.connect(self.refresh_custody)
        self.attachment_table.itemActivated.connect(lambda _item: self.view_attachment())
        layout.addWidget(self.attachment_table, 2)
        buttons = QHBoxLayout()
        self.add_attachment_button = QPushButton(self.tr("Add…"), page)
        self.add_attachment_button.clicked.connect(self.choose_attachments)
        self.view_attachment_button = QPushButton(self.tr("View"), page)
        self.view_attachment_button.clicked.connect(self.view_attachment)
        self.export_attachment_button = QPushButton(self.tr("Export…"), page)
        self.export_attachment_button.setToolTip(
            self.tr("Writes a copy without the file's metadata (place, time, device)")
        )
        self.export_attachment_button.clicked.connect(self.export_attachment)
        self.export_original_button = QPushButton(self.tr("Export original…"), page)
        self.export_original_button.clicked.connect(self.export_original_attachment)
        for button in (
            self.add_attachment_button,
            self.view_attachment_button,
            self.export_attachment_button,
            self.export_original_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Chain of custody of the selected file"), page))
        self.custody_table = self._table(
            page, [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Detail")]
        )
        self.custody_table.setAccessibleName(self.tr("Chain of custody"))
        layout.addWidget(self.custody_table, 1)

    def _build_history(self) -> None:
        page, layout = self._page("history", self.tr("&History"))
        self.history_table = self._table(
            page,
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old"), self.tr("New")],
        )
        self.history_table.setAccessibleName(self.tr("History"))
        layout.addWidget(self.history_table, 1)

    def _table(self, parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _build_menus(self) -> None:
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_action.changed.connect(
            lambda: self.save_button.setEnabled(self.save_action.isEnabled())
        )
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for rows in self.lists.values():
            action = QAction(rows.add_button.text(), self)
            action.triggered.connect(rows.request_add)
            edit_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i in range(self.tabs.count()):
            action = QAction(self._tab_titles[i], self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(partial(self.tabs.setCurrentIndex, i))
            view_menu.addAction(action)

        self.add_attachment_action = QAction(self.tr("&Add attachment…"), self)
        self.add_attachment_action.triggered.connect(self.choose_attachments)
        self.view_attachment_action = QAction(self.tr("&View attachment"), self)
        self.view_attachment_action.triggered.connect(self.view_attachment)
        self.export_attachment_action = QAction(self.tr("&Export attachment…"), self)
        self.export_attachment_action.triggered.connect(self.export_attachment)
        self.export_original_action = QAction(self.tr("Export &original attachment…"), self)
        self.export_original_action.triggered.connect(self.export_original_attachment)
        menu = self.menuBar().addMenu(self.tr("A&ttachments"))
        for action in (
            self.add_attachment_action,
            self.view_attachment_action,
            self.export_attachment_action,
            self.export_original_action,
        ):
            menu.addAction(action)
        add_shortcut_sheet(self, self.menuBar().addMenu(self.tr("&Help")))

    def _view_checked(self, audience: str | None) -> None:
        if audience is not None:
            self.set_read_only(audience)

    def set_read_only(self, audience: str) -> None:
        """The record is the redacted view HQ sent this device: shown, never changed here
        (the store refuses it too, `app.record_views`); the banner says why."""
        self.read_only = audience
        who = self.tr("UN") if audience == "un" else audience
        self.banner.setText(
            fill(
                self.tr(
                    "Read-only: this record is the view HQ sends to {audience} readers, with "
                    "names withheld and places coarsened. It cannot be changed on this "
                    "device; the team that holds the record can change it."
                ),
                audience=who,
            )
        )
        self.banner.setStyleSheet(f"background: {NOTICE_BG}; color: {NOTICE_TEXT}; padding: 6px;")
        self.banner.show()
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for text in self.findChildren(QPlainTextEdit):
            text.setReadOnly(True)
        # read-only texts look it, like the disabled lists beside them: no white field that
        # invites typing
        self.setStyleSheet(
            self.styleSheet() + ' QLineEdit:read-only, QPlainTextEdit[readOnly="true"]'
            " { background: palette(window); }"
        )
        for widget in (
            *self.findChildren(QCheckBox),
            *self.findChildren(QComboBox),
            *self.findChildren(QAbstractSpinBox),
        ):
            widget.setEnabled(False)
        for button in self.findChildren(QPushButton):
            if button is not self.close_button:
                button.setEnabled(False)
        for action in (
            self.add_attachment_action,
            self.undo_action,
            self.redo_action,
        ):
            action.setEnabled(False)
        self.attachments_page.setAcceptDrops(False)
        self.autosave_timer.stop()
        self._update_save()

    def _update_title(self) -> None:
        title = self.title_edit.text().strip() or self.tr("New incident")
        self.setWindowTitle(fill(self.tr("{title}[*] – Upfront"), title=title))
        self.setWindowModified(self.is_modified())

    def _say(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(bool(message))
        if message:
            self.failed.emit(message)

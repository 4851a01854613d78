"""The incident list: a filter bar over a lazily paged table of every incident in the store.

Filters and the free-text search become an `IncidentQuery` that runs in SQL (FTS5 for text)
on the background worker; the table model (`ui.incident_model`) fetches only the pages on
screen, so 100k incidents open as fast as 100.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from app.changes import Changes, Kind
from app.incident_queries import IncidentQuery
from app.store import Store
from app.vocab import vocabularies
from ui.changes import RefreshWhenShown
from ui.incident_model import (
    COLUMN_COUNT,
    CONFIDENTIALITY,
    DATE,
    LOCATION,
    SORT_FIELDS,
    STATUS,
    TITLE,
    VERIFICATION,
    VIOLATIONS,
    IdRole,
    IncidentTableModel,
)
from ui.qt import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QComboBox,
    QDate,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text import fill
from ui.vocab_widgets import TypeAhead, add_term, admin1_terms, tooltip_follows_item
from ui.widgets import DateField

SEARCH_DELAY_MS = 250
NEW_SHORTCUT = "Ctrl+N"
COLUMN_WIDTHS = {
    DATE: 90,
    TITLE: 320,
    LOCATION: 220,
    VIOLATIONS: 240,
    VERIFICATION: 170,
    CONFIDENTIALITY: 110,
    STATUS: 90,
}


class IncidentListView(QWidget):
    """Filter bar, count and table. Emits `openRequested(id)` on double-click or Enter on a
    row, and `newRequested()` for the New incident button or Ctrl+N."""

    openRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self._lang = lang
        self._vocab = vocabularies()
        self.model = IncidentTableModel(store, self, lang=lang)
        self._build_filters()
        self._build_table()
        self._build_layout()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for combo in (
            self.violation_combo,
            self.admin1_combo,
            self.verification_combo,
            self.confidentiality_combo,
            self.status_combo,
        ):
            combo.currentIndexChanged.connect(self._apply)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._apply)
            edit.dateChanged.connect(self._apply)
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.newRequested)
        self.reload = RefreshWhenShown(self, self.refresh)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_failure)
        self.count_label.setText(self.tr("Loading incidents…"))

    # ---- public ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the incidents again (after an edit, an import or a sync)."""
        self.model.refresh()

    def on_changes(self, changes: Changes) -> None:
        """Incidents changed somewhere (an editor, an import, a sync): read them again, at
        once if the list is shown, else when it next is."""
        if changes.touches(Kind.INCIDENTS):
            self.reload.request()

    def clear_filters(self) -> None:
        """Every filter back to All and the search box emptied; one query, not one per field."""
        self._quiet = True
        try:
            self.search_edit.clear()
            self._search_timer.stop()
            for combo in (
                self.violation_combo,
                self.country_combo,
                self.verification_combo,
                self.confidentiality_combo,
                self.status_combo,
            ):
                combo.setCurrentIndex(0)
            self._fill_admin1(None)
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
        finally:
            self._quiet = False
        self._apply()

    def show_region(self, country: str | None, key: str) -> None:
        """Filter to one admin-1 region (a key as `IncidentQuery.admin1` takes it: P-code,
        ISO 3166-2 code or a name as typed) of `country`; one query."""
        self._quiet = True
        try:
            found = self.country_combo.findData(country) if country else -1
            self.country_combo.setCurrentIndex(max(0, found))
            self._fill_admin1(self.country_combo.currentData())
            at = self.admin1_combo.findData(key)
            if at < 0:  # a name as typed: the gazetteer's list does not have it
                self.admin1_combo.addItem(key, key)
                self.admin1_combo.setEnabled(True)
                at = self.admin1_combo.count() - 1
            self.admin1_combo.setCurrentIndex(at)
        finally:
            self._quiet = False
        self._apply()

    def current_query(self) -> IncidentQuery:
        """The filters as shown, with the table's sort."""

        def code(combo: QComboBox) -> str | None:
            return combo.currentData() or None

        def day(check: QCheckBox, edit: DateField) -> date | None:
            # text that is no date: the date last taken, the rows shown; its field says why
            d = edit.accepted() if check.isChecked() else None
            return None if d is None else date(d.year(), d.month(), d.day())

        text = self.search_edit.text().strip() or None
        return dataclasses.replace(
            self.model.query,
            date_from=day(self.from_check, self.from_edit),
            date_to=day(self.to_check, self.to_edit),
            country=code(self.country_combo),
            admin1=code(self.admin1_combo),
            violation=code(self.violation_combo),
            verification=code(self.verification_combo),
            confidentiality=code(self.confidentiality_combo),
            status=code(self.status_combo),
            text=text,
        )

    # ---- building ---------------------------------------------------------------------------
    def _vocab_combo(self, kind: str, all_text: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(all_text, None)
        for term in self._vocab.terms(kind):
            add_term(combo, term, self._lang)  # each entry's tooltip says what it means
        tooltip_follows_item(combo)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _build_filters(self) -> None:
        self._quiet = False
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search title, narrative, places"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)

        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("From"), self)
        self.from_check.setAccessibleName(self.tr("Filter from a date"))
        self.from_edit = self._date_edit(today.addYears(-1), self.tr("From date"))
        self.to_check = QCheckBox(self.tr("To"), self)
        self.to_check.setAccessibleName(self.tr("Filter up to a date"))
        self.to_edit = self._date_edit(today, self.tr("To date"))

        self.violation_combo = self._vocab_combo(
            "violation", self.tr("All violations"), self.tr("Violation type")
        )
        self.country_combo = QComboBox(self)
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.addItem(self.tr("All countries"), None)
        countries = sorted(self._vocab.terms("country"), key=lambda t: t.label(self._lang))
        for term in countries:
            self.country_combo.addItem(f"{term.label(self._lang)} ({term.code})", term.code)
        # typing replaces "All countries" and completes against the names (ui.vocab_widgets)
        self.country_type_ahead = TypeAhead(self.country_combo)
        self.country_combo.setMinimumContentsLength(14)
        self.country_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # type-ahead text that names no country must not stay as if it were a filter
        self.country_type_ahead.finished.connect(self._country_text_done)

        self.admin1_combo = QComboBox(self)
        self.admin1_combo.setAccessibleName(self.tr("Region (admin 1)"))
        self.admin1_combo.setMinimumContentsLength(12)
        self.admin1_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._fill_admin1(None)

        self.verification_combo = self._vocab_combo(
            "verification", self.tr("Any verification"), self.tr("Verification")
        )
        self.confidentiality_combo = self._vocab_combo(
            "confidentiality", self.tr("Any confidentiality"), self.tr("Confidentiality")
        )
        self.status_combo = self._vocab_combo("status", self.tr("Any status"), self.tr("Status"))

        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.new_button = QPushButton(self.tr("New incident"), self)
        self.new_button.setToolTip(
            fill(
                self.tr("New incident ({shortcut})"),
                shortcut=QKeySequence(NEW_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.new_action = QAction(self.tr("New incident"), self)
        self.new_action.setShortcut(QKeySequence(NEW_SHORTCUT))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.newRequested)
        self.addAction(self.new_action)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of incidents"))

    def _date_edit(self, initial: QDate, name: str) -> DateField:
        # a typed 31/02 is refused under the field, never turned into another day
        edit = DateField(name, initial, maximum=QDate.currentDate(), parent=self)
        edit.setEnabled(False)  # "no date" until its box is ticked
        return edit

    def _build_table(self) -> None:
        table = self.table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Incidents"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setVisible(False)
        # Uniform row heights: a fixed section size means Qt never measures 100k rows
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        assert len(COLUMN_WIDTHS) == COLUMN_COUNT
        # The model starts sorted by date, newest first; say so before sorting is switched on
        # (setSortingEnabled sorts by the indicator at once)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self._sort = (DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.setSortingEnabled(True)
        table.activated.connect(self._activated)  # double-click, or Enter / Return

    def _build_layout(self) -> None:
        filters = QGridLayout()

        def labelled(text: str, widget: QWidget) -> tuple[QLabel, QWidget]:
            label = QLabel(text, self)
            label.setBuddy(widget)
            return label, widget

        pairs = [
            labelled(self.tr("&Violation"), self.violation_combo),
            labelled(self.tr("C&ountry"), self.country_combo),
            labelled(self.tr("&Region"), self.admin1_combo),
            labelled(self.tr("Veri&fication"), self.verification_combo),
            labelled(self.tr("Confi&dentiality"), self.confidentiality_combo),
            labelled(self.tr("Stat&us"), self.status_combo),
        ]
        for column, (label, widget) in enumerate(pairs):
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search_edit)
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.from_check)
        top.addWidget(self.from_edit)
        top.addWidget(self.to_check)
        top.addWidget(self.to_edit)
        top.addWidget(self.clear_button)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        order = [
            self.search_edit,
            self.from_check,
            self.from_edit,
            self.to_check,
            self.to_edit,
            self.clear_button,
            *(w for _, w in pairs),
            self.table,
            self.new_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ---- reacting -----------------------------------------------------------------------------
    def _apply(self) -> None:
        if self._quiet:
            return
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def _country_changed(self) -> None:
        self._fill_admin1(self.country_combo.currentData())
        self._apply()

    def _country_text_done(self) -> None:
        """A country name typed (whole, or a part only one name holds) becomes the filter;
        text that names no country is taken back to the filter in force, and the count line
        says so, rather than standing there as if it filtered."""
        combo, type_ahead = self.country_combo, self.country_type_ahead
        type_ahead.settle()
        if type_ahead.unmatched():
            typed = combo.currentText().strip()
            combo.setEditText(combo.itemText(combo.currentIndex()))
            if type_ahead.holding(typed):
                message = self.tr(
                    "Several countries hold “{text}”: choose one in the list. The country "
                    "filter is still {country}."
                )
            else:
                message = self.tr(
                    "No country matches “{text}”; the country filter is still {country}."
                )
            self.count_label.setText(fill(message, text=typed, country=combo.currentText()))

    def _fill_admin1(self, country: str | None) -> None:
        combo = self.admin1_combo
        was_quiet, self._quiet = self._quiet, True
        try:
            combo.clear()
            combo.addItem(self.tr("All regions"), None)
            for term in admin1_terms(country, self._lang):
                combo.addItem(term.label(self._lang), term.code)
            combo.setEnabled(combo.count() > 1)
        finally:
            self._quiet = was_quiet

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_FIELDS:
            # violations cannot be sorted: put the indicator back where the rows are sorted
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (column, order)

    def _activated(self, index: QModelIndex) -> None:
        incident_id = index.data(IdRole)
        if incident_id:
            self.openRequested.emit(incident_id)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n incident(s)", "", total))

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(
            fill(self.tr("The incidents could not be read: {reason}"), reason=message)
        )

"""The incident list: a filter bar over a lazily paged table of every incident in the store.

Filters and the free-text search become an `IncidentQuery` that runs in SQL (FTS5 for text)
on the background worker; the table model (`ui.incident_model`) fetches only the pages on
screen, so 100k incidents open as fast as 100.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import partial
from typing import Any

from app.changes import Changes, Kind
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.settings import Settings
from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.bulk_dialog import BulkChangeDialog
from ui.changes import RefreshWhenShown
from ui.exchange_dialogs import ExportDialog
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
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
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
# the columns by a name that does not change with the language (the column chooser's setting)
COLUMN_NAMES = {
    DATE: "date",
    TITLE: "title",
    LOCATION: "location",
    VIOLATIONS: "violations",
    VERIFICATION: "verification",
    CONFIDENTIALITY: "confidentiality",
    STATUS: "status",
}
HIDDEN_COLUMNS = "incident_list_hidden_columns"
NAMED_FILTERS = "incident_list_filters"
# what a named filter keeps: the filter bar's values, as text
FILTER_KEYS = (
    "text",
    "country",
    "admin1",
    "violation",
    "verification",
    "confidentiality",
    "status",
    "date_from",
    "date_to",
)


def _situation_names(store: Store) -> list[tuple[str, str]]:
    """On the worker: (id, name) of the store's situations, by name."""
    return [(s["id"], s["name"]) for s in Situations(store).list()]


def _situation_scope(store: Store, situation_id: str) -> tuple[str, ...]:
    return tuple(Situations(store).incident_ids(situation_id))


def _ids_at(store: Store, query: IncidentQuery, rows: list[int]) -> list[str]:
    """On the worker: the ids at `rows` of the list `query` gives (rows not loaded yet)."""
    found = Incidents(store).list(dataclasses.replace(query, limit=None, offset=0))
    return [found[r]["id"] for r in rows if r < len(found)]


class SaveFilterDialog(QDialog):
    """A name for the filters in force, kept in the settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the filters"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the filter"))
        self.name.setMaxLength(80)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(buttons)


class IncidentListView(QWidget):
    """Filter bar, count and table. Emits `openRequested(id)` on double-click or Enter on a
    row, and `newRequested()` for the New incident button or Ctrl+N."""

    openRequested = Signal(str)
    newRequested = Signal()
    bulkChanged = Signal(object)  # app.bulk.BulkResult, once a bulk change is written

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._vocab = vocabularies()
        self.settings = settings or Settings()
        self.situations: list[tuple[str, str]] = []
        self._scope: tuple[str, ...] | None = None  # a situation's incidents, when chosen
        self._created_by: str | None = None
        self.bulk_dialog: BulkChangeDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.model = IncidentTableModel(store, self, lang=lang)
        self._build_filters()
        self._build_table()
        self._build_bulk()
        self._build_layout()
        self._restore_columns()
        self._fill_saved_filters()

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
        if changes.touches(Kind.SITUATIONS):  # the saved filters offer each one's scope
            run_in_background(
                partial(_situation_names, self._store), self._situations_arrived, parent=self
            )

    def _reset_filters(self) -> None:
        """Every filter of the bar back to All, the search box emptied (no query: the caller
        is quiet and applies once)."""
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
        self._scope = self._created_by = None

    def clear_filters(self) -> None:
        """Every filter back to All and the search box emptied; one query, not one per field."""
        self._quiet = True
        try:
            self._reset_filters()
            self.saved_combo.setCurrentIndex(0)
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

    def show_query(self, query: IncidentQuery) -> None:
        """Show the records `query` asks for (what a count on Home leads to): its filters in
        the bar, its author kept as "my drafts" keeps it; one query."""
        self.saved_combo.blockSignals(True)
        self.saved_combo.setCurrentIndex(0)
        self.saved_combo.blockSignals(False)
        values = {k: getattr(query, k, None) for k in FILTER_KEYS}
        self._quiet = True
        try:
            self._scope = None
            self._created_by = query.created_by
            self._set_filters(
                {k: (x.isoformat() if isinstance(x, date) else x) for k, x in values.items()}
            )
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
            created_by=self._created_by,
            ids=self._scope,
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
        bottom.addWidget(self.change_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.new_button)

        saved = QHBoxLayout()
        saved_label = QLabel(self.tr("Sa&ved filters"), self)
        saved_label.setBuddy(self.saved_combo)
        saved.addWidget(saved_label)
        saved.addWidget(self.saved_combo, 1)
        saved.addWidget(self.save_filter_button)
        saved.addWidget(self.delete_filter_button)

        layout = QVBoxLayout(self)
        layout.addLayout(saved)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        order = [
            self.saved_combo,
            self.save_filter_button,
            self.delete_filter_button,
            self.search_edit,
            self.from_check,
            self.from_edit,
            self.to_check,
            self.to_edit,
            self.clear_button,
            *(w for _, w in pairs),
            self.table,
            self.change_button,
            self.export_button,
            self.new_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ---- bulk work, saved filters, columns ------------------------------------------------
    def _build_bulk(self) -> None:
        self.change_button = QPushButton(self.tr("Change selected…"), self)
        self.change_button.clicked.connect(self.change_selected)
        self.export_button = QPushButton(self.tr("Export selected…"), self)
        self.export_button.clicked.connect(self.export_selected)
        self.change_action = QAction(self.tr("Change selected…"), self)
        self.change_action.triggered.connect(self.change_selected)
        self.export_action = QAction(self.tr("Export selected…"), self)
        self.export_action.triggered.connect(self.export_selected)
        self.open_action = QAction(self.tr("Open"), self)
        self.open_action.triggered.connect(self._open_current)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

        self.saved_combo = QComboBox(self)
        self.saved_combo.setAccessibleName(self.tr("Saved filters"))
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_filter_button = QPushButton(self.tr("Save filters…"), self)
        self.save_filter_button.clicked.connect(self.ask_filter_name)
        self.delete_filter_button = QPushButton(self.tr("Delete saved filter"), self)
        self.delete_filter_button.clicked.connect(self.delete_saved_filter)
        run_in_background(
            partial(_situation_names, self._store),
            self._situations_arrived,
            parent=self,
        )

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _selection_changed(self, *_args: Any) -> None:
        n = len(self.selected_rows())
        for widget in (self.change_button, self.export_button):
            widget.setEnabled(n > 0)
        for action in (self.change_action, self.export_action):
            action.setEnabled(n > 0)

    def with_selected_ids(self, then: Any) -> None:
        """Call `then(ids)` with the ids of the selected rows, in list order; rows whose page
        is not loaded yet (a whole list selected) are read on the worker first."""
        rows = self.selected_rows()
        ids = [self.model.incident_id(r) for r in rows]
        if all(ids):
            then([i for i in ids if i])
            return
        query = self.model.query
        run_in_background(partial(_ids_at, self._store, query, rows), then, parent=self)

    def change_selected(self) -> None:
        """The bulk change dialog for the selected incidents."""
        self.with_selected_ids(self._open_bulk_dialog)

    def _open_bulk_dialog(self, ids: list[str]) -> None:
        if not ids:
            return
        dialog = self.bulk_dialog = BulkChangeDialog(
            self._store, ids, self, lang=self._lang, situations=self.situations
        )
        dialog.applied.connect(self._bulk_applied)
        dialog.open()

    def _bulk_applied(self, result: object) -> None:
        self.refresh()
        self.bulkChanged.emit(result)

    def export_selected(self) -> None:
        """The export dialog, for the selected incidents only."""
        self.with_selected_ids(self._open_export_dialog)

    def _open_export_dialog(self, ids: list[str]) -> None:
        if not ids:
            return
        self.export_dialog = ExportDialog(self._store, self, lang=self._lang, ids=ids)
        self.export_dialog.open()

    def _open_current(self) -> None:
        self._activated(self.table.currentIndex())

    def _row_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.change_action)
        menu.addAction(self.export_action)
        self.row_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # columns
    def _column_menu(self, pos: Any) -> None:
        self.column_chooser().popup(self.table.horizontalHeader().mapToGlobal(pos))

    def column_chooser(self) -> QMenu:
        """The header's menu: a tick for each column (shown or hidden; the title stays)."""
        menu = self.column_menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT):
            label = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(label))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != TITLE)  # the title always shows
            action.toggled.connect(partial(self._column_toggled, column))
        return menu

    def _column_toggled(self, column: int, shown: bool) -> None:
        self.set_column_shown(column, bool(shown))

    def set_column_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column; the choice is kept in the settings."""
        if column == TITLE:
            return
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        hidden = [
            COLUMN_NAMES[c]
            for c in range(COLUMN_COUNT)
            if self.table.horizontalHeader().isSectionHidden(c)
        ]
        self.settings.set(HIDDEN_COLUMNS, hidden)

    def _restore_columns(self) -> None:
        hidden = set(self.settings.get(HIDDEN_COLUMNS))
        header = self.table.horizontalHeader()
        for column, name in COLUMN_NAMES.items():
            header.setSectionHidden(column, name in hidden and column != TITLE)

    # saved filters
    def _fill_saved_filters(self) -> None:
        combo = self.saved_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All incidents"), None)
        combo.addItem(self.tr("My drafts"), "builtin:drafts")
        combo.addItem(self.tr("To review (submitted)"), "builtin:review")
        for situation_id, name in self.situations:
            combo.addItem(
                fill(self.tr("Situation: {name}"), name=name), f"situation:{situation_id}"
            )
        for name in sorted(self.settings.get(NAMED_FILTERS)):
            combo.addItem(name, f"named:{name}")
        at = combo.findData(chosen)
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)
        self.delete_filter_button.setEnabled(self._chosen_named() is not None)

    def _situations_arrived(self, situations: list[tuple[str, str]]) -> None:
        self.situations = situations
        self._fill_saved_filters()

    def _chosen_named(self) -> str | None:
        kind, _, name = str(self.saved_combo.currentData() or "").partition(":")
        return name if kind == "named" else None

    def choose_saved_filter(self, data: str | None) -> None:
        """Apply a saved filter by its item data (as a person picks it in the list):
        builtin:drafts, builtin:review, situation:<id>, named:<name>, or None for all."""
        self.saved_combo.setCurrentIndex(max(self.saved_combo.findData(data), 0))
        self._saved_chosen()

    def _saved_chosen(self, _index: int = 0) -> None:
        kind, _, key = str(self.saved_combo.currentData() or "").partition(":")
        self.delete_filter_button.setEnabled(self._chosen_named() is not None)
        self._quiet = True
        try:
            self._reset_filters()
            if (kind, key) == ("builtin", "drafts"):
                self.status_combo.setCurrentIndex(self.status_combo.findData("draft"))
                self._created_by = self._store.user
            elif (kind, key) == ("builtin", "review"):
                self.status_combo.setCurrentIndex(self.status_combo.findData("submitted"))
            elif kind == "named":
                self._set_filters(self.settings.get(NAMED_FILTERS).get(key) or {})
        finally:
            self._quiet = False
        if kind == "situation":
            run_in_background(
                partial(_situation_scope, self._store, key),
                self._scope_arrived,
                parent=self,
            )
            return
        self._apply()

    def _scope_arrived(self, ids: tuple[str, ...]) -> None:
        self._scope = ids
        self._apply()

    def filters(self) -> dict[str, str | None]:
        """The filter bar's values, as a named filter keeps them."""
        q = self.current_query()
        values = {k: getattr(q, k) for k in FILTER_KEYS}
        return {k: (x.isoformat() if isinstance(x, date) else x) for k, x in values.items()}

    def _set_filters(self, values: dict[str, str | None]) -> None:
        for key, combo in (
            ("violation", self.violation_combo),
            ("verification", self.verification_combo),
            ("confidentiality", self.confidentiality_combo),
            ("status", self.status_combo),
            ("country", self.country_combo),
        ):
            combo.setCurrentIndex(max(combo.findData(values.get(key)), 0))
        self._fill_admin1(self.country_combo.currentData())
        at = self.admin1_combo.findData(values.get("admin1"))
        self.admin1_combo.setCurrentIndex(max(at, 0))
        self.search_edit.setText(values.get("text") or "")
        self._search_timer.stop()
        for key, check, edit in (
            ("date_from", self.from_check, self.from_edit),
            ("date_to", self.to_check, self.to_edit),
        ):
            day = values.get(key)
            check.setChecked(bool(day))
            if day:
                edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))

    def save_filter(self, name: str) -> None:
        """Keep the filters in force under `name` (replacing one of that name)."""
        name = name.strip()
        if not name:
            return
        saved = self.settings.get(NAMED_FILTERS)
        saved[name] = self.filters()
        self.settings.set(NAMED_FILTERS, saved)
        self._fill_saved_filters()
        self.saved_combo.setCurrentIndex(self.saved_combo.findData(f"named:{name}"))
        self.delete_filter_button.setEnabled(True)

    def ask_filter_name(self) -> None:
        dialog = self.save_filter_dialog = SaveFilterDialog(self)
        dialog.accepted.connect(lambda: self.save_filter(dialog.name.text()))
        dialog.open()

    def delete_saved_filter(self) -> None:
        name = self._chosen_named()
        if name is None:
            return
        saved = self.settings.get(NAMED_FILTERS)
        saved.pop(name, None)
        self.settings.set(NAMED_FILTERS, saved)
        self.saved_combo.setCurrentIndex(0)
        self._fill_saved_filters()

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

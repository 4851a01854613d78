"""Incidents in and out from the desktop: the import wizard and the export dialog.

`ImportWizard` walks through what `upfront import` does: a file and a mapping are chosen, the
columns are shown against the fields they fill, every row is checked (errors by row, column and
field, never a cell's value; likely duplicates), and only Finish writes the valid rows, in one
transaction (app.exchange). `ExportDialog` writes CSV, Excel, JSON or HXL cleared for an
audience by the rules reports use (app.exchange.export).

Reading, checking, importing and writing run on the store worker; the functions handed to it
take data (paths, a Store, the checked rows), never widgets.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from app import exchange
from app.errors import UpfrontError
from app.exchange import Exported, Exporter, ExportRequest
from app.redaction import ROW_LEVEL
from app.store import Store
from ui.failures import failure_message, failure_message_in
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import AudienceCombo, CountryCombo

log = logging.getLogger(__name__)

CHOOSE, MAPPING, CHECK, IMPORT = range(4)  # the wizard's page ids
PREVIEW_ROWS = 5
FIELD_NAMES = ""  # mapping combo data: no mapping, columns named like the fields
OTHER = "\0other"  # mapping combo data: ask for a mapping file
EXTENSIONS = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "hxl": ".csv"}


# ---- work for the store worker (data in, data out: no widgets) -----------------------------
def _read(path: str, spec: str | None) -> tuple[exchange.Table, exchange.Mapping]:
    mapping = exchange.load_mapping(spec)
    return exchange.read_table(path, sheet=mapping.sheet), mapping


def _check(store: Store, table: exchange.Table, mapping: exchange.Mapping) -> exchange.Checked:
    return exchange.check(store, table, mapping)


def _commit(
    store: Store, checked: exchange.Checked, table: exchange.Table, keep_duplicates: bool
) -> list[str]:
    return exchange.commit(store, checked, table, keep_duplicates=keep_duplicates)


def _export(store: Store, request: ExportRequest, path: str) -> Exported:
    return Exporter(store).write(request, path)


# ---- small widgets -------------------------------------------------------------------------
def _table(headers: list[str]) -> QTableWidget:
    """A read-only table that fits its columns to their text, the last one stretched."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def _status_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# ---- the import wizard ---------------------------------------------------------------------
class _ChoosePage(QWizardPage):
    """A file and a mapping; Next reads the file (again, each time: it may have been fixed
    meanwhile) and moves on once it could be read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._busy = False
        self._ready = False
        self._last_mapping = 0
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet (.csv in UTF-8, or .xlsx) or a JSON export of incidents. Nothing is "
                "imported before the last step."
            )
        )
        self.path = QLineEdit()
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path
        self.path.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.mapping = QComboBox()
        self.mapping.addItem(self.tr("Columns named like Upfront's fields"), FIELD_NAMES)
        self.mapping.addItem(self.tr("KoboToolbox starter"), "kobo")
        self.mapping.addItem(self.tr("Other mapping file…"), OTHER)
        self.mapping.activated.connect(self._mapping_activated)
        self.mapping.currentIndexChanged.connect(self._mapping_changed)
        self.status = _status_label()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Mapping"), self.mapping)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def spec(self) -> str | None:
        """What load_mapping takes: None, a starter mapping's name or a file's path."""
        data = self.mapping.currentData()
        return data or None

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import incidents"),
            filter=self.tr("Incident files (*.csv *.xlsx *.json);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _mapping_activated(self, index: int) -> None:
        if self.mapping.itemData(index) != OTHER:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Mapping file"), filter=self.tr("Mappings (*.json)")
        )
        if path:
            self.choose_mapping(path)
        else:
            self.mapping.setCurrentIndex(self._last_mapping)

    def _mapping_changed(self, index: int) -> None:
        if self.mapping.itemData(index) != OTHER:
            self._last_mapping = index
            self._changed()

    def choose_mapping(self, spec: str | None) -> None:
        """None (columns named like the fields), "kobo", or a mapping file's path."""
        index = self.mapping.findData(spec or FIELD_NAMES)
        if index < 0:
            index = self.mapping.count() - 1  # just above "Other mapping file…"
            self.mapping.insertItem(index, Path(spec).name, spec)
            self.mapping.setItemData(index, spec, Qt.ItemDataRole.ToolTipRole)
        self.mapping.setCurrentIndex(index)

    def _changed(self) -> None:
        self._ready = False
        self.status.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Qt override
        return bool(self.path.text().strip()) and not self._busy

    def validatePage(self) -> bool:  # Qt override
        if self._ready:
            self._ready = False
            return True
        if self._busy:
            return False
        key = (self.path.text().strip(), self.spec())
        self._busy = True
        self.completeChanged.emit()
        self.status.setText(self.tr("Reading the file…"))
        run_in_background(
            partial(_read, *key), partial(self._read, key), partial(self._failed, key), parent=self
        )
        return False

    def _read(
        self, key: tuple[str, str | None], result: tuple[exchange.Table, exchange.Mapping]
    ) -> None:
        self._busy = False
        self.completeChanged.emit()
        if key != (self.path.text().strip(), self.spec()):
            return  # the choice changed while the file was read: Next reads it again
        self.status.clear()
        self._wizard.table, self._wizard.mapping = result
        self._ready = True
        if self._wizard.currentId() == CHOOSE:
            self._wizard.next()

    def _failed(self, key: tuple[str, str | None], exc: Exception) -> None:
        self._busy = False
        self.completeChanged.emit()
        log.error("import: reading failed: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The file could not be read."), exc)
        self.status.setText(message)
        self._wizard.failed.emit(message)


class _MappingPage(QWizardPage):
    """Each column of the file and the field it fills, and the file's first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Mapping"))
        self.setSubTitle(
            self.tr(
                "Which field each column of the file fills. Columns that "
                "are not mapped are ignored."
            )
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.columns = _table([self.tr("Column in the file"), self.tr("Upfront field")])
        self.first_rows_label = QLabel(self.tr("First rows of the file"))
        self.first_rows = _table([])
        self.first_rows.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.columns, 2)
        layout.addWidget(self.first_rows_label)
        layout.addWidget(self.first_rows, 1)

    def initializePage(self) -> None:  # Qt override
        table, mapping = self._wizard.table, self._wizard.mapping
        assert table is not None and mapping is not None
        tabular = table.records is None
        for widget in (self.columns, self.first_rows_label, self.first_rows):
            widget.setVisible(tabular)
        if not tabular:
            self.note.setText(
                self.tr(
                    "This JSON file holds %n incident record(s). They are read as they are: a "
                    "mapping does not apply.",
                    "",
                    len(table.records or []),
                )
            )
            return
        plan, _warnings = exchange.match_columns(table.headers, mapping)
        fields = {c.index: c.field for c in plan}
        self.note.setText(
            fill(
                self.tr("Mapping: {mapping}. %n column(s) of the file are read.", "", len(fields)),
                mapping=mapping.name,
            )
        )
        _fill(
            self.columns,
            [
                [header or self.tr("(no name)"), fields.get(i) or self.tr("not mapped, ignored")]
                for i, header in enumerate(table.headers)
            ],
        )
        self.first_rows.clear()
        self.first_rows.setColumnCount(len(table.headers))
        self.first_rows.setHorizontalHeaderLabels(table.headers)
        _fill(
            self.first_rows,
            [[" ".join(cell.split())[:80] for cell in row] for row in table.rows[:PREVIEW_ROWS]],
        )


class _CheckPage(QWizardPage):
    """Every row checked on the worker; the errors, warnings and likely duplicates shown."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._generation = 0  # a check started before Back and Next again is not shown
        self.setTitle(self.tr("Check"))
        self.setSubTitle(
            self.tr(
                "Every row is checked; nothing is imported yet. A row with "
                "an error is never imported."
            )
        )
        self.status = _status_label()
        self.errors_label = QLabel(self.tr("Errors"))
        self.errors = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("Field"), self.tr("Problem")]
        )
        self.warnings_label = QLabel(self.tr("Warnings"))
        self.warnings = QListWidget()
        self.duplicates_label = QLabel(self.tr("Likely duplicates"))
        self.duplicates = _table(
            [self.tr("Row"), self.tr("Likely duplicate of"), self.tr("Title similarity")]
        )
        self.keep_duplicates = QCheckBox(self.tr("Import likely duplicates too"))
        self.warnings.setMaximumHeight(5 * self.warnings.fontMetrics().height())
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        for widget, stretch in (
            (self.errors_label, 0),
            (self.errors, 3),
            (self.warnings_label, 0),
            (self.warnings, 1),
            (self.duplicates_label, 0),
            (self.duplicates, 1),
            (self.keep_duplicates, 0),
        ):
            layout.addWidget(widget, stretch)
        self._show_results(None)

    def initializePage(self) -> None:  # Qt override
        table = self._wizard.table
        assert table is not None and self._wizard.mapping is not None
        self._generation += 1
        self._wizard.check_result = None
        self._show_results(None)
        rows = (
            len(table.records)
            if table.records is not None
            else sum(1 for row in table.rows if any(c.strip() for c in row))
        )
        self.status.setText(self.tr("Checking %n row(s)…", "", rows))
        generation = self._generation
        run_in_background(
            partial(_check, self._wizard.store, table, self._wizard.mapping),
            partial(self._checked, generation),
            partial(self._failed, generation),
            parent=self,
        )

    def cleanupPage(self) -> None:  # Qt override
        self._generation += 1
        self._wizard.check_result = None
        super().cleanupPage()

    def isComplete(self) -> bool:  # Qt override
        return self._wizard.check_result is not None

    def _checked(self, generation: int, checked: exchange.Checked) -> None:
        if generation != self._generation:
            return
        self._wizard.check_result = checked
        self.status.setText(
            fill(
                self.tr(
                    "{rows} rows: {valid} valid, {errors} with errors, %n likely duplicate(s)",
                    "",
                    len(checked.duplicate_rows),
                ),
                rows=checked.rows,
                valid=len(checked.valid),
                errors=checked.error_rows,
            )
        )
        self._show_results(checked)
        self.completeChanged.emit()
        self._wizard.checked.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        log.error("import: the check failed: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The rows could not be checked."), exc)
        self.status.setText(message)
        self._wizard.failed.emit(message)

    def _show_results(self, checked: exchange.Checked | None) -> None:
        errors = checked.errors if checked else []
        warnings = checked.warnings if checked else []
        duplicates = checked.duplicates if checked else []
        _fill(self.errors, [[str(e.row), e.column or "", e.field, e.reason] for e in errors])
        self.warnings.clear()
        self.warnings.addItems(warnings)
        _fill(
            self.duplicates, [[str(d.row), self._other(d.other), str(d.score)] for d in duplicates]
        )
        for widgets, shown in (
            ((self.errors_label, self.errors), errors),
            ((self.warnings_label, self.warnings), warnings),
            ((self.duplicates_label, self.duplicates, self.keep_duplicates), duplicates),
        ):
            for widget in widgets:
                widget.setVisible(bool(shown))

    def _other(self, other: str) -> str:
        """importer's "incident <id>" or "row <n>", in the interface's language."""
        kind, _, ref = other.partition(" ")
        if kind == "incident":
            return fill(self.tr("incident {ref}"), ref=ref)
        if kind == "row":
            return fill(self.tr("row {ref}"), ref=ref)
        return other


class _ImportPage(QWizardPage):
    """Finish imports the rows chosen, once; the outcome stays shown, and Finish (now Close)
    closes the wizard."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.count = 0  # rows Finish imports
        self.busy = False
        self.done = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr(
                "The rows are written in one go, and only when you click "
                "Import; until then nothing is in the store."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = _status_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def keep_duplicates(self) -> bool:
        return self._wizard.check_page.keep_duplicates.isChecked()

    def initializePage(self) -> None:  # Qt override
        checked = self._wizard.check_result
        assert checked is not None
        self.count = len(checked.to_import(self.keep_duplicates()))
        left_out = len(checked.valid) - self.count
        lines = [self.tr("%n row(s) will be imported.", "", self.count)]
        if left_out:
            lines.append(self.tr("%n likely duplicate(s) left out.", "", left_out))
        if checked.error_rows:
            lines.append(self.tr("%n row(s) with errors left out.", "", checked.error_rows))
        if not self.count:
            lines = [self.tr("No row can be imported.")]
            if checked.valid:
                lines.append(
                    self.tr(
                        'Every valid row is a likely duplicate; tick "Import '
                        'likely duplicates too" on the previous page to import '
                        "them."
                    )
                )
        self.summary.setText("\n".join(lines))
        self.status.clear()
        self.setButtonText(
            QWizard.WizardButton.FinishButton, self.tr("Import %n row(s)", "", self.count)
        )

    def isComplete(self) -> bool:  # Qt override
        return self.done or (self.count > 0 and not self.busy)

    def validatePage(self) -> bool:  # Qt override
        if self.done:
            return True  # "Close"
        if self.busy or not self.count:
            return False
        wizard = self._wizard
        self._set_busy(True)
        self.status.setText(self.tr("Importing %n row(s)…", "", self.count))
        run_in_background(
            partial(
                _commit, wizard.store, wizard.check_result, wizard.table, self.keep_duplicates()
            ),
            self._imported,
            self._failed,
            parent=self,
        )
        return False

    def _set_busy(self, busy: bool) -> None:
        """While rows are written, and once they are, there is no going back or cancelling."""
        self.busy = busy
        for option in (
            QWizard.WizardOption.NoBackButtonOnLastPage,
            QWizard.WizardOption.NoCancelButtonOnLastPage,
        ):
            self._wizard.setOption(option, busy or self.done)
        self.completeChanged.emit()

    def _imported(self, ids: list[str]) -> None:
        self.done = True
        self._set_busy(False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.status.setText(self.tr("Imported %n incident(s).", "", len(ids)))
        self._wizard.imported.emit(ids)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        log.error("import: the import failed: %s", type(exc).__name__)
        message = failure_message_in(self.tr("Nothing was imported."), exc)
        self.status.setText(message)
        self._wizard.failed.emit(message)


class ImportWizard(QWizard):
    """Choose a file and a mapping, see the mapping, check the rows, import on Finish.

    Emits `checked` when the check's result is shown (then `check_result` holds it),
    `imported(ids)` once the rows are in the store, and `failed(message)` when reading,
    checking or importing fails (the message is shown on that page, which stays current).
    """

    checked = Signal()
    imported = Signal(list)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.table: exchange.Table | None = None
        self.mapping: exchange.Mapping | None = None
        self.check_result: exchange.Checked | None = None
        self.setWindowTitle(self.tr("Import incidents"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.choose_page = _ChoosePage(self)
        self.mapping_page = _MappingPage(self)
        self.check_page = _CheckPage(self)
        self.import_page = _ImportPage(self)
        for page_id, page in (
            (CHOOSE, self.choose_page),
            (MAPPING, self.mapping_page),
            (CHECK, self.check_page),
            (IMPORT, self.import_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(CHOOSE)
        self.resize(760, 560)

    def choose_file(self, path: str | Path) -> None:
        self.choose_page.path.setText(str(path))

    def choose_mapping(self, spec: str | Path | None) -> None:
        """None (columns named like the fields), "kobo", or a mapping file's path."""
        self.choose_page.choose_mapping(None if spec is None else str(spec))


# ---- the export dialog ---------------------------------------------------------------------
class ExportDialog(QDialog):
    """Emits `exported(path)` once the file is written (and in the audit log), and
    `failed(message)`; either way the outcome is shown in the dialog."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.setWindowTitle(self.tr("Export incidents"))
        self.format = QComboBox()
        for label, code in (
            (self.tr("CSV"), "csv"),
            (self.tr("Excel"), "xlsx"),
            (self.tr("JSON"), "json"),
            (self.tr("HXL"), "hxl"),
        ):
            self.format.addItem(label, code)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.rows = QComboBox()
        self.rows.addItem(self.tr("One row per incident"), "incident")
        self.rows.addItem(self.tr("One row per act of violation"), "act")
        self.rows.addItem(self.tr("Counts per week, region and violation type"), "aggregate")
        self.rows.currentIndexChanged.connect(self._rows_allowed)  # a script may pick any
        self.audience = AudienceCombo()
        self.audience_note = QLabel()
        self.audience_note.setWordWrap(True)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self._audience_changed()

        today = QDate.currentDate()
        self.limit_dates = QCheckBox(self.tr("Limit to dates"))
        self.date_from = QDateEdit(today.addMonths(-1).addDays(1 - today.day()))
        self.date_to = QDateEdit(today.addDays(-today.day()))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.limit_dates.toggled.connect(edit.setEnabled)
        self.country = CountryCombo(lang=lang, none_label=self.tr("(any country)"))
        self.country.set_code(None)

        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.status = _status_label()

        dates = QHBoxLayout()
        dates.addWidget(self.limit_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow("", self.audience_note)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Country"), self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ---- the form -------------------------------------------------------------------------
    def _format_changed(self) -> None:
        self._rows_allowed()

    def _rows_allowed(self) -> None:
        """Partners and the public get counts only; JSON is the whole record or the counts."""
        counts_only = self.audience.currentData() not in ROW_LEVEL
        model = self.rows.model()
        for i in range(self.rows.count()):
            code = self.rows.itemData(i)
            allowed = code == "aggregate" or not (
                counts_only or (code == "act" and self.format.currentData() == "json")
            )
            model.item(i).setEnabled(allowed)
        if not model.item(self.rows.currentIndex()).isEnabled():
            self.rows.setCurrentIndex(
                self.rows.findData("aggregate" if counts_only else "incident")
            )
        self.rows.setEnabled(not counts_only)

    def _audience_changed(self) -> None:
        self._rows_allowed()
        notes = {
            "internal": self.tr(
                "Leaves nothing out: every record, drafts included, with every "
                "name and place. For the country team only."
            ),
            "un": self.tr(
                "Leaves out records marked internal, drafts and records found false; "
                "the names of protected people, of people whose consent does not "
                "reach the UN, of sources, perpetrators and staff."
            ),
            "partners": self.tr(
                "Counts only, never a row per record: acts of violation per "
                "week, region and type, from records cleared for partners "
                "(no drafts, no records found false); counts under the "
                "report threshold are hidden."
            ),
            "public": self.tr(
                "Counts only, never a row per record: acts of violation per "
                "week, region and type, from records marked public (no drafts, "
                "no records found false); counts under the report threshold "
                "are hidden."
            ),
        }
        self.audience_note.setText(notes.get(self.audience.currentData(), ""))

    def request(self) -> ExportRequest:
        limited = self.limit_dates.isChecked()
        return ExportRequest.parse(
            format=self.format.currentData(),
            audience=self.audience.currentData(),
            rows=self.rows.currentData(),
            date_from=self.date_from.date().toString("yyyy-MM-dd") if limited else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if limited else None,
            country=self.country.code(),
        )

    # ---- writing --------------------------------------------------------------------------
    def ask_where_to_save(self) -> None:
        fmt = self.format.currentData()
        ext = EXTENSIONS[fmt]
        filters = {
            "csv": self.tr("CSV (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "json": self.tr("JSON (*.json)"),
            "hxl": self.tr("HXL (*.csv)"),
        }
        suffix = "-hxl" if fmt == "hxl" else ""
        name = f"incidents-{self.audience.currentData()}{suffix}{ext}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export incidents"), name, filters[fmt]
        )
        if path:
            if not Path(path).suffix:
                path += ext
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the export to `path` in the background (no file dialog)."""
        try:
            request = self.request()
        except UpfrontError as err:
            self._say(failure_message(err))
            self.failed.emit(failure_message(err))
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        run_in_background(
            partial(_export, self.store, request, str(path)),
            self._exported,
            self._failed,
            parent=self,
        )

    def _exported(self, done: Exported) -> None:
        self.save_button.setEnabled(True)
        self._say(
            fill(
                self.tr("Exported %n incident(s) (SHA-256 {digest}).", "", done.incidents),
                digest=done.sha256,
            )
        )
        self.exported.emit(str(done.path))

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        log.error("export: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The export could not be written."), exc)
        self._say(message)
        self.failed.emit(message)

    def _say(self, text: str) -> None:
        self.status.setText(text)

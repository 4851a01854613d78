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
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from app import exchange
from app.errors import UpfrontError
from app.exchange import Exported, Exporter, ExportRequest
from app.exchange.mapping import FIELDS, field_names_mapping
from app.exchange.unmatched import (
    Unmatched,
    find_unmatched,
    mapping_document,
    options,
    save_errors,
    save_json,
)
from app.left_out import LeftOut
from app.progress import Progress
from app.redaction import ROW_LEVEL
from app.store import Store
from app.vocab import normalize
from ui.failures import failure_message, failure_message_in
from ui.progress_dialog import ProgressDialog, run_with_progress
from ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import AudienceCombo, CountryCombo, collated
from ui.widgets import DateField, first_date_problem

log = logging.getLogger(__name__)

CHOOSE, MAPPING, CHECK, IMPORT, RESOLVE = range(5)  # the wizard's page ids
PREVIEW_ROWS = 5
FIELD_NAMES = ""  # mapping combo data: no mapping, columns named like the fields
OTHER = "\0other"  # mapping combo data: ask for a mapping file
EXTENSIONS = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json", "hxl": ".csv"}
CSV_SUFFIXES = (".csv", ".tsv", ".txt")  # the files encoding and delimiter apply to
IGNORED = ""  # a mapping page combo's data: the column is read into no field


# ---- work for the store worker (data in, data out: no widgets) -----------------------------
def _read(
    path: str, spec: str | None, encoding: str | None = None, delimiter: str | None = None
) -> tuple[exchange.Table, exchange.Mapping]:
    mapping = exchange.load_mapping(spec)
    table = exchange.read_table(path, sheet=mapping.sheet, encoding=encoding, delimiter=delimiter)
    return table, mapping


def _check(
    store: Store,
    table: exchange.Table,
    mapping: exchange.Mapping,
    *,
    progress: Progress | None = None,
) -> tuple[exchange.Checked, list[Unmatched]]:
    """The check, and the distinct values it found matching no code (for the person
    importing to choose one)."""
    checked = exchange.check(store, table, mapping, progress=progress)
    return checked, find_unmatched(table, mapping, checked.errors)


def _commit(
    store: Store,
    checked: exchange.Checked,
    table: exchange.Table,
    keep_duplicates: bool,
    *,
    progress: Progress | None = None,
) -> list[str]:
    return exchange.commit(
        store, checked, table, keep_duplicates=keep_duplicates, progress=progress
    )


def _export(
    store: Store, request: ExportRequest, path: str, *, progress: Progress | None = None
) -> Exported:
    return Exporter(store).write(request, path, progress=progress)


def _left_out(store: Store, request: ExportRequest) -> LeftOut:
    return Exporter(store).left_out(request)


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
        self.path.setAccessibleName(self.tr("File"))
        self.path.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.mapping = QComboBox()
        self.mapping.addItem(self.tr("Columns named like Upfront's fields"), FIELD_NAMES)
        self.mapping.addItem(self.tr("KoboToolbox starter"), "kobo")
        self.mapping.addItem(self.tr("Other mapping file…"), OTHER)
        self.mapping.activated.connect(self._mapping_activated)
        self.mapping.currentIndexChanged.connect(self._mapping_changed)
        self.encoding = QComboBox()
        for label, code in (
            (self.tr("UTF-8"), None),
            (self.tr("UTF-16"), "utf-16"),
            (self.tr("Western European, Windows (cp1252)"), "cp1252"),
            (self.tr("Arabic, Windows (cp1256)"), "cp1256"),
            (self.tr("Cyrillic, Windows (cp1251)"), "cp1251"),
            (self.tr("Chinese (GB 18030)"), "gb18030"),
        ):
            self.encoding.addItem(label, code)
        self.delimiter = QComboBox()
        for label, code in (
            (self.tr("Found on the header line"), None),
            (self.tr("Comma (,)"), ","),
            (self.tr("Semicolon (;)"), ";"),
            (self.tr("Tab"), "tab"),
        ):
            self.delimiter.addItem(label, code)
        for combo in (self.encoding, self.delimiter):
            combo.currentIndexChanged.connect(self._changed)
            combo.setEnabled(False)
        self.status = _status_label()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Mapping"), self.mapping)
        form.addRow(self.tr("Encoding (CSV)"), self.encoding)
        form.addRow(self.tr("Separator (CSV)"), self.delimiter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def spec(self) -> str | None:
        """What load_mapping takes: None, a starter mapping's name or a file's path."""
        data = self.mapping.currentData()
        return data or None

    def key(self) -> tuple[str, str | None, str | None, str | None]:
        """What is read: the file, the mapping, and for a CSV file its encoding and
        delimiter (None: found from the file)."""
        path = self.path.text().strip()
        csv = path.lower().endswith(CSV_SUFFIXES)
        return (
            path,
            self.spec(),
            self.encoding.currentData() if csv else None,
            self.delimiter.currentData() if csv else None,
        )

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
        csv = self.path.text().strip().lower().endswith(CSV_SUFFIXES)
        self.encoding.setEnabled(csv)
        self.delimiter.setEnabled(csv)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Qt override
        return bool(self.path.text().strip()) and not self._busy

    def validatePage(self) -> bool:  # Qt override
        if self._ready:
            self._ready = False
            return True
        if self._busy:
            return False
        key = self.key()
        self._busy = True
        self.completeChanged.emit()
        self.status.setText(self.tr("Reading the file…"))
        run_in_background(
            partial(_read, *key), partial(self._read, key), partial(self._failed, key), parent=self
        )
        return False

    def _read(
        self,
        key: tuple[str, str | None, str | None, str | None],
        result: tuple[exchange.Table, exchange.Mapping],
    ) -> None:
        self._busy = False
        self.completeChanged.emit()
        if key != self.key():
            return  # the choice changed while the file was read: Next reads it again
        self.status.clear()
        self._wizard.table, self._wizard.mapping = result
        self._wizard.columns_read = dict(result[1].columns)
        self._wizard.unmatched = []
        self._ready = True
        if self._wizard.currentId() == CHOOSE:
            self._wizard.next()

    def _failed(self, key: tuple[str, str | None, str | None, str | None], exc: Exception) -> None:
        self._busy = False
        self.completeChanged.emit()
        log.error("import: reading failed: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The file could not be read."), exc)
        self.status.setText(message)
        self._wizard.failed.emit(message)


class _MappingPage(QWizardPage):
    """Each column of the file and the field it fills, to change in a list of the fields, and
    the file's first rows. Next reads the columns as they are then chosen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Mapping"))
        self.setSubTitle(
            self.tr(
                "Which field each column of the file fills; choose another in "
                "the list to change it. Columns that are not mapped are ignored."
            )
        )
        self.combos: list[QComboBox] = []
        self._matched: list[str] = []  # the field each column's combo started from
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.columns = _table([self.tr("Column in the file"), self.tr("Upfront field")])
        self.columns.setAccessibleName(self.tr("Mapping"))
        self.first_rows_label = QLabel(self.tr("First rows of the file"))
        self.first_rows = _table([])
        self.first_rows_label.setBuddy(self.first_rows)
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
        self._matched = [fields.get(i) or IGNORED for i in range(len(table.headers))]
        _fill(
            self.columns,
            [
                [header or self.tr("(no name)"), self._shown(fields.get(i))]
                for i, header in enumerate(table.headers)
            ],
        )
        self.combos = []
        for i, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORED)
            for fld, label in self._wizard.field_labels().items():
                combo.addItem(label, fld)
                combo.setItemData(combo.count() - 1, fld, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(self._matched[i])))
            combo.setEnabled(bool(header))  # a column without a name cannot be mapped
            combo.setAccessibleName(fill(self.tr("Field of column {column}"), column=header))
            combo.currentIndexChanged.connect(partial(self._field_changed, i))
            self.columns.setCellWidget(i, 1, combo)
            self.combos.append(combo)
        self.first_rows.clear()
        self.first_rows.setColumnCount(len(table.headers))
        self.first_rows.setHorizontalHeaderLabels(table.headers)
        _fill(
            self.first_rows,
            [[" ".join(cell.split())[:80] for cell in row] for row in table.rows[:PREVIEW_ROWS]],
        )

    def _shown(self, fld: str | None) -> str:
        return fld or self.tr("not mapped, ignored")

    def _field_changed(self, column: int, _index: int) -> None:
        item = self.columns.item(column, 1)
        if item is not None:
            item.setText(self._shown(self.combos[column].currentData()))

    def set_field(self, header: str, fld: str | None) -> None:
        """Have the column `header` fill `fld` (None: ignore it), as its list would."""
        assert self._wizard.table is not None
        combo = self.combos[self._wizard.table.headers.index(header)]
        combo.setCurrentIndex(combo.findData(fld or IGNORED))

    def changed_columns(self) -> dict[str, str | None]:
        """The columns whose field was changed in the lists: header -> field (None: ignored)."""
        table = self._wizard.table
        if table is None or table.records is not None:
            return {}
        return {
            header: combo.currentData() or None
            for header, combo, matched in zip(
                table.headers, self.combos, self._matched, strict=True
            )
            if header and combo.currentData() != matched
        }

    def validatePage(self) -> bool:  # Qt override
        self._wizard.change_columns(self.changed_columns())
        return True


class _CheckPage(QWizardPage):
    """Every row checked on the worker; the errors, warnings and likely duplicates shown."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._generation = 0  # a check started before Back and Next again is not shown
        self.progress_dialog: ProgressDialog | None = None
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
        self.save_errors = QPushButton(self.tr("Save the errors…"))
        self.save_errors.setToolTip(
            self.tr("A CSV file of the errors: row, column, field and problem, no cell's value")
        )
        self.save_errors.clicked.connect(self.ask_where_to_save_errors)
        self.save_mapping = QPushButton(self.tr("Save the mapping…"))
        self.save_mapping.setToolTip(
            self.tr(
                "The columns and the codes chosen for values, in a mapping file for the next "
                "import of such a file"
            )
        )
        self.save_mapping.clicked.connect(self.ask_where_to_save_mapping)
        self.saved = _status_label()
        self.unmatched_note = _status_label()
        self.unmatched_note.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors)
        buttons.addWidget(self.save_mapping)
        buttons.addWidget(self.saved, 1)
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
        layout.addWidget(self.unmatched_note)
        layout.addLayout(buttons)
        self._show_results(None)

    def initializePage(self) -> None:  # Qt override
        table = self._wizard.table
        assert table is not None and self._wizard.mapping is not None
        self._generation += 1
        self._wizard.check_result = None
        self._wizard.unmatched = []
        self._show_results(None)
        self.saved.clear()
        self.unmatched_note.setVisible(False)
        rows = (
            len(table.records)
            if table.records is not None
            else sum(1 for row in table.rows if any(c.strip() for c in row))
        )
        self.status.setText(self.tr("Checking %n row(s)…", "", rows))
        generation = self._generation
        self.progress_dialog = run_with_progress(
            self,
            self.tr("Checking"),
            partial(_check, self._wizard.store, table, self._wizard.mapping),
            on_success=partial(self._checked, generation),
            on_failure=partial(self._failed, generation),
            on_cancelled=partial(self._cancelled, generation),
        )

    def _cancelled(self, generation: int) -> None:
        """The check was stopped: back to the columns, from where Next checks again."""
        if generation == self._generation:
            self._wizard.back()

    def cleanupPage(self) -> None:  # Qt override
        self._generation += 1
        self._wizard.check_result = None
        super().cleanupPage()

    def isComplete(self) -> bool:  # Qt override
        return self._wizard.check_result is not None

    def nextId(self) -> int:  # Qt override
        return RESOLVE if self._wizard.unmatched else IMPORT

    def _checked(self, generation: int, result: tuple[exchange.Checked, list[Unmatched]]) -> None:
        if generation != self._generation:
            return
        checked, self._wizard.unmatched = result
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
        self.unmatched_note.setText(
            self.tr(
                "%n value(s) of the file match no code: Next lists them, to choose "
                "the code each stands for.",
                "",
                len(self._wizard.unmatched),
            )
        )
        self.unmatched_note.setVisible(bool(self._wizard.unmatched))
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
        tabular = self._wizard.table is not None and self._wizard.table.records is None
        self.save_mapping.setVisible(checked is not None and tabular)
        for widgets, shown in (
            ((self.errors_label, self.errors, self.save_errors), errors),
            ((self.warnings_label, self.warnings), warnings),
            ((self.duplicates_label, self.duplicates, self.keep_duplicates), duplicates),
        ):
            for widget in widgets:
                widget.setVisible(bool(shown))

    def ask_where_to_save_errors(self) -> None:
        table = self._wizard.table
        name = f"{Path(table.filename).stem}-errors.csv" if table is not None else "errors.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the errors"), name, self.tr("CSV (*.csv)")
        )
        if path:
            self.save_errors_to(path if Path(path).suffix else path + ".csv")

    def save_errors_to(self, path: str | Path) -> None:
        """Write the check's errors as CSV to `path` (no file dialog): row, sheet, column,
        field and problem, never a cell's value."""
        checked = self._wizard.check_result
        assert checked is not None
        try:
            save_errors(checked.errors, path)
        except (UpfrontError, OSError) as exc:
            log.error("import: saving the errors failed: %s", type(exc).__name__)
            self.saved.setText(failure_message_in(self.tr("The errors were not saved."), exc))
            return
        self.saved.setText(fill(self.tr("Errors saved in {file}."), file=Path(path).name))

    def ask_where_to_save_mapping(self) -> None:
        table = self._wizard.table
        name = f"{Path(table.filename).stem}-mapping.json" if table is not None else "mapping.json"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), name, self.tr("Mappings (*.json)")
        )
        if path:
            self.save_mapping_to(path if Path(path).suffix else path + ".json")

    def save_mapping_to(self, path: str | Path) -> None:
        """Write the mapping as checked (its columns as edited, the codes chosen for values)
        to `path`, as JSON `upfront import --mapping` reads (no file dialog)."""
        try:
            save_json(self._wizard.mapping_document(Path(path).stem), path)
        except (UpfrontError, OSError) as exc:
            log.error("import: saving the mapping failed: %s", type(exc).__name__)
            self.saved.setText(failure_message_in(self.tr("The mapping was not saved."), exc))
            return
        self.saved.setText(fill(self.tr("Mapping saved in {file}."), file=Path(path).name))

    def _other(self, other: str) -> str:
        """importer's "incident <id>" or "row <n>", in the interface's language."""
        kind, _, ref = other.partition(" ")
        if kind == "incident":
            return fill(self.tr("incident {ref}"), ref=ref)
        if kind == "row":
            return fill(self.tr("row {ref}"), ref=ref)
        return other


class _ResolvePage(QWizardPage):
    """Each distinct value of the file that matched no code, how many cells hold it, and a
    list of its field's codes (for a region, the gazetteer's units of its rows' country) to
    choose the one it stands for; Next, once something is chosen, checks the rows again with
    the choices, which then go into the mapping (and the mapping file, if saved)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Values that match no code"))
        self.setSubTitle(
            self.tr(
                "These values of the file are not in Upfront's lists. Choose what each one "
                "stands for, and the rows are checked again; a value left as it is keeps "
                "its rows out of the import."
            )
        )
        self.values = _table(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Cells"), self.tr("Code")]
        )
        self.values.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.values.setAccessibleName(self.tr("Values that match no code"))
        self.values.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.values)

    def initializePage(self) -> None:  # Qt override
        wizard = self._wizard
        found = wizard.unmatched
        labels = wizard.field_labels()
        _fill(
            self.values,
            [[labels.get(u.field, u.field), u.text, str(u.count), ""] for u in found],
        )
        self.combos = []
        for row, value in enumerate(found):
            combo = QComboBox()
            combo.addItem(self.tr("(leave as it is)"), None)
            for label, code in collated(
                options(value.field, value.countries, wizard.lang), wizard.lang
            ):
                combo.addItem(label, code)
                combo.setItemData(combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
            combo.setAccessibleName(
                fill(self.tr("Code for {value} ({field})"), value=value.text, field=value.field)
            )
            combo.currentIndexChanged.connect(self._choice_changed)
            self.values.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        self._choice_changed()

    def choices(self) -> dict[str, dict[str, str]]:
        """{field: {value as written: code chosen}} of the values given a code."""
        chosen: dict[str, dict[str, str]] = {}
        for value, combo in zip(self._wizard.unmatched, self.combos, strict=True):
            code = combo.currentData()
            if code:
                chosen.setdefault(value.field, {})[value.text] = code
        return chosen

    def choose(self, fld: str, text: str, code: str) -> None:
        """Choose `code` for the value `text` of `fld`, as its list would."""
        for value, combo in zip(self._wizard.unmatched, self.combos, strict=True):
            if (value.field, value.text) == (fld, text):
                index = combo.findData(code)
                if index < 0:
                    raise ValueError(f"{code} is not in the list of {fld}")
                combo.setCurrentIndex(index)
                return
        raise ValueError(f"no unmatched value of {fld} is so written")

    def _choice_changed(self, _index: int = 0) -> None:
        self.setButtonText(
            QWizard.WizardButton.NextButton,
            self.tr("Check again") if self.choices() else self.tr("Next"),
        )

    def nextId(self) -> int:  # Qt override
        return IMPORT

    def validatePage(self) -> bool:  # Qt override
        chosen = self.choices()
        if not chosen:
            return True  # nothing chosen: on to the import, without those rows
        self._wizard.choose_values(chosen)
        QTimer.singleShot(0, self._wizard.check_again)
        return False


class _ImportPage(QWizardPage):
    """Finish imports the rows chosen, once; the outcome stays shown, and Finish (now Close)
    closes the wizard."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.count = 0  # rows Finish imports
        self.busy = False
        self.progress_dialog: ProgressDialog | None = None
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

    def nextId(self) -> int:  # Qt override: the last page (the resolve page's id is higher)
        return -1

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
        checked, table = wizard.check_result, wizard.table
        assert checked is not None and table is not None
        self._set_busy(True)
        self.status.setText(self.tr("Importing %n row(s)…", "", self.count))
        self.progress_dialog = run_with_progress(
            self,
            self.tr("Importing"),
            partial(_commit, wizard.store, checked, table, self.keep_duplicates()),
            on_success=self._imported,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
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

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Import cancelled; nothing was imported."))

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
        self.unmatched: list[Unmatched] = []  # of the last check
        self.columns_read: dict[str, str | None] = {}  # the mapping's columns, as read
        self._field_labels: dict[str, str] = {}
        self.discard_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Import incidents"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.choose_page = _ChoosePage(self)
        self.mapping_page = _MappingPage(self)
        self.check_page = _CheckPage(self)
        self.resolve_page = _ResolvePage(self)
        self.import_page = _ImportPage(self)
        for page_id, page in (
            (CHOOSE, self.choose_page),
            (MAPPING, self.mapping_page),
            (CHECK, self.check_page),
            (RESOLVE, self.resolve_page),
            (IMPORT, self.import_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(CHOOSE)
        self.resize(760, 560)

    # ---- leaving -----------------------------------------------------------------------------
    def has_work(self) -> bool:
        """A file or a choice made, or a page past the first: leaving would lose it."""
        page = self.choose_page
        return (
            bool(page.path.text().strip())
            or self.currentId() not in (CHOOSE, -1)
            or any(c.currentIndex() > 0 for c in (page.mapping, page.encoding, page.delimiter))
        )

    def ask_discard(self) -> None:
        """Ask whether to leave and lose the choices; "Stop the import" closes the wizard.
        The question is window-modal and answered later (`discard_box`), never a nested event
        loop; "Go on importing" is its default and Escape's answer, so a second Escape never
        throws the work away."""
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        box = self.discard_box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the import?"),
            self.tr(
                "Nothing has been imported yet. The file and the choices made so far will be lost."
            ),
            parent=self,
        )
        stop = box.addButton(self.tr("Stop the import"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Go on importing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(partial(self._discard_answered, stop))
        box.open()

    def _discard_answered(self, stop: object, button: object) -> None:
        if button is stop:
            super().reject()

    def reject(self) -> None:  # Qt override: Escape, Cancel and closing the window
        """Close at once when nothing would be lost (nothing chosen yet, or the rows are
        in); never while rows are being written; else only once the person says so."""
        page = self.import_page
        if page.busy:
            return
        if page.done or not self.has_work():
            super().reject()
        else:
            self.ask_discard()

    def choose_file(self, path: str | Path) -> None:
        self.choose_page.path.setText(str(path))

    def choose_mapping(self, spec: str | Path | None) -> None:
        """None (columns named like the fields), "kobo", or a mapping file's path."""
        self.choose_page.choose_mapping(None if spec is None else str(spec))

    def choose_encoding(self, encoding: str | None, delimiter: str | None = None) -> None:
        """A CSV file's encoding (None: UTF-8, or UTF-16 by its mark) and delimiter (",",
        ";", "tab"; None: found on the header line)."""
        page = self.choose_page
        page.encoding.setCurrentIndex(page.encoding.findData(encoding))
        page.delimiter.setCurrentIndex(page.delimiter.findData(delimiter))

    def change_columns(self, columns: dict[str, str | None]) -> None:
        """Read these columns of the file (header -> field, None: ignored) into these
        fields, whatever the mapping read said (and the others as it said)."""
        if self.mapping is not None:
            self.mapping = replace(self.mapping, columns={**self.columns_read, **columns})

    def choose_values(self, chosen: dict[str, dict[str, str]]) -> None:
        """Read these values ({field: {value as written: code}}) as these codes."""
        assert self.mapping is not None
        values = {fld: dict(table) for fld, table in self.mapping.values.items()}
        for fld, table in chosen.items():
            mine = values.setdefault(fld, {})
            for text, code in table.items():
                mine[normalize(text)] = code
        self.mapping = replace(self.mapping, values=values)

    def check_again(self) -> None:
        """Back to the check page, the rows checked again with the mapping as it is now."""
        if self.currentId() == RESOLVE:
            self.back()
            self.check_page.initializePage()

    def mapping_document(self, name: str) -> dict[str, Any]:
        """The mapping as checked, as JSON for a mapping file. Without a mapping (columns
        named like the fields) the file's own columns are written, under `name`, those not
        read as ignored on purpose."""
        assert self.mapping is not None and self.table is not None
        if self.mapping.name != field_names_mapping().name:
            return mapping_document(self.mapping)
        plan, _warnings = exchange.match_columns(self.table.headers, self.mapping)
        columns: dict[str, str | None] = dict.fromkeys(h for h in self.table.headers if h)
        columns.update({c.header: c.field for c in plan if c.option is None})  # others: ignored
        return mapping_document(replace(self.mapping, name=name), columns)

    def field_labels(self) -> dict[str, str]:
        """Each field a column can fill (FIELDS), by a name people read, in FIELDS order."""
        if not self._field_labels:
            names = {
                "id": self.tr("Incident id"),
                "title": self.tr("Title"),
                "occurred_from": self.tr("Date (from)"),
                "occurred_to": self.tr("Date (to)"),
                "date_precision": self.tr("Date precision"),
                "date_reported": self.tr("Date reported"),
                "narrative": self.tr("Narrative"),
                "confidentiality": self.tr("Confidentiality"),
                "status": self.tr("Status"),
                "location.country": self.tr("Country"),
                "location.admin1": self.tr("Region (admin 1)"),
                "location.admin1_pcode": self.tr("Region P-code (admin 1)"),
                "location.admin2": self.tr("District (admin 2)"),
                "location.admin2_pcode": self.tr("District P-code (admin 2)"),
                "location.place": self.tr("Place"),
                "location.lat": self.tr("Latitude"),
                "location.lon": self.tr("Longitude"),
                "location.gps": self.tr("GPS point"),
                "location.precision": self.tr("Location precision"),
                "location.sensitive": self.tr("Sensitive location"),
                "location.not_in_gazetteer": self.tr("Place not in the gazetteer"),
                "verification.status": self.tr("Verification status"),
                "verification.credibility": self.tr("Credibility"),
                "verification.reviewer": self.tr("Reviewer"),
                "verification.date": self.tr("Verification date"),
                "violation.type": self.tr("Violation type"),
                "violation.victims_count": self.tr("Victims (count)"),
                "victims.killed": self.tr("Killed (count)"),
                "victims.injured": self.tr("Injured (count)"),
                "perpetrator.category": self.tr("Perpetrator category"),
                "source.type": self.tr("Source type"),
                "source.connection": self.tr("Source's connection"),
                "source.reliability": self.tr("Source reliability"),
            }
            self._field_labels = {fld: names.get(fld, fld) for fld in FIELDS}
        return self._field_labels


# ---- the export dialog ---------------------------------------------------------------------
class ExportDialog(QDialog):
    """Emits `exported(path)` once the file is written (and in the audit log), and
    `failed(message)`; either way the outcome is shown in the dialog."""

    exported = Signal(str)
    failed = Signal(str)
    leftOutCounted = Signal()  # Qt signal naming; the line under the choices is up to date

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        ids: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.ids = tuple(ids) if ids is not None else None  # the list's selection, if given
        self.progress_dialog: ProgressDialog | None = None
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
        # a typed 31/02 is refused under the field, never turned into another day
        first = today.addMonths(-1).addDays(1 - today.day())
        self.date_from = DateField(self.tr("From"), first, optional=False)
        self.date_to = DateField(self.tr("To"), today.addDays(-today.day()), optional=False)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
            self.limit_dates.toggled.connect(edit.setEnabled)
        self.date_from.setAccessibleName(self.tr("First day"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        self.country = CountryCombo(lang=lang, none_label=self.tr("(any country)"))
        self.country.set_code(None)
        # what the export will leave out of its period and scope, and why, before it is made
        self.left_out_label = QLabel()
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setAccessibleName(self.tr("What the export leaves out"))
        self.left_out: LeftOut | None = None
        self._left_out_asked = 0  # a count asked for choices since changed is not shown
        self._left_out_timer = QTimer(self)
        self._left_out_timer.setSingleShot(True)
        self._left_out_timer.setInterval(150)
        self._left_out_timer.timeout.connect(self.count_left_out)
        self.audience.currentIndexChanged.connect(self._left_out_timer.start)
        self.limit_dates.toggled.connect(self._left_out_timer.start)
        self.date_from.dateChanged.connect(self._left_out_timer.start)
        self.date_to.dateChanged.connect(self._left_out_timer.start)
        self.country.codeChanged.connect(self._left_out_timer.start)

        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_where_to_save)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Return in a field is Save (refused there if a field is wrong), never Close, which
        # the button box made the default and which dropped every choice made
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
            close.setDefault(False)
        self.save_button.setDefault(True)
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
        form.addRow("", self.left_out_label)
        layout = QVBoxLayout(self)
        if self.ids is not None:
            self.selection_note = QLabel(
                self.tr("Only the %n incident(s) selected in the list.", "", len(self.ids))
            )
            self.selection_note.setWordWrap(True)
            layout.addWidget(self.selection_note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.count_left_out()

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
        request = ExportRequest.parse(
            format=self.format.currentData(),
            audience=self.audience.currentData(),
            rows=self.rows.currentData(),
            date_from=self.date_from.iso() if limited else None,
            date_to=self.date_to.iso() if limited else None,
            country=self.country.code(),
        )
        return replace(request, ids=self.ids)

    # ---- writing --------------------------------------------------------------------------
    def ask_where_to_save(self) -> None:
        if self._dates_problem():
            return  # said under the field and in the status line, before a file is chosen
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
        if self._dates_problem():
            return
        try:
            request = self.request()
        except UpfrontError as err:
            self._say(failure_message(err))
            self.failed.emit(failure_message(err))
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self.progress_dialog = run_with_progress(
            self,
            self.tr("Exporting"),
            partial(_export, self.store, request, str(path)),
            on_success=self._exported,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
        )

    def count_left_out(self) -> None:
        """Count, in the background, what the export as chosen leaves out and why; shown
        under the choices (nothing while a choice is wrong: Save names it)."""
        self._left_out_timer.stop()
        self._left_out_asked += 1
        asked = self._left_out_asked
        if self.limit_dates.isChecked() and (self.date_from.problem() or self.date_to.problem()):
            self._show_left_out(asked, None)
            return
        try:
            request = self.request()
        except UpfrontError:
            self._show_left_out(asked, None)
            return
        run_in_background(
            partial(_left_out, self.store, request),
            partial(self._show_left_out, asked),
            self._left_out_failed,
            parent=self,
        )

    def _show_left_out(self, asked: int, counted: LeftOut | None) -> None:
        if asked != self._left_out_asked:
            return  # the choices changed since: a newer count is on its way
        self.left_out = counted
        lines = self.left_out_lines(counted) if counted is not None else []
        self.left_out_label.setText("\n".join(lines))
        self.leftOutCounted.emit()

    def _left_out_failed(self, exc: Exception) -> None:
        log.error("export left out: %s", type(exc).__name__)
        self.left_out_label.setText(
            failure_message_in(self.tr("What the export leaves out could not be counted."), exc)
        )
        self.leftOutCounted.emit()

    def left_out_lines(self, counted: LeftOut) -> list[str]:
        """The incidents of the period and scope the export leaves out, and why: the lines a
        report's methodology prints, said of an export."""
        out = [
            fill(
                self.tr(
                    "Of the {total} incident(s) recorded for this period and scope, {included} "
                    "go into this export."
                ),
                total=counted.total,
                included=counted.included,
            )
        ]
        if counted.left_out == 0:
            out.append(self.tr("No incident of this period and scope is left out."))
            return out
        for text, n in (
            (self.tr("Left out as drafts, not yet submitted for review: {count}."), counted.draft),
            (
                self.tr("Left out as more confidential than this audience: {count}."),
                counted.confidentiality,
            ),
            (self.tr("Left out as found false or rejected: {count}."), counted.not_facts),
        ):
            if n:
                out.append(fill(text, count=n))
        return out

    def done(self, result: int) -> None:  # Qt override: no count asked once closed
        self._left_out_timer.stop()
        super().done(result)

    def _dates_problem(self) -> bool:
        """A limit date that is no date: refused, naming the field, never another day."""
        if not self.limit_dates.isChecked():
            return False
        problem = first_date_problem(self.date_from, self.date_to)
        if problem:
            self._say(problem)
            self.failed.emit(problem)
        return bool(problem)

    def _cancelled(self) -> None:
        self.save_button.setEnabled(True)
        self._say(self.tr("Export cancelled; no file was written."))

    def _exported(self, done: Exported) -> None:
        self.save_button.setEnabled(True)
        said = fill(
            self.tr("Exported %n incident(s) (SHA-256 {digest}).", "", done.incidents),
            digest=done.sha256,
        )
        # what this file left out, as counted when it was written
        self._say("\n".join([said, *self.left_out_lines(done.left_out)]))
        self.exported.emit(str(done.path))

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        log.error("export: %s", type(exc).__name__)
        message = failure_message_in(self.tr("The export could not be written."), exc)
        self._say(message)
        self.failed.emit(message)

    def _say(self, text: str) -> None:
        self.status.setText(text)

"""The import wizard and the export dialog on real (offscreen) windows, a real store and real
files: rows checked with their errors named by row, column and field, nothing written before
Finish, exactly the valid rows imported; exports cleared for partners; the File menu entries."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.changes import Kind
from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import on_worker
from ui import main_window as mw
from ui.exchange_dialogs import (
    CHECK,
    CHOOSE,
    IMPORT,
    MAPPING,
    RESOLVE,
    ExportDialog,
    ImportWizard,
)
from ui.main_window import MainWindow
from ui.qt import QDate, Qt, QTableWidget, QWidget, QWizard, Signal, is_valid

SLOW = 20_000  # ms
KOBO = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "kobo_export.csv"
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton

# row 3 is wrong three ways; row 4 repeats row 2 (a likely duplicate)
SHEET = (
    "title,occurred_from,country,violation_types,internal ref\n"
    "Shelling of the central market,2026-10-03,SYR,killing,A-1\n"
    "Arrests at the checkpoint,3rd of October,Narnia,detention,A-2\n"
    "Shelling of the central market!,2026-10-03,Syria,killing,A-3\n"
)


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def count(qtbot, store: Store) -> int:
    return on_worker(qtbot, lambda: Incidents(store).count())


def titles(qtbot, store: Store) -> list[str]:
    return sorted(row["title"] for row in on_worker(qtbot, lambda: Incidents(store).list()))


def audit(qtbot, store: Store) -> list[tuple[str, dict]]:
    def read() -> list[tuple[str, dict]]:
        with store.session() as s:
            return [
                (e.action, e.detail) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
            ]

    return on_worker(qtbot, read)


def make_wizard(qtbot, store: Store) -> ImportWizard:
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_page(qtbot, wizard: ImportWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=SLOW)


def checked(qtbot, wizard: ImportWizard) -> None:
    """Next from the mapping page, and wait for the check's result."""
    with qtbot.waitSignal(wizard.checked, timeout=SLOW):
        wizard.next()
    assert wizard.currentId() == CHECK


# ---- import ----------------------------------------------------------------------------------
def test_rows_are_checked_by_row_and_field_and_only_finish_imports_the_valid_ones(
    qtbot, store, tmp_path
):
    sheet = tmp_path / "reports.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    wizard = make_wizard(qtbot, store)
    assert not wizard.button(NEXT).isEnabled()  # no file yet
    wizard.choose_file(sheet)
    assert wizard.button(NEXT).isEnabled()

    to_page(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    assert cells(page.columns) == [
        ["title", "title"],
        ["occurred_from", "occurred_from"],
        ["country", "location.country"],
        ["violation_types", "violation.type"],
        ["internal ref", "not mapped, ignored"],
    ]
    assert page.note.text() == "Mapping: field names. 4 column(s) of the file are read."
    assert page.first_rows.rowCount() == 3
    assert [page.first_rows.item(1, c).text() for c in range(5)] == [
        "Arrests at the checkpoint",
        "3rd of October",
        "Narnia",
        "detention",
        "A-2",
    ]

    checked(qtbot, wizard)
    page = wizard.check_page
    assert page.status.text() == "3 rows: 2 valid, 1 with errors, 1 likely duplicate(s)"
    assert [row[:3] for row in cells(page.errors)] == [
        ["3", "country", "location.country"],
        ["3", "occurred_from", "occurred_from"],
        ["3", "violation_types", "violation.type"],
    ]
    assert cells(page.errors)[1][3] == "is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
    shown = " ".join(" ".join(row) for row in cells(page.errors))
    for value in ("Narnia", "3rd of October", "detention", "A-2"):  # never a cell's value
        assert value not in shown
    assert [page.warnings.item(i).text() for i in range(page.warnings.count())] == [
        "column internal ref is not mapped; ignored"
    ]
    assert cells(page.duplicates) == [["4", "row 2", "100"]]
    assert not page.keep_duplicates.isHidden() and not page.keep_duplicates.isChecked()
    assert count(qtbot, store) == 0  # checking writes nothing

    to_page(qtbot, wizard, RESOLVE)  # Narnia and detention match no code: left as they are
    to_page(qtbot, wizard, IMPORT)
    assert wizard.button(FINISH).text() == "Import 1 row(s)"
    assert wizard.import_page.summary.text() == (
        "1 row(s) will be imported.\n1 likely duplicate(s) left out.\n"
        "1 row(s) with errors left out."
    )
    wizard.back()
    wizard.back()
    page.keep_duplicates.setChecked(True)
    to_page(qtbot, wizard, RESOLVE)
    to_page(qtbot, wizard, IMPORT)
    assert wizard.button(FINISH).text() == "Import 2 row(s)"
    assert wizard.button(FINISH).isEnabled()
    assert count(qtbot, store) == 0  # nothing before Finish

    with qtbot.waitSignal(wizard.imported, timeout=SLOW) as imported:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert len(imported.args[0]) == 2
    assert titles(qtbot, store) == [
        "Shelling of the central market",
        "Shelling of the central market!",
    ]
    assert wizard.import_page.status.text() == "Imported 2 incident(s)."
    assert wizard.button(FINISH).text() == "Close"
    for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
        assert not wizard.button(button).isVisible()  # what is imported stays imported
    action, detail = audit(qtbot, store)[-1]
    assert action == "incident.import"
    assert (
        detail["file"],
        detail["rows"],
        detail["imported"],
        detail["errors"],
        detail["duplicates"],
        detail["duplicates_skipped"],
    ) == ("reports.csv", 3, 2, 1, 1, 0)
    assert detail["sha256"] == hashlib.sha256(sheet.read_bytes()).hexdigest()

    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)  # Close
    assert not wizard.isVisible()
    assert count(qtbot, store) == 2  # imported once


def test_a_kobo_export_through_the_starter_mapping_and_then_again(qtbot, store):
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(KOBO)
    wizard.choose_mapping("kobo")
    assert wizard.choose_page.mapping.currentText() == "KoboToolbox starter"
    to_page(qtbot, wizard, MAPPING)
    fields = dict(cells(wizard.mapping_page.columns))
    assert fields["incident/incident_date"] == "occurred_from"
    assert fields["_incident/gps_latitude"] == "location.lat"
    assert fields["victims/killed"] == "victims.killed"
    assert fields["_uuid"] == "not mapped, ignored"
    assert wizard.mapping_page.note.text() == (
        "Mapping: KoboToolbox incident report. 17 column(s) of the file are read."
    )

    checked(qtbot, wizard)
    page = wizard.check_page
    assert page.status.text() == "3 rows: 3 valid, 0 with errors, 0 likely duplicate(s)"
    assert page.errors.isHidden() and page.warnings.isHidden() and page.duplicates.isHidden()
    to_page(qtbot, wizard, IMPORT)
    assert wizard.button(FINISH).text() == "Import 3 row(s)"
    with qtbot.waitSignal(wizard.imported, timeout=SLOW) as imported:
        wizard.button(FINISH).click()
    ids = imported.args[0]
    assert titles(qtbot, store) == [
        "Arrests at the Saraqib checkpoint",
        "Classrooms damaged; two pupils killed according to the school director",
        "Shelling of the central market",
    ]

    again = make_wizard(qtbot, store)  # the same export twice: every row a likely duplicate
    again.choose_file(KOBO)
    again.choose_mapping("kobo")
    to_page(qtbot, again, MAPPING)
    checked(qtbot, again)
    assert again.check_page.status.text() == (
        "3 rows: 3 valid, 0 with errors, 3 likely duplicate(s)"
    )
    assert cells(again.check_page.duplicates) == [
        [str(n), f"incident {iid}", "100"] for n, iid in zip((2, 3, 4), ids, strict=True)
    ]
    to_page(qtbot, again, IMPORT)
    assert again.button(FINISH).text() == "Import 0 row(s)"
    assert not again.button(FINISH).isEnabled()
    assert again.import_page.summary.text().startswith(
        "No row can be imported.\nEvery valid row is a likely duplicate;"
    )
    assert count(qtbot, store) == 3


def test_a_file_that_cannot_be_read_keeps_the_wizard_on_the_first_page(qtbot, store, tmp_path):
    old = tmp_path / "reports.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(old)
    with qtbot.waitSignal(wizard.failed, timeout=SLOW) as failed:
        wizard.next()
    message = "file: is an old Excel .xls workbook; save it as .xlsx or CSV UTF-8"
    assert failed.args == [message]
    assert wizard.currentId() == CHOOSE and wizard.choose_page.status.text() == message

    sheet = tmp_path / "reports.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    mapping = tmp_path / "form.json"
    mapping.write_text(json.dumps({"columns": {"Date": "when"}}), encoding="utf-8")
    wizard.choose_file(sheet)
    wizard.choose_mapping(mapping)
    assert wizard.choose_page.mapping.currentText() == "form.json"
    assert wizard.choose_page.status.text() == ""  # a new choice clears the old problem
    with qtbot.waitSignal(wizard.failed, timeout=SLOW) as failed:
        wizard.next()
    assert failed.args[0].startswith("mapping.columns.Date: unknown field; expected one of: ")
    assert wizard.currentId() == CHOOSE


def test_a_check_that_fails_is_shown_on_the_check_page(qtbot, store, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("title,occurred_from,country\n", encoding="utf-8")
    wizard = make_wizard(qtbot, store)
    wizard.choose_file(empty)
    to_page(qtbot, wizard, MAPPING)
    with qtbot.waitSignal(wizard.failed, timeout=SLOW) as failed:
        wizard.next()
    assert failed.args == ["file: has no data rows"]
    assert wizard.currentId() == CHECK
    assert wizard.check_page.status.text() == "file: has no data rows"
    assert not wizard.button(NEXT).isEnabled()


# ---- export ----------------------------------------------------------------------------------
@pytest.fixture
def protected(qtbot, store) -> str:
    """A public incident whose protected victim (consent: UN only) is also in the narrative."""
    return on_worker(
        qtbot,
        lambda: Incidents(store).add(
            incident_doc(
                status="submitted",
                confidentiality="public",
                narrative="A Person was hit by shrapnel near the market.",
            )
        ),
    )


def make_export(qtbot, store: Store) -> ExportDialog:
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience.setCurrentIndex(dialog.audience.findData("partners"))
    return dialog


def test_a_partners_csv_export_leaves_the_protected_name_out(qtbot, store, tmp_path, protected):
    dialog = make_export(qtbot, store)
    assert dialog.audience.currentText() == "Trusted partners"
    assert dialog.audience_note.text().startswith("Counts only, never a row per record")
    # partners get counts only: the rows choice is fixed
    assert dialog.rows.currentData() == "aggregate" and not dialog.rows.isEnabled()
    out = tmp_path / "partners.csv"
    with qtbot.waitSignal(dialog.exported, timeout=SLOW) as exported:
        dialog.export_to(out)
    assert exported.args == [str(out)]
    data = out.read_bytes()
    assert dialog.status.text().splitlines() == [
        f"Exported 1 incident(s) (SHA-256 {hashlib.sha256(data).hexdigest()}).",
        "Of the 1 incident(s) recorded for this period and scope, 1 go into this export.",
        "No incident of this period and scope is left out.",
    ]
    text = data.decode("utf-8-sig")
    assert "A Person" not in text and "Shelling" not in text and "market" not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert {(r["violation_type"], r["acts"], r["suppressed"]) for r in rows} == {
        ("killing", "", "<5"),
        ("attack_on_civilian_objects", "", "<5"),
    }
    action, detail = audit(qtbot, store)[-1]
    assert (action, detail["format"], detail["audience"], detail["incidents"]) == (
        "incident.export",
        "csv",
        "partners",
        1,
    )

    # the UN get rows, with the protected name cut from the texts
    dialog.audience.setCurrentIndex(dialog.audience.findData("un"))
    assert dialog.rows.isEnabled()
    dialog.rows.setCurrentIndex(dialog.rows.findData("incident"))
    out = tmp_path / "un.csv"
    with qtbot.waitSignal(dialog.exported, timeout=SLOW):
        dialog.export_to(out)
    (row,) = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert (row["id"], row["title"], row["named_victims"]) == (protected, "Shelling of market", "")
    assert row["narrative"] == "[…] was hit by shrapnel near the market."


def test_a_partners_hxl_export_has_the_hashtag_row_and_no_protected_name(
    qtbot, store, tmp_path, protected
):
    dialog = make_export(qtbot, store)
    dialog.format.setCurrentIndex(dialog.format.findData("hxl"))
    dialog.rows.setCurrentIndex(dialog.rows.findData("act"))
    assert dialog.rows.currentData() == "aggregate"  # partners: counts only
    dialog.audience.setCurrentIndex(dialog.audience.findData("un"))
    dialog.rows.setCurrentIndex(dialog.rows.findData("act"))
    out = tmp_path / "partners-hxl.csv"
    with qtbot.waitSignal(dialog.exported, timeout=SLOW):
        dialog.export_to(out)
    text = out.read_text(encoding="utf-8-sig")
    assert "A Person" not in text
    header, tags, *acts = list(csv.reader(text.splitlines()))
    assert header[:4] == ["incident_id", "act_id", "date", "violation_type"]
    assert tags[:4] == ["#event+id", "#event+act+id", "#date+occurred", "#event+type"]
    assert [a[3] for a in acts] == ["killing", "attack_on_civilian_objects"]
    assert {a[0] for a in acts} == {protected}


def test_export_choices_json_dates_and_country(qtbot, store, tmp_path, protected):
    dialog = make_export(qtbot, store)
    dialog.audience.setCurrentIndex(dialog.audience.findData("un"))
    dialog.rows.setCurrentIndex(dialog.rows.findData("act"))
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.rows.currentData() == "incident"  # JSON: the whole record, or counts
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.rows.isEnabled()

    assert not dialog.date_from.isEnabled()
    dialog.limit_dates.setChecked(True)
    assert dialog.date_from.isEnabled() and dialog.date_to.isEnabled()
    dialog.date_from.setDate(QDate(2026, 10, 31))
    dialog.date_to.setDate(QDate(2026, 10, 1))
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as failed:
        dialog.export_to(tmp_path / "never.csv")
    assert failed.args == ["to: is before from"]
    assert dialog.status.text() == "to: is before from"
    assert not (tmp_path / "never.csv").exists()

    dialog.date_from.setDate(QDate(2026, 10, 1))
    dialog.date_to.setDate(QDate(2026, 10, 31))
    assert dialog.country.currentText() == "(any country)" and dialog.country.code() is None
    dialog.country.set_code("IRQ")
    out = tmp_path / "iraq.csv"
    with qtbot.waitSignal(dialog.exported, timeout=SLOW):
        dialog.export_to(out)
    assert dialog.status.text().startswith("Exported 0 incident(s) (SHA-256 ")
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1  # the header alone
    detail = audit(qtbot, store)[-1][1]
    assert (detail["country"], detail["from"], detail["to"]) == ("IRQ", "2026-10-01", "2026-10-31")


# ---- the File menu ---------------------------------------------------------------------------
class FakeList(QWidget):
    openRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, store, parent=None, *, lang="en", settings=None):
        super().__init__(parent)
        self.refreshed = 0

    def refresh(self):
        self.refreshed += 1

    def on_changes(self, changes):
        if changes.touches(Kind.INCIDENTS):
            self.refresh()


@pytest.fixture
def window(open_window, monkeypatch):
    monkeypatch.setattr(mw, "IncidentListView", FakeList)
    return open_window


def file_menu(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


@pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",  # offscreen noise
    r"^This plugin does not support propagateSizeHints\(\)$",
)
def test_the_file_menu_opens_the_import_wizard_and_the_export_dialog(qtbot, window):
    win = window()
    assert file_menu(win)[:5] == [
        "&New incident",
        "",
        "&Import incidents…",
        "&Export incidents…",
        "",
    ]
    assert win.import_action.isEnabled() and win.export_action.isEnabled()

    win.import_action.trigger()
    wizard = win.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.store is win.store
    win.import_action.trigger()
    assert win.import_wizard is wizard  # one at a time
    wizard.choose_file(KOBO)
    wizard.choose_mapping("kobo")
    to_page(qtbot, wizard, MAPPING)
    checked(qtbot, wizard)
    to_page(qtbot, wizard, IMPORT)
    with qtbot.waitSignal(wizard.imported, timeout=SLOW):
        wizard.button(FINISH).click()
    # the list hears of what came in from the store, not from the window
    qtbot.waitUntil(lambda: win.incident_list.refreshed == 1, timeout=SLOW)

    win.export_action.trigger()
    dialog = win.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.store is win.store
    assert dialog.windowTitle() == "Export incidents"

    win.lock()  # locking closes them with the window
    assert not is_valid(dialog) or not dialog.isVisible()
    assert not is_valid(wizard) or not wizard.isVisible()
    assert not win.import_action.isEnabled() and not win.export_action.isEnabled()

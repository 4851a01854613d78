"""The export dialog says, before anything is written, what the export for the chosen
audience leaves out of its period and scope and why, as reports do (issue 17); after export
the status line says it of the file written. (The CLI's line: test_report_left_out.)"""

from __future__ import annotations

from app.incidents import Incidents
from tests.ui.conftest import on_worker
from tests.ui.test_report_left_out import november_incidents
from ui.exchange_dialogs import ExportDialog
from ui.qt import QDate

SLOW = 15_000


def counted(qtbot, dialog: ExportDialog, change) -> list[str]:
    with qtbot.waitSignal(dialog.leftOutCounted, timeout=SLOW):
        change()
    return dialog.left_out_label.text().splitlines()


def test_the_export_dialog_says_what_it_leaves_out_before_exporting(qtbot, store, tmp_path):
    on_worker(qtbot, lambda: Incidents(store).add_many(november_incidents()))
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.leftOutCounted, timeout=SLOW):
        dialog.show()  # the count asked when the dialog was made
    un = dialog.audience.findData("un")
    assert dialog.audience.currentIndex() == un
    assert dialog.left_out_label.text().splitlines() == [
        "Of the 4 incident(s) recorded for this period and scope, 0 go into this export.",
        "Left out as drafts, not yet submitted for review: 3.",
        "Left out as more confidential than this audience: 1.",
    ]
    internal = dialog.audience.findData("internal")
    lines = counted(qtbot, dialog, lambda: dialog.audience.setCurrentIndex(internal))
    assert lines == [
        "Of the 4 incident(s) recorded for this period and scope, 4 go into this export.",
        "No incident of this period and scope is left out.",
    ]
    # the period counts: only the incidents of 10-15 November, one internal and submitted
    dialog.date_from.setDate(QDate(2026, 11, 10))
    dialog.date_to.setDate(QDate(2026, 11, 15))
    partners = dialog.audience.findData("partners")
    dialog.audience.setCurrentIndex(partners)
    lines = counted(qtbot, dialog, lambda: dialog.limit_dates.setChecked(True))
    assert lines == [
        "Of the 1 incident(s) recorded for this period and scope, 0 go into this export.",
        "Left out as more confidential than this audience: 1.",
    ]
    assert dialog.left_out is not None and dialog.left_out.confidentiality == 1
    # a country with no incident: nothing recorded, nothing left out
    lines = counted(qtbot, dialog, lambda: dialog.country.set_code("IRQ"))
    assert lines[0].startswith("Of the 0 incident(s)")
    # the file written says the same
    dialog.country.set_code(None)
    dialog.limit_dates.setChecked(False)
    dialog.audience.setCurrentIndex(un)
    out = tmp_path / "un.csv"
    with qtbot.waitSignal(dialog.exported, timeout=SLOW):
        dialog.export_to(out)
    said = dialog.status.text().splitlines()
    assert said[0].startswith("Exported 0 incident(s)")
    assert said[1:] == [
        "Of the 4 incident(s) recorded for this period and scope, 0 go into this export.",
        "Left out as drafts, not yet submitted for review: 3.",
        "Left out as more confidential than this audience: 1.",
    ]
    # the count asked by the last changes is done before the store is closed
    qtbot.waitUntil(lambda: not dialog._left_out_timer.isActive(), timeout=SLOW)
    on_worker(qtbot, lambda: None)


def test_a_wrong_limit_date_shows_no_count(qtbot, store):
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.leftOutCounted, timeout=SLOW):
        dialog.show()
    assert dialog.left_out_label.text()
    dialog.date_from.edit.setText("2026-02-30")
    lines = counted(qtbot, dialog, lambda: dialog.limit_dates.setChecked(True))
    assert lines == []  # no count for another period; Save names the field
    on_worker(qtbot, lambda: None)

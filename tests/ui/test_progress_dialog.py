"""Long work in the window (ui.progress_dialog): the import wizard's and the export dialog's
progress dialog, whose Cancel leaves the store and the folder as they were and closes it;
a bar that follows the worker's steps; Cancel disabled, with the reason, past the point of
no return. Real offscreen widgets, a real store and real files."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from sqlalchemy import func, select

from app.models import AuditEntry, Incident
from app.progress import REKEY_SWAP, Step
from tests.ui.conftest import on_worker
from ui.exchange_dialogs import CHECK, IMPORT, MAPPING, ExportDialog, ImportWizard
from ui.progress_dialog import ProgressPanel, relayed_progress
from ui.qt import Qt, QWizard, is_valid
from ui.tasks import run_in_background

SLOW = 60_000  # ms
ROWS = 3000
FINISH = QWizard.WizardButton.FinishButton


def big_sheet(path: Path, rows: int = ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["title", "occurred_from", "country", "violation_types"])
        for i in range(rows):
            w.writerow([f"Shelling number {i} of the road", "2026-10-03", "SYR", "killing"])
    return path


def counts(qtbot, store) -> tuple[int, int]:
    def read() -> tuple[int, int]:
        with store.session() as s:
            return (
                s.scalar(select(func.count()).select_from(Incident)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
            )

    return on_worker(qtbot, read)


def hold_the_worker(qtbot) -> threading.Event:
    """Queue a job that waits for the returned event: work queued after it starts only once
    the test lets it, so Cancel is pressed while the work is in flight, every time."""
    go = threading.Event()
    run_in_background(lambda: go.wait(SLOW / 1000))
    return go


def test_cancelling_a_large_import_keeps_the_store_as_it_was_and_closes_the_dialog(
    qtbot, store, tmp_path
):
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_file(big_sheet(tmp_path / "many.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=SLOW)
    with qtbot.waitSignal(wizard.checked, timeout=SLOW):
        wizard.next()
    assert wizard.currentId() == CHECK
    wizard.check_page.keep_duplicates.setChecked(True)  # near-identical titles, on purpose
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == IMPORT, timeout=SLOW)
    assert wizard.button(FINISH).text() == f"Import {ROWS} row(s)"
    before = counts(qtbot, store)

    go = hold_the_worker(qtbot)
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    dialog = wizard.import_page.progress_dialog
    assert dialog is not None and not dialog.isVisible()  # no flash for quick work
    qtbot.waitUntil(dialog.isVisible, timeout=SLOW)  # shown while the work lasts
    assert dialog.isModal()
    panel = dialog.panel
    assert panel.cancel_button.isEnabled()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.cancel_button.isEnabled()
    assert panel.note.text() == "Stopping at the next safe point; nothing half-done is kept."
    go.set()

    qtbot.waitUntil(lambda: not is_valid(dialog) or not dialog.isVisible(), timeout=SLOW)
    page = wizard.import_page
    qtbot.waitUntil(lambda: not page.busy, timeout=SLOW)
    assert page.status.text() == "Import cancelled; nothing was imported."
    assert counts(qtbot, store) == before
    assert wizard.button(FINISH).isEnabled()  # it may be tried again

    # and without a cancel the same rows go in, the bar having followed them to the end
    with qtbot.waitSignal(wizard.imported, timeout=SLOW) as imported:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert len(imported.args[0]) == ROWS
    assert counts(qtbot, store)[0] == before[0] + ROWS


def test_cancelling_an_export_leaves_no_file(qtbot, store, tmp_path):
    from app.incidents import Incidents
    from tests.app.conftest import incident_doc

    on_worker(qtbot, lambda: Incidents(store).add(incident_doc()))
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "out" / "incidents.csv"
    out.parent.mkdir()
    before = counts(qtbot, store)
    go = hold_the_worker(qtbot)
    dialog.export_to(out)
    progress = dialog.progress_dialog
    assert progress is not None
    qtbot.waitUntil(progress.isVisible, timeout=SLOW)
    progress.reject()  # Escape asks to cancel; the dialog stays until the work has stopped
    assert progress.isVisible() and not progress.panel.cancel_button.isEnabled()
    go.set()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=SLOW)
    assert not is_valid(progress) or not progress.isVisible()
    assert dialog.status.text() == "Export cancelled; no file was written."
    assert list(out.parent.iterdir()) == []
    assert counts(qtbot, store) == before  # no export in the audit log either


def test_the_bar_follows_the_steps_and_cancel_is_refused_past_the_point_of_no_return(qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    key, progress = relayed_progress()
    panel.follow(key, progress)

    def work() -> None:
        progress.step(0, 4, "rekey")
        progress.step(2, 4, "rekey")
        progress.point_of_no_return(REKEY_SWAP)
        progress.step(4, 4, "swap")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: panel.bar.value() == 4, timeout=SLOW)
    assert panel.bar.maximum() == 4
    assert panel.text.text() == "Putting the new key in force: 4 of 4"
    assert not panel.cancel_button.isEnabled()
    assert panel.note.text().startswith("Cannot be cancelled now: the copy under the new key")
    assert progress.cancel() is False


def test_a_panel_ignores_the_steps_of_work_it_does_not_follow(qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    key, progress = relayed_progress()
    panel.follow(key, progress)
    _other_key, other = relayed_progress()
    other.step(7, 10, "export")
    progress.step(0, 0, "pull")
    qtbot.waitUntil(lambda: panel.text.text() == "Changes received from HQ: 0", timeout=SLOW)
    assert panel.bar.maximum() == 0  # busy: no total known
    assert Step(7, 10, "export") == other.last


def test_cancelling_the_report_save_leaves_no_file_and_logs_no_export(qtbot, store, tmp_path):
    from ui.progress_dialog import ProgressDialog, _the_relay
    from ui.qt import QDate
    from ui.reports_page import ReportsPage

    page = ReportsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.date_from.setDate(QDate(2026, 10, 1))
    page.date_to.setDate(QDate(2026, 10, 31))
    with qtbot.waitSignal(page.built, timeout=SLOW):
        page.make(lambda: None)
    folder = tmp_path / "reports"
    folder.mkdir()
    before = counts(qtbot, store)
    shown: list[ProgressDialog] = []

    def press_cancel(_key: int, step: Step) -> None:
        """At the first page drawn, as a person would while the bar moves (the dialog may
        not be shown yet: it waits SHOW_AFTER_MS, and a small report is drawn sooner)."""
        dialogs = [d for d in page.findChildren(ProgressDialog) if not d.ended]
        if step.phase == "draw" and dialogs and not shown:
            shown.append(dialogs[0])
            qtbot.mouseClick(dialogs[0].panel.cancel_button, Qt.MouseButton.LeftButton)

    # queued, as a click is: it can only land while the drawing lets the window's events in
    _the_relay().stepped.connect(press_cancel, Qt.ConnectionType.QueuedConnection)
    try:
        page.save_to(str(folder / "sitrep.pdf"))  # draws on the GUI thread, pumping events
    finally:
        _the_relay().stepped.disconnect(press_cancel)
    assert shown, "the progress dialog never showed a page being drawn"
    assert page.status.text() == "Saving cancelled; no file was written."
    assert list(folder.iterdir()) == []
    assert not is_valid(shown[0]) or not shown[0].isVisible()
    assert counts(qtbot, store) == before

    with qtbot.waitSignal(page.exported, timeout=SLOW):  # uncancelled: the whole file
        page.save_to(str(folder / "sitrep.pdf"))
    assert [p.name for p in folder.iterdir()] == ["sitrep.pdf"]


def test_cancel_on_the_sync_page_stops_the_first_pull_and_the_next_sync_brings_it_all(
    qtbot, hq, devices
):
    from app.incidents import Incidents
    from sync.desktop import DesktopSync
    from tests.sync.synchelp import incident
    from ui.sync_page import LANE, SyncPage

    sender = devices("sender")
    Incidents(sender).add_many([incident(title=f"Raid number {i}") for i in range(12)])
    assert DesktopSync(sender).run().complete
    fresh = devices("fresh")
    page = SyncPage(DesktopSync(fresh), auto=False)
    qtbot.addWidget(page)
    page.show()
    assert page.stop_button.isHidden()

    go = threading.Event()  # the sync lane held: Cancel lands while the run is queued
    run_in_background(lambda: go.wait(SLOW / 1000), lane=LANE)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.running and page.stop_button.isVisible() and page.stop_button.isEnabled()
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert not page.stop_button.isEnabled() and page.progress_label.text() == "stopping…"
    go.set()
    qtbot.waitUntil(lambda: not page.running, timeout=SLOW)
    assert page.progress_label.text() == (
        "Sync cancelled; what was received is kept, and the next sync goes on from there."
    )
    assert page.failures == 0 and page.stop_button.isHidden() and page.sync_button.isEnabled()
    assert Incidents(fresh).count() == 0

    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=SLOW)
    assert Incidents(fresh).count() == 12


def test_cancelling_the_check_goes_back_to_the_columns_and_next_checks_again(
    qtbot, store, tmp_path
):
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_file(big_sheet(tmp_path / "many.csv", 200))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=SLOW)
    go = hold_the_worker(qtbot)
    wizard.next()
    assert wizard.currentId() == CHECK
    dialog = wizard.check_page.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=SLOW)
    qtbot.mouseClick(dialog.panel.cancel_button, Qt.MouseButton.LeftButton)
    go.set()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=SLOW)
    assert wizard.check_result is None
    with qtbot.waitSignal(wizard.checked, timeout=SLOW):
        wizard.next()
    assert wizard.check_result is not None and wizard.check_result.rows == 200

"""An office's first day in the window, end to end, without a terminal: the laptop enrols
with a real HQ on loopback (TLS) from the Sync page, one officer's record is approved by the
other officer in the review queue of their own window, the decision goes to HQ with the next
sync, and a UN report of the month counts the reviewed record. Real SQLCipher store, real HQ,
real windows offscreen."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import FAST_KDF, PASSPHRASE, USER, on_worker

from app.incidents import Incidents
from app.store import Store
from sync import device as d
from sync.desktop import DesktopSync
from ui import main_window as mw
from ui.qt import QDate, Qt
from ui.review_page import ApproveDialog

REVIEWER = "Bilal"
SLOW = 60_000


def _window(qtbot, store_dir, user: str):
    from ui.main_window import MainWindow

    store = on_worker(qtbot, lambda: Store.open(store_dir, PASSPHRASE, user))
    window = MainWindow(store, sync_service=DesktopSync(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, store


def _close(qtbot, window) -> None:
    window.close()
    on_worker(qtbot, lambda: None)  # its store is closed, after every lane's work


def test_from_enrolment_to_a_reviewed_record_in_a_un_report(qtbot, hq, store_dir, monkeypatch):
    with Store.open(store_dir, PASSPHRASE, USER) as first:
        first.keys.add_user(first._db_key, REVIEWER, PASSPHRASE, kdf=FAST_KDF)

    # ---- Amina enrols the laptop from the Sync page, and submits a record -------------
    window, store = _window(qtbot, store_dir, USER)
    assert window.pages.currentWidget() is window.home_page
    window.show_section(mw.SYNC)
    page = window.sync_page
    qtbot.waitUntil(lambda: page.enrol_button.isVisible(), timeout=SLOW)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.enrol_dialog
    dialog.url_edit.setText(hq.url)
    dialog.token_edit.setText(hq.server.create_token("SYR"))
    dialog.fingerprint_edit.setText(hq.fingerprint)
    dialog.name_edit.setText("office-laptop")
    with qtbot.waitSignal(dialog.enrolled, timeout=SLOW):
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert on_worker(qtbot, lambda: d.status(store).enrolled)
    dialog.close()

    today = datetime.now(UTC).date()
    doc = {
        "title": "Detention of two teachers",
        "occurred_from": today.replace(day=1).isoformat(),
        "location": {"country": "SYR", "admin1": "Idlib"},
        "narrative": "Two teachers were taken from the school at dawn.",
        "confidentiality": "un",
        "status": "draft",
        "violations": [{"type": "arbitrary_detention", "victims_count": 2}],
    }

    def add_and_submit() -> str:
        incidents = Incidents(store)
        rid = incidents.add(doc)
        incidents.submit(rid)
        return rid

    rid = on_worker(qtbot, add_and_submit)
    _close(qtbot, window)

    # ---- Bilal, the other officer, approves it in his review queue ------------------------
    window, store = _window(qtbot, store_dir, REVIEWER)
    home = window.home_page
    qtbot.waitUntil(home.is_loaded, timeout=SLOW)
    assert home.counts.to_review == 1
    window.show_section(mw.REVIEW)
    queue = window.review_page
    qtbot.waitUntil(lambda: queue.is_loaded() and queue.table.rowCount() == 1, timeout=SLOW)
    queue.table.selectRow(0)

    def approve(dialog: ApproveDialog) -> int:
        dialog.standard.set_code("reasonable_grounds")
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(ApproveDialog, "exec", approve)
    with qtbot.waitSignal(queue.decided, timeout=SLOW):
        queue.approve_button.click()

    # ---- the next sync takes the decision to HQ ---------------------------------------
    window.show_section(mw.SYNC)
    sync_page = window.sync_page
    qtbot.waitUntil(lambda: not sync_page.running, timeout=SLOW)  # one on opening, maybe
    sync_page.sync_now()
    assert sync_page.running
    qtbot.waitUntil(lambda: not sync_page.running, timeout=SLOW)
    assert sync_page.problem is None, sync_page.problem
    at_hq = hq.server.records()[rid]
    assert at_hq["status"] == "reviewed"
    assert at_hq["review"]["by"] == REVIEWER and at_hq["review"]["single_user"] is False

    # ---- and a UN report of the month counts it -----------------------------------------
    window.show_section(mw.REPORTS)
    reports = window.reports_page
    reports.audience.setCurrentIndex(reports.audience.findData("un"))
    reports.date_from.setDate(QDate(today.year, today.month, 1))  # this month, so far
    reports.date_to.setDate(QDate(today.year, today.month, today.day))
    with qtbot.waitSignal(reports.built, timeout=SLOW):
        reports.make(lambda: None)
    report = reports.report
    assert report.meta.audience == "un"
    # it is in: counted (printed "<5", as fewer than five are outside the team), left out
    # for nothing
    assert (report.left_out.total, report.left_out.included) == (1, 1)
    assert report.incidents.text == "<5"
    assert report.reviews_single_user == 0
    _close(qtbot, window)

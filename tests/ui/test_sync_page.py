"""The Sync page in a real (offscreen) window, syncing with a real HQ over TLS on loopback."""

from __future__ import annotations

import pytest

from app.incidents import Incidents
from sync.desktop import DesktopSync
from tests.sync.synchelp import free_port, incident
from ui.qt import Qt
from ui.sync_page import MAX_RETRY_MS, SyncPage, backoff_ms

# `hq` (a real HQ served over TLS) and `devices` (stores enrolled with it): tests/ui/conftest.py


def _wait_idle(qtbot, page: SyncPage) -> None:
    """Until the run is over and the page shows the status read after it."""
    assert page.running
    # the refresh after the run: the first status shown once the run is over
    qtbot.waitSignal(
        page.summaryChanged, timeout=20_000, check_params_cb=lambda _summary: not page.running
    ).wait()


def test_sync_now_sends_changes_and_shows_where_the_device_stands(qtbot, hq, devices):
    server, url = hq.server, hq.url
    store = devices("amina")
    rid = Incidents(store).add(incident())
    page = SyncPage(DesktopSync(store), auto=False)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.hq_label.text() == url, timeout=10_000)
    assert page.pending_label.text().startswith("1 change")
    assert page.last_label.text() == "never"

    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.running and not page.sync_button.isEnabled()
    _wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.pending_label.text().startswith("0 change"), timeout=10_000)
    assert page.last_label.text() != "never"
    assert rid in server.records()
    assert page.failures == 0 and page.sync_button.isEnabled()
    # the next sync opens a new connection but resumes the TLS session: no certificates
    link = page.service._kept._link
    assert link.conn is None and link.tls_session is not None
    assert page.service.run().complete
    assert link.resumed == 1


def test_conflicts_are_merged_in_the_merge_view_and_refusals_shown(qtbot, hq, devices):
    server = hq.server
    a, b = devices("amina"), devices("bilal")
    ia, ib = Incidents(a), Incidents(b)
    rid = ia.add(incident())
    doomed = ia.add(incident(title="To be deleted"))
    sa, sb = DesktopSync(a), DesktopSync(b)
    for s in (sa, sb):
        assert s.run().complete
    ia.edit(rid, {"narrative": "Amina's account"})
    ib.edit(rid, {"narrative": "Bilal's account"})
    ia.delete(doomed)
    ib.edit(doomed, {"title": "Edited after it was deleted"})
    assert sa.run().complete
    assert sb.run().complete  # delivered; one change refused, one conflict

    page = SyncPage(sb, auto=False)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 1, timeout=10_000)
    assert page.conflict_table.item(0, 1).text() == "narrative"
    assert page.quarantine_table.rowCount() == 1
    assert "deleted" in page.quarantine_table.item(0, 2).text()

    page.conflict_table.selectRow(0)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.merge_dialog
    assert dialog is not None and dialog.isVisible()
    versions = {dialog.kept.toPlainText(), dialog.other.toPlainText()}
    assert versions == {"Amina's account", "Bilal's account"}
    dialog.merged.setPlainText("Both accounts, reconciled")
    dialog.accept()
    qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 0, timeout=10_000)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, page)
    assert server.records()[rid]["narrative"] == "Both accounts, reconciled"
    assert all(c["resolved"] for c in server.conflicts())


def test_a_failed_sync_is_retried_with_growing_delays(qtbot, tmp_path, hq, devices):
    store = devices("amina")
    Incidents(store).add(incident())
    service = DesktopSync(store)
    # HQ unreachable: point the device at a closed port
    from sync import device as d

    with store.transaction() as s:
        state = d.load_state(s)
        state.hq_url = f"https://127.0.0.1:{free_port()}"
        d.save_state(s, state)
    page = SyncPage(service, auto=True)
    qtbot.addWidget(page)
    page.sync_now()
    qtbot.waitUntil(lambda: page.failures == 1, timeout=20_000)
    assert page.schedule.isActive()
    assert 13_000 <= page.schedule.remainingTime() <= 18_000  # 15 s + jitter, minus the wait
    qtbot.waitUntil(lambda: "connection" in page.error_label.text(), timeout=10_000)
    assert backoff_ms(1, 0) == 15_000 and backoff_ms(2, 0) == 30_000
    assert backoff_ms(50, 0) == MAX_RETRY_MS and backoff_ms(50, 1) == int(MAX_RETRY_MS * 1.2)


def test_lock_stops_a_running_sync_and_the_store_refuses_late_work(qtbot, hq, devices):
    store = devices("amina")
    Incidents(store).add_many([incident(title=f"n{i}") for i in range(30)])
    service = DesktopSync(store)
    page = SyncPage(service, auto=False)
    qtbot.addWidget(page)
    page.sync_now()
    page.stop()  # what Lock does
    store.close()
    assert not page.schedule.isActive()
    from app.errors import StoreClosed

    with pytest.raises(StoreClosed):
        service.status()

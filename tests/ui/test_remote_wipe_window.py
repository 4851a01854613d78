"""The window when a sync carries out HQ's order to erase this device: a real window unlocked
through the app controller, a real HQ over TLS on loopback. The store is crypto-erased, the
window closes everything that showed it (as the emergency wipe does), the person is told why,
and the first-run dialog comes back."""

from __future__ import annotations

from pathlib import Path

from app.incidents import Incidents
from app.store import Store
from sync import device as d
from sync.desktop import DesktopSync
from tests.sync.synchelp import incident
from ui.first_run import FirstRunDialog
from ui.qt import QMessageBox, Qt
from ui.tasks import run_in_background

SLOW = 20_000  # ms

# `hq` (a real HQ served over TLS on loopback) and `unlocked`: tests/ui/conftest.py


def enrolled(store_dir: Path, passphrase: str, hq) -> str:
    """Enroll the test store with HQ, leave a change waiting to go; its device id."""
    with Store.open(store_dir, passphrase) as store:
        hq.enroll(store, "amina")
        Incidents(store).add(incident())
        return d.status(store).device_id


def test_a_wipe_order_closes_the_window_erases_the_store_and_says_why(
    qtbot, unlocked, store_dir, passphrase, hq
):
    server = hq.server
    device_id = enrolled(store_dir, passphrase, hq)
    server.revoke(device_id, wipe=True)

    controller = unlocked(DesktopSync)
    window = controller.window
    page = window.sync_page
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=SLOW)
    # the pages' first reads done (Home's counts, the list's rows): the erase closes the store
    # from the sync lane, and a read still running on the store worker then would crash
    # SQLCipher (Store.close under a running query: see the session note)
    qtbot.waitUntil(window.home_page.is_loaded, timeout=SLOW)
    with qtbot.waitCallback(timeout=SLOW) as idle:
        run_in_background(lambda: None, idle)

    with qtbot.waitSignal(window.wiped, timeout=SLOW):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert window.wiped_by_hq and window.store is None and not window.isVisible()
    assert not page.auto and not page.schedule.isActive()  # no retry on an erased store
    assert not Store.exists(store_dir) and not any(store_dir.iterdir())
    box = controller.problem_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "ordered it erased" in box.text()
    assert isinstance(controller.dialog, FirstRunDialog) and controller.dialog.isVisible()
    assert "wipe-delivered" in [e["action"] for e in _events(server, device_id)]


def _events(server, device_id: str) -> list[dict]:
    from sync.hq import roles

    with server.session() as s:
        return roles.events(s, device_id)

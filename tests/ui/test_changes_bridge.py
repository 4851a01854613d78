"""Change sets reach the views: a write done through the app service, on the store worker and
not through the window, shows in the incident list and the Situations section with no call to
refresh; a hidden page waits until it is shown; Lock stops the window hearing."""

from __future__ import annotations

import threading

import pytest

from app.changes import Changes, Kind, Publisher
from app.incidents import Incidents
from app.situations import Situations
from tests.app.conftest import incident_doc
from tests.ui.conftest import on_worker
from ui import main_window as mw
from ui.changes import ChangesBridge
from ui.qt import QThread, QWidget

SLOW = 15_000  # ms


@pytest.fixture
def window(open_window):
    """A real main window, with the real incident list and pages, on a store opened on the
    worker."""
    return open_window()


def _no_refresh(monkeypatch, *pages: QWidget) -> list[str]:
    """Fail the test if anyone calls refresh() on these pages from outside: the pages reload
    through their own RefreshWhenShown. Returns the names of the reloads that ran."""
    ran: list[str] = []
    for page in pages:

        def reload(page: QWidget = page) -> None:
            ran.append(type(page).__name__)
            type(page).refresh(page)

        page.reload._refresh = reload
        monkeypatch.setattr(page, "refresh", lambda: pytest.fail("refreshed by hand"))
    return ran


@pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$",  # offscreen noise
    r"^This plugin does not support propagateSizeHints\(\)$",
)
def test_a_write_through_the_service_shows_in_the_list_and_the_situations(
    qtbot, window, monkeypatch
):
    listing, situations = window.incident_list, window.situations_page
    window.show_section(mw.INCIDENTS)  # the window opens on Home
    qtbot.waitUntil(lambda: not listing.model.is_loading(), timeout=SLOW)
    assert listing.model.total == 0
    ran = _no_refresh(monkeypatch, listing, situations)
    store = window.store

    iid = on_worker(qtbot, lambda: Incidents(store).add(incident_doc(title="Seen at once")))
    qtbot.waitUntil(lambda: listing.model.total == 1, timeout=SLOW)
    assert ran.count("IncidentListView") == 1
    assert situations.reload.due  # hidden: it reads the store again only once shown

    sid = on_worker(qtbot, lambda: Situations(store).add({"name": "Kasaï", "country": "COD"}))
    qtbot.waitUntil(lambda: situations.reload.due, timeout=SLOW)
    assert situations.list.count() == 0
    window.show_section(mw.SITUATIONS)
    qtbot.waitUntil(lambda: situations.list.count() == 1, timeout=SLOW)
    assert not situations.reload.due and ran.count("SituationsPage") == 1

    # shown, the page follows at once; the hidden list waits
    on_worker(qtbot, lambda: Situations(store).add({"name": "Rif Dimashq", "country": "SYR"}))
    qtbot.waitUntil(lambda: situations.list.count() == 2, timeout=SLOW)
    on_worker(qtbot, lambda: Incidents(store).delete(iid))
    qtbot.waitUntil(lambda: listing.reload.due, timeout=SLOW)
    assert listing.model.total == 1
    window.show_section(mw.INCIDENTS)
    qtbot.waitUntil(lambda: listing.model.total == 0, timeout=SLOW)
    assert situations.current == sid  # the selection held through the reloads


def test_lock_stops_the_window_hearing(qtbot, window):
    store = window.store
    heard: list[Changes] = []
    window.changes.changed.connect(heard.append)
    store.changes.publish(Changes.of(Kind.INCIDENTS))
    qtbot.waitUntil(lambda: len(heard) == 1)
    with qtbot.waitSignal(window.locked, timeout=SLOW):
        window.lock()
    store.changes.publish(Changes.of(Kind.INCIDENTS))
    qtbot.wait(50)
    assert len(heard) == 1


def test_the_bridge_delivers_on_the_gui_thread_merged(qtbot):
    publisher = Publisher()
    bridge = ChangesBridge(publisher)
    got: list[tuple[Changes, bool]] = []
    bridge.changed.connect(lambda c: got.append((c, QThread.currentThread() is bridge.thread())))

    def publish() -> None:
        publisher.publish(Changes.of(Kind.INCIDENTS, ids=["a"]))
        publisher.publish(Changes.of(Kind.SITUATIONS, ids=["b"]))

    thread = threading.Thread(target=publish)
    thread.start()
    thread.join()  # both arrived before the GUI thread looked: one delivery
    qtbot.waitUntil(lambda: len(got) == 1)
    qtbot.wait(20)
    assert got == [(Changes.of(Kind.INCIDENTS, Kind.SITUATIONS, ids=["a", "b"]), True)]
    bridge.stop()
    publisher.publish(Changes.of(Kind.DRAFTS))
    qtbot.wait(20)
    assert len(got) == 1

"""The home page (ui.home_page) offscreen on a real store: it shows the counts with calm
words for zeros, Show leads to the right list or page, and it refreshes after a change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app import home
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.outbox import pending_count
from app.situations import Situations
from tests.app.conftest import incident_doc
from tests.ui.conftest import USER, on_worker
from ui.changes import ChangesBridge
from ui.home_page import KEYS, HomePage
from ui.qt import QPushButton, Qt, QWidget

TODAY = datetime.now(UTC).date()


@dataclass(frozen=True)
class Facts:
    enrolled: bool
    last_success: str | None
    last_error: str | None


def _page(qtbot, store, **kwargs) -> HomePage:
    page = HomePage(store, **kwargs)
    qtbot.addWidget(page)
    bridge = ChangesBridge(store.changes, page)
    bridge.changed.connect(page.on_changes)
    page.destroyed.connect(bridge.stop)
    with qtbot.waitSignal(page.ready, timeout=15_000):
        page.show()
    return page


def _seed(store) -> None:
    incidents = Incidents(store)
    incidents.add(incident_doc(status="draft", title="First draft"))
    incidents.add(incident_doc(status="draft", title="Second draft"))
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR", "status": "crisis"})
    act = {"pillar": "political", "level": "country", "lead": "rco"}
    situations.save_strategy(
        sid,
        {
            "actions": [
                {**act, "title": "Late", "due": (TODAY - timedelta(days=2)).isoformat()},
                {**act, "title": "Stuck", "status": "blocked"},
            ]
        },
    )


def _pending(store) -> int:
    with store.session() as session:
        return pending_count(session)


def test_an_empty_store_reads_calmly(qtbot, store):
    page = _page(qtbot, store)
    assert USER in page.greeting.text()
    assert page.status.text() == "Nothing needs you today."
    assert page.rows[home.MY_DRAFTS].count.text() == "0"
    assert page.rows[home.MY_DRAFTS].text.text() == "No drafts to finish"
    assert page.rows[home.TO_REVIEW].text.text() == "No records waiting for my review"
    assert page.rows[home.SYNC].text.text() == "Nothing waiting to go to HQ"
    assert not page.rows[home.MY_DRAFTS].count.font().bold()  # plain, not alarming


def test_the_page_shows_the_counts_and_show_leads_there(qtbot, store):
    on_worker(qtbot, lambda: _seed(store))
    facts = Facts(True, "2026-12-01T10:00:00+00:00", "HQ did not answer")
    page = _page(qtbot, store, sync_facts=lambda: facts, conflicts=lambda: 3)
    rows = page.rows
    assert rows[home.MY_DRAFTS].count.text() == "2"
    assert rows[home.MY_DRAFTS].text.text() == "My drafts to finish"
    assert rows[home.MY_DRAFTS].count.font().bold()
    assert rows[home.ALL_DRAFTS].count.text() == "2"
    assert rows[home.OVERDUE_ACTIONS].count.text() == "1"
    assert rows[home.BLOCKED_ACTIONS].count.text() == "1"
    assert rows[home.CONFLICTS].count.text() == "3"
    # two new incidents, the situation and its strategy wait to go to HQ
    assert rows[home.SYNC].count.text() == "4" == str(on_worker(qtbot, lambda: _pending(store)))
    sync_text = rows[home.SYNC].text.text()
    assert sync_text.startswith("Changes waiting to go to HQ")
    assert "last synced" in sync_text and "last problem: HQ did not answer" in sync_text
    assert page.status.text() == "Here is what needs you today."

    with qtbot.waitSignal(page.openList) as listed:
        qtbot.mouseClick(rows[home.MY_DRAFTS].button, Qt.MouseButton.LeftButton)
    query = listed.args[0]
    assert query == IncidentQuery(status="draft", created_by=USER)
    assert on_worker(qtbot, lambda: Incidents(store).count(query)) == 2
    with qtbot.waitSignal(page.openList) as listed:
        qtbot.mouseClick(rows[home.TO_REVIEW].button, Qt.MouseButton.LeftButton)
    assert listed.args[0] == IncidentQuery(review_for=USER)
    with qtbot.waitSignal(page.openList) as listed:
        qtbot.mouseClick(rows[home.CAME_BACK].button, Qt.MouseButton.LeftButton)
    assert listed.args[0] == IncidentQuery(returned_to=USER)
    for key, where in (
        (home.OVERDUE_ACTIONS, "strategies"),
        (home.BLOCKED_ACTIONS, "strategies"),
        (home.NEW_SIGNALS, "situations"),
        (home.CONFLICTS, "sync"),
        (home.SYNC, "sync"),
    ):
        with qtbot.waitSignal(page.openPage) as opened:
            rows[key].button.setFocus()
            qtbot.keyClick(rows[key].button, Qt.Key.Key_Space)  # the keyboard's way
        assert opened.args == [where]


def test_every_control_is_named_and_reached_by_tab(qtbot, store):
    page = _page(qtbot, store)
    buttons = page.findChildren(QPushButton)
    assert len(buttons) == len(KEYS) + 1  # a Show per row, and Refresh
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert widget.accessibleName(), widget
    names = {b.accessibleName() for b in buttons}
    assert len(names) == len(buttons)  # each says what it shows
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)


def test_the_page_refreshes_after_a_change(qtbot, store):
    page = _page(qtbot, store)
    assert page.rows[home.MY_DRAFTS].count.text() == "0"
    with qtbot.waitSignal(page.ready, timeout=15_000):
        on_worker(qtbot, lambda: Incidents(store).add(incident_doc(status="draft")))
    assert page.rows[home.MY_DRAFTS].count.text() == "1"
    assert page.rows[home.MY_DRAFTS].text.text() == "My drafts to finish"

    # hidden, it waits; shown again, it reads the store once more
    page.hide()
    on_worker(qtbot, lambda: Incidents(store).add(incident_doc(status="draft")))
    qtbot.waitUntil(lambda: page.reload.due, timeout=15_000)
    assert page.rows[home.MY_DRAFTS].count.text() == "1"
    with qtbot.waitSignal(page.ready, timeout=15_000):
        page.show()
    assert page.rows[home.MY_DRAFTS].count.text() == "2"


def test_the_greeting_is_in_the_interface_language(qtbot, store):
    page = _page(qtbot, store, lang="fr")
    months = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ]  # fmt: skip
    assert months[TODAY.month - 1] in page.greeting.text()
    assert str(TODAY.year) in page.greeting.text()

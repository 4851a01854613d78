"""The Strategies section: every action of every situation's current strategy on one board,
its filters, summary and empty state, and the way from a row to its situation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.situations import Situations
from app.store import Store
from tests.ui.conftest import on_worker
from ui import main_window as mw
from ui.palette import BLOCKED, OVERDUE
from ui.qt import Qt
from ui.situations_page import SituationsPage
from ui.strategies_page import (
    ACTION,
    DUE,
    LEAD,
    LEVEL,
    OWNER,
    PILLAR,
    SITUATION,
    STATUS,
    StrategiesPage,
)

SLOW = 15_000  # ms
TODAY = date.today()


def _day(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def _fill(store: Store) -> dict[str, str]:
    """Two situations with strategies (five actions) and one without; their ids by name."""
    situations = Situations(store)
    rif = situations.add({"name": "Rif Dimashq", "country": "SYR", "status": "crisis"})
    kasai = situations.add({"name": "Kasaï", "country": "COD"})
    quiet = situations.add({"name": "Quiet valley", "country": "COD"})
    situations.save_strategy(
        rif,
        {
            "objectives": ["Protect civilians"],
            "actions": [
                {
                    "title": "On track",
                    "pillar": "development",
                    "level": "country",
                    "lead": "undp",
                    "due": _day(30),
                },
                {
                    "title": "Late démarche",
                    "pillar": "political",
                    "level": "global",
                    "lead": "rco",
                    "owner": "Amina",
                    "due": _day(-10),
                    "status": "under_way",
                },
                {
                    "title": "Access talks",
                    "pillar": "humanitarian",
                    "level": "country",
                    "lead": "ocha",
                    "status": "blocked",
                    "due": _day(5),
                },
            ],
        },
    )
    situations.save_strategy(
        kasai,
        {
            "objectives": ["Document"],
            "actions": [
                {
                    "title": "Monitoring mission",
                    "pillar": "human_rights",
                    "level": "regional",
                    "lead": "ohchr",
                    "due": _day(3),
                    "status": "planned",
                },
                {
                    "title": "Finished report",
                    "pillar": "human_rights",
                    "level": "country",
                    "lead": "ohchr",
                    "due": _day(-20),
                    "status": "done",
                },
            ],
        },
    )
    return {"rif": rif, "kasai": kasai, "quiet": quiet}


def _page(qtbot, store: Store) -> StrategiesPage:
    page = StrategiesPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=SLOW)
    return page


def _column(page: StrategiesPage, column: int) -> list[str]:
    return [page.table.item(r, column).text() for r in range(page.table.rowCount())]


def _pick(combo, code: str | None) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_every_action_is_listed_overdue_first_then_blocked_then_by_due_date(qtbot, store):
    _fill(store)
    page = _page(qtbot, store)
    assert page.table.columnCount() == 8
    assert [page.table.horizontalHeaderItem(c).text() for c in range(8)] == [
        "Situation",
        "Action",
        "Pillar",
        "Level",
        "Lead",
        "Owner",
        "Due",
        "Status",
    ]
    # a done action is never overdue: it takes its place by date among the others
    assert _column(page, ACTION) == [
        "Late démarche",
        "Access talks",
        "Finished report",
        "Monitoring mission",
        "On track",
    ]
    assert _column(page, SITUATION) == [
        "Rif Dimashq",
        "Rif Dimashq",
        "Kasaï",
        "Kasaï",
        "Rif Dimashq",
    ]
    assert [page.table.item(0, c).text() for c in (PILLAR, LEVEL, LEAD, OWNER, DUE)] == [
        "Political",
        "Global",
        "RCO",
        "Amina",
        _day(-10),
    ]
    assert page.table.item(3, LEVEL).text() == "Regional"
    assert page.table.item(3, LEAD).text() == "OHCHR"
    assert page.table.item(1, OWNER).text() == ""
    # the state is written out, not only coloured
    assert _column(page, STATUS) == ["Under way — overdue", "Blocked", "Done", "Planned", "Planned"]
    assert page.summary.text() == "5 action(s) in 2 situation(s); 1 overdue, 1 blocked"
    assert page.empty.isHidden() and not page.table.isHidden()


def test_overdue_and_blocked_rows_stand_out_across_every_cell(qtbot, store):
    _fill(store)
    page = _page(qtbot, store)
    for column in range(8):
        assert page.table.item(0, column).background().color() == OVERDUE
        assert page.table.item(1, column).background().color() == BLOCKED
        for row in (2, 3, 4):
            assert page.table.item(row, column).background().color() not in (OVERDUE, BLOCKED)


def test_a_blocked_action_past_its_date_is_shown_as_overdue(qtbot, store):
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR"})
    situations.save_strategy(
        sid,
        {
            "objectives": ["Protect civilians"],
            "actions": [
                {
                    "title": "Stuck",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": _day(-1),
                    "status": "blocked",
                }
            ],
        },
    )
    page = _page(qtbot, store)
    assert _column(page, STATUS) == ["Blocked — overdue"]
    assert page.table.item(0, ACTION).background().color() == OVERDUE
    assert page.summary.text() == "1 action(s) in 1 situation(s); 1 overdue, 1 blocked"


def test_the_filters_narrow_the_loaded_rows(qtbot, store):
    _fill(store)
    page = _page(qtbot, store)
    loaded = page.loaded

    _pick(page.pillar, "human_rights")
    assert _column(page, ACTION) == ["Finished report", "Monitoring mission"]
    assert page.summary.text() == "2 action(s) in 1 situation(s); 0 overdue, 0 blocked"
    _pick(page.status, "done")
    assert _column(page, ACTION) == ["Finished report"]
    _pick(page.pillar, None)
    _pick(page.status, "planned")
    assert _column(page, ACTION) == ["Monitoring mission", "On track"]
    _pick(page.status, "blocked")
    assert _column(page, ACTION) == ["Access talks"]
    _pick(page.status, None)

    page.late_only.setChecked(True)
    assert _column(page, ACTION) == ["Late démarche", "Access talks"]
    assert page.summary.text() == "2 action(s) in 1 situation(s); 1 overdue, 1 blocked"
    _pick(page.pillar, "humanitarian")
    assert _column(page, ACTION) == ["Access talks"]
    _pick(page.pillar, "development")
    assert page.table.rowCount() == 0
    assert page.summary.text() == "0 action(s) in 0 situation(s); 0 overdue, 0 blocked"
    assert page.empty.isHidden()  # there are strategies; the filters hide them all
    page.late_only.setChecked(False)
    _pick(page.pillar, None)
    assert page.table.rowCount() == 5
    assert page.loaded is loaded  # filtered in place, not loaded again


def test_the_filters_offer_the_vocabularies(qtbot, store):
    page = _page(qtbot, store)
    assert [page.pillar.itemText(i) for i in range(page.pillar.count())] == [
        "All pillars",
        "Political",
        "Human rights",
        "Humanitarian",
        "Development",
    ]
    assert [page.status.itemText(i) for i in range(page.status.count())] == [
        "All statuses",
        "Planned",
        "Under way",
        "Done",
        "Blocked",
    ]
    assert page.late_only.text() == "Only overdue or blocked"


def test_without_any_strategy_the_page_says_where_to_add_one(qtbot, store):
    Situations(store).add({"name": "Quiet valley", "country": "COD"})
    page = _page(qtbot, store)
    assert page.loaded == []
    assert not page.empty.isHidden() and page.table.isHidden()
    assert page.empty.text() == ("No situation has a strategy yet. Add one under Situations.")
    assert page.summary.text() == ""


def test_refresh_picks_up_a_new_strategy_and_keeps_the_filters(qtbot, store):
    page = _page(qtbot, store)
    assert not page.empty.isHidden()
    ids = _fill(store)
    page.late_only.setChecked(True)
    with qtbot.waitSignal(page.ready, timeout=SLOW):
        page.refresh()
    assert page.empty.isHidden()
    assert _column(page, ACTION) == ["Late démarche", "Access talks"]
    Situations(store).save_strategy(
        ids["quiet"],
        {
            "objectives": ["Watch"],
            "actions": [
                {
                    "title": "Quiet démarche",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": _day(-2),
                }
            ],
        },
    )
    with qtbot.waitSignal(page.ready, timeout=SLOW):
        page.refresh()
    assert _column(page, ACTION) == ["Late démarche", "Quiet démarche", "Access talks"]
    assert page.summary.text() == "3 action(s) in 2 situation(s); 2 overdue, 1 blocked"


def _double_click(qtbot, table, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    # a real double-click is press, release, double-click; the view checks the pressed row
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_or_enter_asks_for_the_rows_situation(qtbot, store):
    ids = _fill(store)
    page = _page(qtbot, store)
    table = page.table
    for row, name in ((3, "kasai"), (0, "rif")):
        with qtbot.waitSignal(page.open_situation, timeout=SLOW) as opened:
            _double_click(qtbot, table, row, ACTION)
        assert opened.args == [ids[name]]
    # under a filter, the row shown is the one opened
    _pick(page.pillar, "human_rights")
    with qtbot.waitSignal(page.open_situation, timeout=SLOW) as opened:
        _double_click(qtbot, table, 1, SITUATION)
    assert opened.args == [ids["kasai"]]
    _pick(page.pillar, "development")
    table.setFocus()
    table.setCurrentCell(0, ACTION)
    with qtbot.waitSignal(page.open_situation, timeout=SLOW) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [ids["rif"]]


@pytest.fixture
def window(qtbot, store_dir, passphrase, open_window):
    """A real main window on a store with strategies."""
    with Store.open(store_dir, passphrase) as store:
        ids = _fill(store)
    made = open_window()
    made.ids = ids
    return made


def test_the_strategies_section_shows_the_board_and_opens_a_situation(qtbot, window):
    nav = window.navigation
    assert nav.item(mw.STRATEGIES).text() == "Strategies"
    assert nav.item(mw.STRATEGIES).flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.view_actions[mw.STRATEGIES].isEnabled()
    page = window.strategies_page
    assert isinstance(page, StrategiesPage)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=SLOW)
    # a situation renamed elsewhere: the hidden board is due, and showing it reloads it
    on_worker(
        qtbot, lambda: Situations(window.store).edit(window.ids["quiet"], {"name": "Quiet hills"})
    )
    qtbot.waitUntil(lambda: page.reload.due, timeout=SLOW)
    with qtbot.waitSignal(page.ready, timeout=SLOW):
        window.show_section(mw.STRATEGIES)
    assert not page.reload.due
    assert window.pages.currentWidget() is page
    assert page.table.rowCount() == 5

    situations = window.situations_page
    assert isinstance(situations, SituationsPage)
    qtbot.waitUntil(lambda: situations.list.count() == 3, timeout=SLOW)
    qtbot.waitUntil(lambda: situations.loaded is not None, timeout=SLOW)
    rif = window.ids["rif"]
    assert situations.current == window.ids["kasai"]  # the list opens on its first, by name
    page.open_situation.emit(rif)
    assert window.pages.currentIndex() == mw.SITUATIONS
    assert nav.currentRow() == mw.SITUATIONS
    assert situations.current == rif
    assert situations.list.currentItem().text().startswith("Rif Dimashq")
    qtbot.waitUntil(lambda: situations.loaded["situation"]["id"] == rif, timeout=SLOW)
    assert "Rif Dimashq" in situations.title.text()


def test_the_situations_page_selects_a_situation_added_since_it_loaded(qtbot, store):
    situations = Situations(store)
    first = situations.add({"name": "Kasaï", "country": "COD"})
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=SLOW)
    assert page.current == first and page.list.count() == 1
    later = situations.add({"name": "Rif Dimashq", "country": "SYR"})
    page.select_situation(later)
    qtbot.waitUntil(lambda: page.loaded["situation"]["id"] == later, timeout=SLOW)
    assert page.list.count() == 2
    assert page.list.currentItem().text().startswith("Rif Dimashq")

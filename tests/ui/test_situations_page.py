"""The Situations section in a real (offscreen) window: heat map, signals, strategy."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from synchelp import incident as incident_doc  # noqa: E402

from app.incidents import Incidents  # noqa: E402
from app.situations import Situations  # noqa: E402
from app.vocab import vocabularies  # noqa: E402
from ui.situations_page import BLOCKED, LEVEL_COLOURS, OVERDUE, SituationsPage  # noqa: E402


def test_a_situation_shows_its_heat_map_signals_and_strategy(qtbot, store):
    codes = [t.code for t in vocabularies().terms("risk-factor")]
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR", "status": "crisis"})
    situations.assess(sid, {"assessed_on": "2026-07-01", "factors": [
        {"factor": codes[0], "level": "moderate"}]})
    situations.assess(sid, {"assessed_on": "2026-10-01", "factors": [
        {"factor": codes[0], "level": "severe"}, {"factor": codes[10], "level": "high"}]})
    today = date.today()
    situations.save_strategy(sid, {"objectives": ["Protect civilians"], "actions": [
        {"title": "Late démarche", "pillar": "political", "level": "country", "lead": "rco",
         "due": (today - timedelta(days=10)).isoformat(), "status": "planned"},
        {"title": "Access talks", "pillar": "humanitarian", "level": "country",
         "lead": "ocha", "status": "blocked"},
        {"title": "On track", "pillar": "development", "level": "country", "lead": "undp",
         "due": (today + timedelta(days=30)).isoformat()}]})
    days = [today - timedelta(days=7 * (15 - w) + 2) for w in range(16)]
    Incidents(store).add_many([
        incident_doc(occurred_from=d.isoformat(), date_reported=d.isoformat(),
                     violations=[{"type": "killing"}])
        for w, d in enumerate(days) for _ in range(5 if w >= 12 else 1)])

    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    assert page.list.count() == 1 and "Rif Dimashq" in page.title.text()

    heat = page.heat
    # a column naming the factors, then one per assessment date; 14 factors and overall
    assert heat.columnCount() == 3 and heat.rowCount() == 15
    assert heat.horizontalHeaderItem(2).text() == "2026-10-01"
    assert heat.item(0, 0).text().startswith("1. Situations of armed conflict")
    severe = heat.item(0, 2)
    assert severe.data(256) == "severe" and severe.text() == "Severe"
    assert severe.background().color().name() == LEVEL_COLOURS["severe"][0]
    assert heat.item(0, 1).data(256) == "moderate"
    assert heat.item(10, 1).text() == "" and heat.item(10, 2).data(256) == "high"
    assert heat.item(14, 2).data(256) == "severe"  # overall

    assert "⚠" in page.tabs.tabText(1)  # a four- to fivefold rise is flagged
    assert "Killing" in page.signals.text()

    actions = page.actions
    assert actions.rowCount() == 3
    assert "overdue" in actions.item(0, 6).text()
    assert actions.item(0, 0).background().color() == OVERDUE
    assert actions.item(1, 0).background().color() == BLOCKED
    assert actions.item(2, 0).background().color() not in (OVERDUE, BLOCKED)

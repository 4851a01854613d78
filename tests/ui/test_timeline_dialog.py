"""The timeline window, opened from the Situations page: the events drawn on one axis, the
intervals in a table, the after-action draft, and Save JSON / Save PDF."""

from __future__ import annotations

import json

from app.incidents import Incidents
from app.situations import Situations
from tests.app.test_situations import factors, situation
from tests.app.test_timeline import engagement, incident_on
from ui.qt import QImage, Qt
from ui.report.style import TIMELINE_COLOURS
from ui.situations_page import SituationsPage
from ui.timeline_dialog import TimelineDialog


def test_the_dialog_shows_the_events_intervals_and_draft(qtbot, store, tmp_path):
    situations = Situations(store)
    Incidents(store).add(incident_on("2026-03-10", "reasonable_grounds"))
    sid = situations.add(situation())
    situations.assess(sid, {"assessed_on": "2026-03-05", "factors": factors(f1="high")})
    situations.add_engagement(sid, engagement("2026-03-12", "country_team"))
    situations.add_engagement(sid, engagement("2026-04-30", "security_council"))

    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    qtbot.mouseClick(page.timeline_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, TimelineDialog)
    qtbot.waitUntil(lambda: dialog.timeline is not None, timeout=10_000)

    # the figure holds every event, escalation included
    kinds = [e["kind"] for e in dialog.view.figure.timeline["events"]]
    assert kinds.count("escalation") == 1 and "risk" in kinds and "engagement" in kinds
    image = QImage(dialog.view.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    dialog.view.render(image)
    painted = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    # the escalation's red triangle, the engagement's square, the risk factor's dot
    colours = TIMELINE_COLOURS
    assert {colours["escalation"], colours["engagement"], colours["risk"]} <= painted

    # the intervals: 5 March -> 12 March and -> 30 April through the Security Council
    table = dialog.intervals
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["the first engagement"] == "7"
    assert rows["the first engagement through Security Council"] == "56"
    assert rows["the first strategy action"].startswith("open:")
    assert "To the first engagement: 7 days, on 2026-03-12" in dialog.draft.toPlainText()

    # Save JSON and Save PDF, to the paths a file dialog would give
    out = tmp_path / "tl"
    dialog.ask_path = lambda kind: str(out) + ("-x" if kind == "pdf" else "")
    dialog.json_button.click()
    saved = json.loads((tmp_path / "tl.json").read_text(encoding="utf-8"))
    assert saved["situation"]["id"] == sid and saved["draft"]
    dialog.pdf_button.click()
    assert (tmp_path / "tl-x.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved to" in dialog.status.text()
    dialog.close()

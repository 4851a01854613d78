"""The Reports section's briefing pack in a real (offscreen) window: situations and countries
ticked, the analyst's asks, a template, an audience; saved as a PDF whose text pdftotext reads,
cleared for its audience, and its export in the audit log. A bad request is said under the
form and writes nothing."""

from __future__ import annotations

from functools import partial

from sqlalchemy import select

from app.models import AuditEntry
from tests.app.test_briefing import KIVU, SOURCE_NAME, seed_world
from tests.app.test_review_meeting import WITHHELD
from tests.ui.conftest import on_worker
from tests.ui.test_review_pack_pdf import text_of
from ui.qt import QDate, Qt
from ui.reports_page import ReportsPage

SLOW = 30_000


def _page(qtbot, store) -> ReportsPage:
    page = ReportsPage(store)
    qtbot.addWidget(page)
    page.show()
    page.kinds.setCurrentWidget(page.briefing)
    panel = page.briefing
    panel.date_from.setDate(QDate(2026, 10, 1))
    panel.date_to.setDate(QDate(2026, 12, 31))
    return page


def _tick(box, label: str) -> None:
    for i in range(box.count()):
        if box.item(i).text() == label:
            box.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(
        f"{label} is not offered: {[box.item(i).text() for i in range(box.count())]}"
    )


def test_a_briefing_for_the_un_is_saved_cleared_and_logged(qtbot, store, tmp_path):
    ids = on_worker(qtbot, lambda: seed_world(store))
    page = _page(qtbot, store)
    panel = page.briefing
    qtbot.waitUntil(lambda: panel.situations.count() == 3 and panel.countries.count() == 2)
    _tick(panel.situations, KIVU)
    _tick(panel.countries, "Congo, The Democratic Republic of the")
    panel.audience.setCurrentIndex(panel.audience.findData("un"))
    panel.template.setCurrentIndex(panel.template.findData("dsg"))
    panel.asks.setPlainText(f"Member States are asked to fund access for {WITHHELD}.")
    out = tmp_path / "briefing.pdf"
    with qtbot.waitSignal(panel.exported, timeout=SLOW):
        panel.make(partial(panel.save_to, str(out)))
    assert [s["situation"]["id"] for s in panel.briefing.pack["situations"]] == [ids["kivu"]]
    text = text_of(out)
    assert KIVU in text and "fund access for" in text
    assert "CONFIDENTIAL — UNITED NATIONS USE ONLY" in text
    assert panel.briefing.sha256() in text
    for word in (*WITHHELD.split(), *SOURCE_NAME.split()):
        assert word not in text, word
    assert not list(tmp_path.glob(".*.part"))

    def logged():
        with store.session() as session:
            return [
                e.detail
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
                if e.action == "briefing.export"
            ]

    [entry] = on_worker(qtbot, logged)
    assert entry["sha256"] == panel.briefing.sha256() and entry["audience"] == "un"
    assert entry["situations"] == [ids["kivu"]] and entry["countries"] == ["COD"]


def test_a_bad_request_is_said_and_nothing_is_written(qtbot, store, tmp_path):
    page = _page(qtbot, store)
    panel = page.briefing
    out = tmp_path / "briefing.pdf"
    panel.date_to.setDate(QDate(2026, 9, 1))  # before From
    panel.make(partial(panel.save_to, str(out)))
    assert panel.status.text().startswith("to:") and panel.save_button.isEnabled()
    panel.date_to.setDate(QDate(2026, 12, 31))
    panel.asks.setPlainText("x" * 20_000)  # longer than an ask may be
    panel.make(partial(panel.save_to, str(out)))
    assert panel.status.text().startswith("asks:"), panel.status.text()
    assert not out.exists()

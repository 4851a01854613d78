"""Humanitarian series beside the violations in the window (offscreen): the situation's
dashboard charts the series of its places and says what rose; the assessment dialog cites a
series for a risk factor."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from app.humanitarian import Humanitarian
from app.situations import Situations
from app.vocab import vocabularies
from ui.qt import HAVE_CHARTS, Qt
from ui.situations_page import SituationsPage


def _dataset(store, tmp_path: Path) -> str:
    """Weekly IDPs in Aleppo (SY02) over the dashboard's last 16 weeks, tripling in the last 4."""
    end = date.today()
    rows = [["Week", "P-code", "IDPs"], ["#date", "#adm1+code", "#affected+idps"]]
    for i in range(16):
        year, week, _ = (end - timedelta(weeks=15 - i)).isocalendar()
        rows.append([f"{year}-W{week:02d}", "SY02", "3000" if i >= 12 else "1000"])
    path = tmp_path / "idps.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    doc = Humanitarian(store).import_file(path, name="CCCM", source="CCCM", licence="CC BY")
    return doc["id"]


def _page(qtbot, store) -> SituationsPage:
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def test_the_dashboard_shows_the_series_of_the_situations_places(qtbot, store, tmp_path):
    dataset = _dataset(store, tmp_path)
    Situations(store).add({"name": "North", "country": "SYR", "regions": ["Aleppo"]})
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.chart_data is not None, timeout=10_000)
    found = page.chart_data["humanitarian"]
    [series] = found["series"]
    assert (series["dataset"], series["place"]) == (dataset, "SY02")
    assert series["values"][-1] == 3000.0 and series["values"][-8] == 1000.0
    assert "#affected+idps in SY02: 3.0× the 12 weeks before" in page.aid_notes.text()
    if HAVE_CHARTS:
        [bars] = page.aid_chart.chart().series()[0].barSets()
        assert bars.label() == "#affected+idps in SY02 (CCCM)" and bars.at(25) == 3000.0


def test_a_situation_without_series_says_so(qtbot, store):
    Situations(store).add({"name": "South", "country": "SYR", "regions": ["Daraa"]})
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.chart_data is not None, timeout=10_000)
    assert "No humanitarian series" in page.aid_notes.text()


def test_the_assessment_dialog_cites_a_series_for_a_factor(qtbot, store, tmp_path):
    dataset = _dataset(store, tmp_path)
    codes = [t.code for t in vocabularies().terms("risk-factor")]
    situations = Situations(store)
    sid = situations.add({"name": "North", "country": "SYR", "regions": ["Aleppo"]})
    page = _page(qtbot, store)
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.series_list.count() == 1, timeout=10_000)
    dialog.evidence_factor.setCurrentIndex(1)  # the second factor
    level = dialog.levels[codes[1]]
    level.setCurrentIndex(level.findData("high"))
    dialog.series_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.evidence_factor.setCurrentIndex(0)  # another factor: not cited there
    assert dialog.series_list.item(0).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [factor] = situations.assessments(sid)[-1]["factors"]
    assert factor["factor"] == codes[1]
    assert factor["series"] == [{"dataset": dataset, "place": "SY02", "measure": "#affected+idps"}]
    # the next assessment starts from it: the citation is carried, and shown checked
    qtbot.waitUntil(lambda: len(page.loaded["assessments"]) == 1, timeout=10_000)
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    again = page.dialog
    qtbot.waitUntil(lambda: again.series_list.count() == 1, timeout=10_000)
    again.evidence_factor.setCurrentIndex(1)
    assert again.series_list.item(0).checkState() == Qt.CheckState.Checked
    again.reject()

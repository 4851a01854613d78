"""The Situations section in a real (offscreen) window: heat map, signals, strategy."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from synchelp import incident as incident_doc

from app.incidents import Incidents
from app.situations import Situations
from app.vocab import vocabularies
from ui.palette import BLOCKED, LEVEL_COLOURS, OVERDUE
from ui.qt import Qt
from ui.situations_page import SituationsPage


def test_a_situation_shows_its_heat_map_signals_and_strategy(qtbot, store):
    codes = [t.code for t in vocabularies().terms("risk-factor")]
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR", "status": "crisis"})
    situations.assess(
        sid, {"assessed_on": "2026-07-01", "factors": [{"factor": codes[0], "level": "moderate"}]}
    )
    situations.assess(
        sid,
        {
            "assessed_on": "2026-10-01",
            "factors": [
                {"factor": codes[0], "level": "severe"},
                {"factor": codes[10], "level": "high"},
            ],
        },
    )
    today = date.today()
    situations.save_strategy(
        sid,
        {
            "objectives": ["Protect civilians"],
            "actions": [
                {
                    "title": "Late démarche",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": (today - timedelta(days=10)).isoformat(),
                    "status": "planned",
                },
                {
                    "title": "Access talks",
                    "pillar": "humanitarian",
                    "level": "country",
                    "lead": "ocha",
                    "status": "blocked",
                },
                {
                    "title": "On track",
                    "pillar": "development",
                    "level": "country",
                    "lead": "undp",
                    "due": (today + timedelta(days=30)).isoformat(),
                },
            ],
        },
    )
    days = [today - timedelta(days=7 * (15 - w) + 2) for w in range(16)]
    Incidents(store).add_many(
        [
            incident_doc(
                occurred_from=d.isoformat(),
                date_reported=d.isoformat(),
                violations=[{"type": "killing"}],
            )
            for w, d in enumerate(days)
            for _ in range(5 if w >= 12 else 1)
        ]
    )

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


def _page(qtbot, store) -> SituationsPage:
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def test_a_new_assessment_is_made_in_the_dialog_from_the_last_one(qtbot, store):
    codes = [t.code for t in vocabularies().terms("risk-factor")]
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR"})
    situations.assess(
        sid,
        {
            "assessed_on": "2026-07-01",
            "factors": [{"factor": codes[0], "level": "moderate", "rationale": "clashes"}],
        },
    )
    page = _page(qtbot, store)
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible()
    first = dialog.levels[codes[0]]
    assert first.currentData() == "moderate"  # prefilled from the last assessment
    assert dialog.rationales[codes[0]].toPlainText() == "clashes"
    first.setCurrentIndex(first.findData("high"))
    eleventh = dialog.levels[codes[10]]
    eleventh.setCurrentIndex(eleventh.findData("severe"))
    dialog.rationales[codes[10]].setPlainText("mass arrests")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.heat.columnCount() == 3, timeout=10_000)
    latest = situations.assessments(sid)[-1]
    assert {f["factor"]: f["level"] for f in latest["factors"]} == {
        codes[0]: "high",
        codes[10]: "severe",
    }
    assert latest["factors"][0]["trend"] == "worsening"
    assert page.heat.item(10, 2).data(256) == "severe"

    # a refused save keeps the dialog open and names the problem
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    for box in dialog.levels.values():
        box.setCurrentIndex(0)  # nothing assessed
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "factors" in dialog.problem.text(), timeout=10_000)
    assert dialog.isVisible()
    dialog.reject()


def test_a_strategy_action_is_edited_and_added_in_the_dialog(qtbot, store):
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR"})
    situations.save_strategy(
        sid,
        {
            "objectives": ["Protect civilians"],
            "actions": [
                {
                    "title": "Late démarche",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": "2026-01-10",
                    "status": "planned",
                }
            ],
        },
    )
    page = _page(qtbot, store)
    assert page.actions.item(0, 0).background().color() == OVERDUE
    page.edit_action(0)
    dialog = page.dialog
    assert dialog.title.text() == "Late démarche" and dialog.lead.currentData() == "rco"
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.loaded["strategy"]["version"] == 2, timeout=10_000)
    assert page.actions.item(0, 0).background().color() != OVERDUE

    qtbot.mouseClick(page.add_action_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.title.setText("Negotiate access")
    dialog.pillar.setCurrentIndex(dialog.pillar.findData("humanitarian"))
    dialog.lead.setCurrentIndex(dialog.lead.findData("ocha"))
    dialog.status.setCurrentIndex(dialog.status.findData("blocked"))
    dialog.indicators.setPlainText("convoy reaches the camp\n\nweekly access")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.actions.rowCount() == 2, timeout=10_000)
    strategy = situations.strategy(sid)
    assert strategy["version"] == 3
    assert strategy["actions"][0]["status"] == "done"
    added = strategy["actions"][1]
    assert added["lead"] == "ocha" and added["due"] is None
    assert added["indicators"] == ["convoy reaches the camp", "weekly access"]
    assert page.actions.item(1, 0).background().color() == BLOCKED

    # an empty title is refused, named, and nothing is saved
    page.edit_action(1)
    dialog = page.dialog
    dialog.title.setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "title" in dialog.problem.text(), timeout=10_000)
    assert situations.strategy(sid)["version"] == 3
    dialog.reject()


def test_the_quarterly_review_screen_lists_an_overdue_action(qtbot, store):
    from ui.review_dialog import ReviewDialog, quarters

    assert quarters(date(2026, 11, 20), 3) == ["2026Q4", "2026Q3", "2026Q2"]
    assert quarters(date(2026, 2, 1), 2) == ["2026Q1", "2025Q4"]
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR", "status": "concern"})
    yesterday = date.today() - timedelta(days=1)
    situations.save_strategy(
        sid,
        {
            "objectives": [],
            "actions": [
                {
                    "title": "Démarche on arrests",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "due": yesterday.isoformat(),
                },
                {
                    "title": "Done already",
                    "pillar": "political",
                    "level": "global",
                    "lead": "dppa",
                    "due": yesterday.isoformat(),
                    "status": "done",
                },
            ],
        },
    )
    page = _page(qtbot, store)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=10_000)
    text = dialog.view.toPlainText()
    assert "Rif Dimashq" in text
    assert "Overdue: Démarche on arrests" in text and "RCO" in text
    assert "Done already" not in text
    dialog.close()


def test_a_situation_is_created_and_edited_in_the_dialog(qtbot, store):
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "No situation" in page.title.text(), timeout=10_000)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # nothing filled in
    qtbot.waitUntil(lambda: "name" in dialog.problem.text(), timeout=10_000)
    dialog.name.setText("Aleppo detention")
    dialog.country.set_code("SYR")
    dialog.regions.setText("Halab")
    dialog.status.setCurrentIndex(dialog.status.findData("concern"))
    for row in range(dialog.violations.rowCount()):
        item = dialog.violations.item(row, 0)
        if item.data(256) == "arbitrary_detention":
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    [row] = Situations(store).list()
    doc = Situations(store).get(row["id"])
    assert doc["name"] == "Aleppo detention"
    assert doc["regions"] == ["Aleppo"] and doc["violations"] == ["arbitrary_detention"]
    assert "Aleppo detention" in page.title.text()

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.name.text() == "Aleppo detention"
    dialog.status.setCurrentIndex(dialog.status.findData("crisis"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.loaded["situation"]["status"] == "crisis", timeout=10_000)
    assert Situations(store).get(row["id"])["revision"] == 2


def test_the_dashboard_charts_acts_by_week_and_region_within_the_confidentiality_filter(
    qtbot, store
):
    situations = Situations(store)
    situations.add({"name": "Syria", "country": "SYR"})
    day = (date.today() - timedelta(days=3)).isoformat()
    Incidents(store).add_many(
        [
            incident_doc(
                occurred_from=day,
                date_reported=day,
                confidentiality="un",
                violations=[{"type": "killing"}, {"type": "torture"}],
            ),
            incident_doc(
                occurred_from=day,
                date_reported=day,
                confidentiality="internal",
                location={"country": "SYR", "admin1": "Halab"},
                violations=[{"type": "killing"}],
            ),
        ]
    )
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.chart_data is not None, timeout=10_000)
    data = page.chart_data
    assert data["by_type"]["killing"][-1] == 2 and data["by_type"]["torture"][-1] == 1
    assert data["by_region"] == {"Rural Damascus": 2, "Aleppo": 1}
    series = page.time_chart.chart().series()[0]
    assert sorted(s.label() for s in series.barSets()) == ["Killing", "Torture"]
    assert page.region_chart.chart().series()[0].barSets()[0].at(0) == 2.0

    page.chart_data = None
    page.chart_filter.setCurrentIndex(page.chart_filter.findData("internal"))
    qtbot.waitUntil(lambda: page.chart_data is not None, timeout=10_000)
    assert page.chart_data["by_region"] == {"Aleppo": 1}
    assert page.chart_data["by_type"] == {"killing": [0] * 25 + [1]}


def test_the_assessment_dialog_explains_factors_takes_trends_and_keeps_evidence(qtbot, store):
    terms = vocabularies().terms("risk-factor")
    codes = [t.code for t in terms]
    situations = Situations(store)
    sid = situations.add({"name": "North", "country": "SYR"})
    incident = Incidents(store).add(incident_doc())
    situations.assess(
        sid,
        {
            "assessed_on": "2026-07-01",
            "factors": [
                {"factor": codes[0], "level": "moderate", "rationale": "x", "evidence": [incident]}
            ],
        },
    )
    page = _page(qtbot, store)
    qtbot.mouseClick(page.assess_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    tip = dialog.table.item(0, 0).toolTip()
    first_indicator = terms[0].attrs["indicators"][0]
    assert first_indicator["code"] in tip and first_indicator["labels"]["en"] in tip
    assert terms[0].description("en") in tip
    for code in (codes[0], codes[4]):
        assert dialog.levels[code].accessibleName() and dialog.trends[code].accessibleName()
    dialog.rationales[codes[0]].setPlainText("clashes near the border\nand displacement")
    dialog.trends[codes[0]].setCurrentIndex(dialog.trends[codes[0]].findData("stable"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.heat.columnCount() == 3, timeout=10_000)  # reloaded
    latest = situations.assessments(sid)[-1]
    factor = latest["factors"][0]
    assert factor["trend"] == "stable"  # as chosen, not worked out
    assert factor["rationale"] == "clashes near the border\nand displacement"
    assert factor["evidence"] == [incident]  # kept from the last assessment


def test_an_action_takes_its_objective_partners_and_risk_factors(qtbot, store):
    situations = Situations(store)
    sid = situations.add({"name": "North", "country": "SYR"})
    factors = [t.code for t in vocabularies().terms("risk-factor")]
    situations.save_strategy(
        sid,
        {
            "objectives": ["Protect civilians", "Prevent displacement"],
            "actions": [
                {
                    "title": "Joint visit",
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                    "objective": 0,
                    "partners": ["ocha"],
                    "risk_factors": [factors[0]],
                }
            ],
        },
    )
    page = _page(qtbot, store)
    page.edit_action(0)
    dialog = page.dialog
    assert dialog.objective.currentData() == 0
    checked = {
        dialog.partners.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.partners.count())
        if dialog.partners.item(i).checkState() == Qt.CheckState.Checked
    }
    assert checked == {"ocha"}  # what the action had, shown
    assert dialog.risk_factors.item(0).toolTip()  # the factor explained
    dialog.objective.setCurrentIndex(dialog.objective.findData(1))
    for i in range(dialog.partners.count()):
        if dialog.partners.item(i).data(Qt.ItemDataRole.UserRole) == "unicef":
            dialog.partners.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.risk_factors.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.risk_factors.item(7).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.loaded["strategy"]["version"] == 2, timeout=10_000)
    action = situations.strategy(sid)["actions"][0]
    assert action["objective"] == 1
    assert set(action["partners"]) == {"ocha", "unicef"}
    assert action["risk_factors"] == [factors[7]]

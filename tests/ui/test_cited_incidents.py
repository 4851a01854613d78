"""Citing incidents in the Situations dialogs (an assessment's evidence, the incidents an
action addresses) and editing a strategy's objectives, on a real store, offscreen."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from synchelp import incident as incident_doc

from app.incidents import Incidents
from app.situations import Situations
from app.vocab import vocabularies
from tests.ui.conftest import on_worker
from ui.incident_picker import INCIDENT_ID
from ui.qt import QDialogButtonBox, Qt
from ui.situation_dialogs import ActionDialog, AssessmentDialog, ObjectivesDialog
from ui.situations_page import SituationsPage

FIRST = vocabularies().terms("risk-factor")[0].code


def _incidents(store) -> dict[str, str]:
    """Three incidents in Syria, one outside the situation's period."""
    ids = Incidents(store).add_many(
        [
            incident_doc(title="Shelling of the central market"),
            incident_doc(title="Arrests at the checkpoint", occurred_from="2026-10-10"),
            incident_doc(title="Shelling of a school", occurred_from="2025-01-05"),
        ]
    )
    return dict(zip(("market", "arrests", "school"), ids, strict=True))


def _situation(store) -> str:
    return Situations(store).add(
        {"name": "Rif Dimashq", "country": "SYR", "date_from": "2026-01-01"}
    )


def _pick(qtbot, cited, words: str, titles: list[str]) -> None:
    """Open the picker of `cited`, search `words`, tick the incidents titled so, add them."""
    qtbot.mouseClick(cited.add_button, Qt.MouseButton.LeftButton)
    picker = cited.picker
    assert picker is not None and picker.isVisible()
    picker.search_box.setText(words)
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        picker.search()
    found = [picker.results.item(i) for i in range(picker.results.count())]
    for item in found:
        if any(item.text().startswith(t) for t in titles):
            item.setCheckState(Qt.CheckState.Checked)
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _save(qtbot, dialog) -> object:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return saved.args[0]


def _lines(widget) -> list[str]:
    return [widget.list.item(i).text() for i in range(widget.list.count())]


def test_evidence_is_picked_by_searching_saved_and_shown_again(qtbot, store):
    ids = _incidents(store)
    sid = _situation(store)
    dialog = AssessmentDialog(store, sid, None)
    qtbot.addWidget(dialog)
    dialog.show()
    level = dialog.levels[FIRST]
    level.setCurrentIndex(level.findData("high"))
    assert dialog.evidence_factor.currentData() == FIRST
    _pick(qtbot, dialog.cited, "shelling", ["Shelling of the central", "Shelling of a school"])
    # the school lies outside the situation's period: not found, so not picked
    assert dialog.cited.ids == [ids["market"]]
    assert "Shelling of the central market" in _lines(dialog.cited)[0]
    assert "(1 incident" in dialog.evidence_factor.currentText()
    # widening the search past the situation finds the school too; the market is there,
    # already chosen, and cannot be ticked twice
    qtbot.mouseClick(dialog.cited.add_button, Qt.MouseButton.LeftButton)
    picker = dialog.cited.picker
    picker.search_box.setText("shelling")
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        picker.search()
    shown = {
        picker.results.item(i).text(): picker.results.item(i) for i in range(picker.results.count())
    }
    market = next(item for t, item in shown.items() if t.startswith("Shelling of the central"))
    assert market.text().endswith("(already chosen)")
    assert not market.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not any(t.startswith("Shelling of a school") for t in shown)  # outside the period
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        picker.in_scope.setChecked(False)
    titles = [picker.results.item(i).text() for i in range(picker.results.count())]
    school = next(i for i, t in enumerate(titles) if t.startswith("Shelling of a school"))
    picker.results.item(school).setCheckState(Qt.CheckState.Checked)
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.cited.ids == [ids["market"], ids["school"]]
    saved = _save(qtbot, dialog)
    assert saved["factors"][0]["evidence"] == [ids["market"], ids["school"]]

    latest = on_worker(qtbot, lambda: Situations(store).assessments(sid))[-1]
    assert latest["factors"][0]["evidence"] == [ids["market"], ids["school"]]
    again = AssessmentDialog(store, sid, latest)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.cited.labelled, timeout=10_000):
        again.show()
    assert "Shelling of the central market" in _lines(again.cited)[0]
    assert _lines(again.cited)[1].startswith("Shelling of a school — 2025-01-05")
    # another factor has its own evidence: none
    again.evidence_factor.setCurrentIndex(1)
    assert again.cited.ids == [] and again.cited.list.count() == 0


def test_evidence_of_an_incident_not_on_this_device_is_kept_and_says_so(qtbot, store):
    ids = _incidents(store)
    sid = _situation(store)
    Situations(store).assess(
        sid,
        {
            "assessed_on": "2026-10-20",
            "factors": [{"factor": FIRST, "level": "high", "evidence": [ids["arrests"]]}],
        },
    )
    Incidents(store).delete(ids["arrests"])
    latest = Situations(store).assessments(sid)[-1]
    dialog = AssessmentDialog(store, sid, latest)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.cited.labelled, timeout=10_000):
        dialog.show()
    assert _lines(dialog.cited) == [f"(not on this device) {ids['arrests']}"]
    saved = _save(qtbot, dialog)
    assert saved["factors"][0]["evidence"] == [ids["arrests"]]


def test_evidence_is_removed_from_the_list(qtbot, store):
    ids = _incidents(store)
    sid = _situation(store)
    dialog = AssessmentDialog(store, sid, None)
    qtbot.addWidget(dialog)
    dialog.show()
    level = dialog.levels[FIRST]
    level.setCurrentIndex(level.findData("low"))
    _pick(qtbot, dialog.cited, "", ["Shelling of the central", "Arrests"])
    assert sorted(dialog.cited.ids) == sorted([ids["market"], ids["arrests"]])
    dialog.cited.list.item(0).setSelected(True)
    first = dialog.cited.list.item(0).data(INCIDENT_ID)
    qtbot.mouseClick(dialog.cited.remove_button, Qt.MouseButton.LeftButton)
    assert first not in dialog.cited.ids and len(dialog.cited.ids) == 1
    assert dialog.document()["factors"][0]["evidence"] == dialog.cited.ids


def test_an_action_names_the_incidents_it_addresses(qtbot, store):
    ids = _incidents(store)
    sid = _situation(store)
    dialog = ActionDialog(store, sid, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Démarche on arrests")
    _pick(qtbot, dialog.incidents, "arrests", ["Arrests"])
    saved = _save(qtbot, dialog)
    assert saved["actions"][0]["incidents"] == [ids["arrests"]]
    strategy = on_worker(qtbot, lambda: Situations(store).strategy(sid))
    assert strategy["actions"][0]["incidents"] == [ids["arrests"]]
    again = ActionDialog(store, sid, strategy, 0)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.incidents.labelled, timeout=10_000):
        again.show()
    assert "Arrests at the checkpoint" in _lines(again.incidents)[0]


def _strategy(store, sid: str) -> None:
    Situations(store).save_strategy(
        sid,
        {
            "objectives": ["Protect civilans", "Keep access"],
            "actions": [
                {
                    "title": "Démarche to the governor",
                    "objective": 0,
                    "pillar": "political",
                    "level": "country",
                    "lead": "rco",
                },
                {
                    "title": "Negotiate access",
                    "objective": 1,
                    "pillar": "humanitarian",
                    "level": "country",
                    "lead": "ocha",
                },
            ],
        },
    )


def _page(qtbot, store) -> SituationsPage:
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10_000)
    return page


def test_an_objective_is_edited_in_the_window_and_persists(qtbot, store):
    sid = _situation(store)
    _strategy(store, sid)
    page = _page(qtbot, store)
    qtbot.mouseClick(page.objectives_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ObjectivesDialog) and dialog.isVisible()
    dialog.list.setCurrentRow(0)
    assert dialog.text.text() == "Protect civilans"
    dialog.text.setText("Protect civilians in the camps")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    dialog.text.setText("Document arrests")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 3
    _save(qtbot, dialog)
    strategy = on_worker(qtbot, lambda: Situations(store).strategy(sid))
    assert strategy["version"] == 2
    assert strategy["objectives"] == [
        "Protect civilians in the camps",
        "Keep access",
        "Document arrests",
    ]
    assert [a["objective"] for a in strategy["actions"]] == [0, 1]
    qtbot.waitUntil(lambda: "in the camps" in page.objectives.text(), timeout=10_000)


def test_removing_an_objective_that_actions_serve_asks_first(qtbot, store):
    sid = _situation(store)
    _strategy(store, sid)
    strategy = Situations(store).strategy(sid)
    dialog = ObjectivesDialog(store, sid, strategy)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm
    assert box is not None and box.isVisible()
    assert "Démarche to the governor" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    keep.click()
    assert dialog.list.count() == 2  # nothing removed
    dialog.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    remove = next(b for b in dialog.confirm.buttons() if b.text() == "Remove")
    remove.click()
    assert dialog.list.count() == 1 and dialog.list.item(0).text().startswith("1. Keep access")
    saved = _save(qtbot, dialog)
    assert saved["objectives"] == ["Keep access"]
    assert [a["objective"] for a in saved["actions"]] == [None, 0]


def test_an_empty_objective_is_refused_naming_the_field(qtbot, store):
    sid = _situation(store)
    _strategy(store, sid)
    dialog = ObjectivesDialog(store, sid, Situations(store).strategy(sid))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setText("   ")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 2
    assert dialog.problem.text().startswith("Objective: is required")
    dialog.list.setCurrentRow(1)
    dialog.text.clear()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "Objective: is required" in dialog.problem.text()
    assert dialog.doc["objectives"][1] == "Keep access"  # unchanged
    dialog.text.setText("x" * 2001)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "Objective: is longer than 2000 characters" in dialog.problem.text()


def test_the_strategies_board_opens_the_objectives_of_a_rows_situation(qtbot, store):
    from ui.strategies_page import StrategiesPage

    sid = _situation(store)
    _strategy(store, sid)
    page = StrategiesPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.ready, timeout=10_000):
        page.show()
    assert not page.objectives_button.isEnabled()  # no row chosen
    page.table.selectRow(0)
    assert page.objectives_button.isEnabled()
    qtbot.mouseClick(page.objectives_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ObjectivesDialog), timeout=10_000)
    dialog = page.dialog
    assert dialog.doc["objectives"] == ["Protect civilans", "Keep access"]
    dialog.list.setCurrentRow(0)
    dialog.text.setText("Protect civilians")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.ready, timeout=10_000):  # the board reloads once saved
        _save(qtbot, dialog)
    strategy = on_worker(qtbot, lambda: Situations(store).strategy(sid))
    assert strategy["objectives"][0] == "Protect civilians" and strategy["version"] == 2


def test_saving_unchanged_objectives_makes_no_version(qtbot, store):
    sid = _situation(store)
    _strategy(store, sid)
    dialog = ObjectivesDialog(store, sid, Situations(store).strategy(sid))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert on_worker(qtbot, lambda: Situations(store).strategy(sid))["version"] == 1


def test_enter_in_the_search_box_searches_and_keeps_the_picker_open(qtbot, store):
    _incidents(store)
    sid = _situation(store)
    dialog = ActionDialog(store, sid, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.incidents.add_button, Qt.MouseButton.LeftButton)
    picker = dialog.incidents.picker
    picker.search_box.setFocus()
    qtbot.keyClicks(picker.search_box, "checkpoint")
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.results.count() == 1
    assert picker.results.item(0).text().startswith("Arrests at the checkpoint")
    qtbot.keyClick(picker.results, Qt.Key.Key_Escape)
    assert not picker.isVisible() and dialog.incidents.ids == []


def test_a_search_finding_too_many_says_so(qtbot, store, monkeypatch):
    from ui import incident_picker

    monkeypatch.setattr(incident_picker, "LIMIT", 2)  # the picker reads 2 rows as a full page
    _incidents(store)
    sid = _situation(store)
    picker = incident_picker.IncidentPicker(store, sid, [])
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        picker.search()
    assert picker.results.count() == 2  # market and arrests, in the situation's period
    assert picker.status.text().startswith("The 2 latest found are shown")
    picker.search_box.setText("checkpoint")
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        picker.search()
    assert picker.status.text() == "1 incident(s) found"


def test_the_first_objectives_make_the_first_version_of_a_strategy(qtbot, store):
    sid = _situation(store)
    page = _page(qtbot, store)
    assert page.objectives.text() == "No strategy yet."
    qtbot.mouseClick(page.objectives_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ObjectivesDialog) and dialog.list.count() == 0
    assert not dialog.change_button.isEnabled() and not dialog.remove_button.isEnabled()
    dialog.text.setText("Protect civilians")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    strategy = on_worker(qtbot, lambda: Situations(store).strategy(sid))
    assert strategy["version"] == 1 and strategy["objectives"] == ["Protect civilians"]
    qtbot.waitUntil(lambda: "Protect civilians" in page.objectives.text(), timeout=10_000)

"""The Situations page's engagement log and its task force and guidance (issue 18), in a real
(offscreen) window on a real store: entries added and edited through the dialogs, refused
input naming the field with nothing saved, the task force with its coordinator, guidance
versions and the RC's acknowledgement recorded on the RC's behalf; Tab reaches every control;
the panels build in Arabic, right to left."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from app.situations import Situations
from tests.ui.conftest import USER, on_worker
from ui.coordination_panel import CoordinationPanel
from ui.engagement_panel import EngagementDialog, EngagementPanel
from ui.palette import OVERDUE
from ui.qt import QDialogButtonBox, Qt, QWidget
from ui.situations_page import SituationsPage

SLOW = 10_000


def _situation(store) -> str:
    return Situations(store).add({"name": "Rif Dimashq", "country": "SYR", "status": "crisis"})


def _page(qtbot, store) -> SituationsPage:
    page = SituationsPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=SLOW)
    qtbot.waitUntil(lambda: page.engagement.rows is not None, timeout=SLOW)
    qtbot.waitUntil(lambda: page.coordination.loaded is not None, timeout=SLOW)
    return page


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _fill_engagement(dialog: EngagementDialog, **values: str) -> None:
    dialog.date.set_value(values.get("date", "2026-11-03"))
    dialog.type.setCurrentIndex(dialog.type.findData(values.get("type", "demarche")))
    dialog.channel.setCurrentIndex(dialog.channel.findData(values.get("channel", "country_team")))
    dialog.un_by.setText(values.get("un_by", "Resident Coordinator"))
    dialog.with_whom.setText(values.get("with_whom", "Ministry of Foreign Affairs"))
    dialog.asked.setPlainText(values.get("asked", "Access to the detention sites"))
    dialog.answered.setPlainText(values.get("answered", "Under consideration"))
    dialog.follow_up.set_value(values.get("follow_up", ""))


def test_an_engagement_is_added_then_edited_in_the_log(qtbot, store):
    sid = _situation(store)
    page = _page(qtbot, store)
    panel = page.engagement
    assert page.tabs.indexOf(panel) >= 0 and page.tabs.indexOf(page.coordination) >= 0
    assert panel.table.rowCount() == 0
    assert not panel.status.isHidden() and "No engagement recorded yet" in panel.status.text()

    panel.add_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.confidentiality.currentData() == "internal"  # the default
    _fill_engagement(
        dialog,
        follow_up="2099-01-15",
        asked="Access to the detention sites\nand the list of those held",  # kept as written
    )
    dialog.confidentiality.setCurrentIndex(dialog.confidentiality.findData("un"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=SLOW)
    assert panel.status.isHidden()
    cells = _cells(panel.table, 0)
    assert cells[0] == "2026-11-03"
    assert cells[3:6] == ["Resident Coordinator", "Ministry of Foreign Affairs", "2099-01-15"]
    assert "overdue" not in cells[5]
    assert "Access to the detention sites" in panel.detail.text()
    stored = on_worker(qtbot, lambda: Situations(store).engagements(sid))
    assert [(e["type"], e["channel"], e["confidentiality"]) for e in stored] == [
        ("demarche", "country_team", "un")
    ]
    assert stored[0]["asked"] == "Access to the detention sites\nand the list of those held"

    panel.table.setCurrentCell(0, 0)
    panel.edit_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.with_whom.text() == "Ministry of Foreign Affairs"  # the entry, to change
    dialog.answered.setPlainText("Access granted to two sites")
    dialog.channel.setCurrentIndex(dialog.channel.findData("headquarters"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: "Access granted" in panel.detail.text(), timeout=SLOW)
    assert panel.table.rowCount() == 1
    stored = on_worker(qtbot, lambda: Situations(store).engagements(sid))
    assert len(stored) == 1
    assert stored[0]["answered"] == "Access granted to two sites"
    assert stored[0]["channel"] == "headquarters"


def test_an_overdue_follow_up_is_marked(qtbot, store):
    sid = _situation(store)
    past = (date.today() - timedelta(days=3)).isoformat()
    Situations(store).add_engagement(
        sid,
        {
            "date": (date.today() - timedelta(days=30)).isoformat(),
            "type": "meeting",
            "channel": "country_team",
            "un_by": "Head of office",
            "with_whom": "Governor",
            "follow_up_due": past,
        },
    )
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.engagement.table.rowCount() == 1, timeout=SLOW)
    item = page.engagement.table.item(0, 5)
    assert past in item.text() and "overdue" in item.text()
    assert item.background().color() == OVERDUE


def test_a_bad_date_or_no_counterpart_names_the_field_and_saves_nothing(qtbot, store):
    sid = _situation(store)
    page = _page(qtbot, store)
    panel = page.engagement
    panel.edit(None)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())

    _fill_engagement(dialog, date="2026-02-31")
    _save(qtbot, dialog)
    assert "Date" in dialog.problem.text() and "2026-02-31" in dialog.problem.text()
    assert dialog.isVisible()

    _fill_engagement(dialog, with_whom="  ")
    _save(qtbot, dialog)
    assert "With whom" in dialog.problem.text() and "required" in dialog.problem.text()
    assert dialog.with_whom.hasFocus() or not dialog.isActiveWindow()
    assert dialog.isVisible()

    _fill_engagement(dialog, follow_up="soon")
    _save(qtbot, dialog)
    assert "Follow-up due" in dialog.problem.text()
    assert on_worker(qtbot, lambda: Situations(store).engagements(sid)) == []
    assert panel.table.rowCount() == 0


def test_the_task_force_and_its_coordinator_are_set(qtbot, store):
    sid = _situation(store)
    page = _page(qtbot, store)
    panel = page.coordination
    assert "No task force" in panel.taskforce.text()

    panel.taskforce_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.name.setText("Syria inter-agency task force")
    for row in range(dialog.members.count()):
        item = dialog.members.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("ohchr", "ocha", "unicef"):
            item.setCheckState(Qt.CheckState.Checked)
    assert not dialog.coordinator_name.isEnabled()
    dialog.appointed.setChecked(True)
    _save(qtbot, dialog)  # no coordinator's name yet
    assert "Coordinator's name" in dialog.problem.text()
    dialog.coordinator_name.setText("Layla Haddad")
    dialog.coordinator_entity.setCurrentIndex(dialog.coordinator_entity.findData("ocha"))
    dialog.appointed_on.set_value("2026-10-20")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: "Layla Haddad" in panel.taskforce.text(), timeout=SLOW)
    assert "Syria inter-agency task force" in panel.taskforce.text()
    assert "2026-10-20" in panel.taskforce.text()
    tf = on_worker(qtbot, lambda: Situations(store).taskforce(sid))
    assert sorted(tf["members"]) == ["ocha", "ohchr", "unicef"]
    assert tf["coordinator"] == {
        "name": "Layla Haddad",
        "entity": "ocha",
        "appointed_on": "2026-10-20",
    }

    panel.taskforce_button.click()  # edited: the dialog holds what is saved
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.coordinator_name.text() == "Layla Haddad" and dialog.appointed.isChecked()
    dialog.appointed.setChecked(False)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: "No Situation Response" in panel.taskforce.text(), timeout=SLOW)
    assert on_worker(qtbot, lambda: Situations(store).taskforce(sid))["coordinator"] is None


def test_guidance_versions_and_an_acknowledgement_on_the_rcs_behalf(qtbot, store):
    sid = _situation(store)
    page = _page(qtbot, store)
    panel = page.coordination
    assert not panel.acknowledge_button.isEnabled()  # nothing to acknowledge yet

    panel.issue_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    _save(qtbot, dialog)  # empty: refused, naming the fields
    assert "Title" in dialog.problem.text() and "Issued by" in dialog.problem.text()
    dialog.title.setText("Protection of civilians in Rif Dimashq")
    dialog.body.setPlainText("Raise access to detention sites at every meeting.")
    dialog.issued_by.setText("OHCHR task force")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.versions.rowCount() == 1, timeout=SLOW)

    panel.issue_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    # begun from the latest version, for the officer to edit
    assert dialog.title.text() == "Protection of civilians in Rif Dimashq"
    assert dialog.body.toPlainText().startswith("Raise access")
    dialog.body.setPlainText(dialog.body.toPlainText() + "\nBrief Member States monthly.")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.versions.rowCount() == 2, timeout=SLOW)
    assert [panel.versions.item(r, 0).text() for r in range(2)] == ["1", "2"]
    assert panel.versions.currentRow() == 1
    assert "Brief Member States monthly." in panel.body.toPlainText()
    assert _cells(panel.versions, 1)[4] == "Not yet"

    panel.acknowledge_button.click()
    dialog = panel.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.on_behalf.isChecked()
    dialog.acknowledged_by.setText("Rania Saleh")
    dialog.acknowledged_on.set_value((date.today() + timedelta(days=2)).isoformat())
    _save(qtbot, dialog)  # a date to come: refused
    assert "Acknowledged on" in dialog.problem.text()
    dialog.acknowledged_on.set_value("2026-11-20")
    dialog.note.setPlainText("By email")
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: _cells(panel.versions, 1)[4] != "Not yet", timeout=SLOW)
    cells = _cells(panel.versions, 1)
    assert "2026-11-20" in cells[4] and cells[5] == "Rania Saleh"
    assert USER in cells[6] and "on behalf of Rania Saleh" in cells[6]
    assert _cells(panel.versions, 0)[4] == "Not yet"  # version 1 was not acknowledged
    assert "By email" in panel.body.toPlainText()

    guidance = on_worker(qtbot, lambda: Situations(store).guidance(sid))
    assert [g["version"] for g in guidance] == [1, 2]
    (ack,) = guidance[1]["acknowledgements"]
    assert ack["on_behalf"] is True and ack["recorded_by"] == USER
    assert ack["acknowledged_by"] == "Rania Saleh" and guidance[0]["acknowledgements"] == []


def _tab_visits(qtbot, start: QWidget, within: QWidget, wanted: list[QWidget]) -> set[QWidget]:
    """Press Tab from `start` until focus leaves `within` or comes round again; the wanted
    controls it landed on."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    reached = {start}
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or not within.isAncestorOf(focused) or focused is start:
            break
        reached.update(w for w in wanted if w is focused or w.isAncestorOf(focused))
    return reached & set(wanted)


def test_tab_reaches_every_control_of_the_panels_and_the_engagement_dialog(qtbot, store):
    sid = _situation(store)
    Situations(store).issue_guidance(
        sid,
        {"title": "T", "body": "B", "issued_on": "2026-11-01", "issued_by": "OHCHR"},
    )
    Situations(store).add_engagement(
        sid,
        {
            "date": "2026-11-01",
            "type": "letter",
            "channel": "regional",
            "un_by": "Regional office",
            "with_whom": "Ministry of Justice",
        },
    )
    page = _page(qtbot, store)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: page.coordination.versions.rowCount() == 1, timeout=SLOW)

    page.tabs.setCurrentWidget(page.engagement)
    e: EngagementPanel = page.engagement
    qtbot.waitUntil(lambda: e.table.rowCount() == 1, timeout=SLOW)
    wanted = [e.table, e.add_button, e.edit_button]
    assert _tab_visits(qtbot, e.table, e, wanted) == set(wanted)

    page.tabs.setCurrentWidget(page.coordination)
    c: CoordinationPanel = page.coordination
    wanted = [c.taskforce_button, c.versions, c.body, c.issue_button, c.acknowledge_button]
    assert _tab_visits(qtbot, c.taskforce_button, c, wanted) == set(wanted)

    e.edit(None)
    dialog = e.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    fields = [
        dialog.date.edit,
        dialog.type,
        dialog.channel,
        dialog.un_by,
        dialog.with_whom,
        dialog.asked,
        dialog.answered,
        dialog.follow_up.edit,
        dialog.confidentiality,
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
    ]
    assert _tab_visits(qtbot, dialog.date.edit, dialog, fields) == set(fields)
    dialog.reject()


def test_the_panels_build_right_to_left_in_arabic(qtbot, store):
    from ui.gui import install_language

    sid = _situation(store)
    situations = Situations(store)
    situations.add_engagement(
        sid,
        {
            "date": "2026-11-03",
            "type": "briefing",
            "channel": "member_states",
            "un_by": "DSG",
            "with_whom": "Member States",
            "follow_up_due": "2026-11-10",
        },
    )
    situations.set_taskforce(
        sid,
        {
            "name": "فرقة العمل",
            "members": ["ohchr", "ocha"],
            "coordinator": {"name": "ليلى", "entity": "ocha", "appointed_on": "2026-10-01"},
        },
    )
    guidance = situations.issue_guidance(
        sid,
        {"title": "توجيه", "body": "نص", "issued_on": "2026-11-01", "issued_by": "OHCHR"},
    )
    situations.acknowledge(
        guidance["id"],
        {"guidance_id": guidance["id"], "acknowledged_by": "RC", "acknowledged_on": "2026-11-02"},
    )
    app = QApplication.instance()
    undo = install_language(app, "ar")
    try:
        page = SituationsPage(store, lang="ar")
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.engagement.table.rowCount() == 1, timeout=SLOW)
        qtbot.waitUntil(lambda: page.coordination.versions.rowCount() == 1, timeout=SLOW)
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert page.engagement.table.horizontalHeaderItem(0).text() != "Date"  # translated
        assert page.coordination.versions.horizontalHeaderItem(1).text() != "Title"
        assert "ليلى" in page.coordination.taskforce.text()
        # the latest entry and version chosen, the version's text shown (right to left,
        # selectRow chose no column before the view was laid out, and selected nothing)
        assert page.coordination.versions.currentRow() == 0
        assert page.coordination.body.toPlainText().startswith("نص")
        assert page.engagement.table.currentRow() == 0
        # an ISO date inside an Arabic sentence is isolated left to right
        assert "\u20662026-11-02\u2069" in page.coordination.versions.item(0, 4).text()
        label = page.engagement.table.item(0, 2).text()
        assert label == "الدول الأعضاء (إحاطة نائبة الأمين العام)"
        e, c = page.engagement, page.coordination
        for open_dialog, owner in (
            (lambda: e.edit(0), e),
            (c.edit_taskforce, c),
            (c.issue_guidance, c),
            (c.record_acknowledgement, c),
        ):
            open_dialog()
            dialog = owner.dialog
            qtbot.waitUntil(lambda dialog=dialog: dialog.isVisible())
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
            assert dialog.problem.text() == ""
            dialog.reject()
        e.edit(0)
        dialog = e.dialog
        qtbot.waitUntil(lambda: dialog.isVisible())
        dialog.with_whom.clear()
        _save(qtbot, dialog)
        assert dialog.problem.text() == "مع من: حقل مطلوب."  # the field, named in Arabic
        dialog.reject()
    finally:
        undo()


def test_the_panels_follow_what_the_store_publishes(qtbot, store):
    """A record written elsewhere (another window, a sync from HQ) shows without a reload by
    hand: the page hears the store's changes and the panels read again."""
    from ui.changes import ChangesBridge

    sid = _situation(store)
    page = _page(qtbot, store)
    bridge = ChangesBridge(store.changes, page)
    bridge.changed.connect(page.on_changes)
    situations = Situations(store)
    on_worker(
        qtbot,
        lambda: situations.add_engagement(
            sid,
            {
                "date": "2026-11-05",
                "type": "statement",
                "channel": "headquarters",
                "un_by": "High Commissioner",
                "with_whom": "The public",
                "confidentiality": "public",
            },
        ),
    )
    qtbot.waitUntil(lambda: page.engagement.table.rowCount() == 1, timeout=SLOW)
    on_worker(
        qtbot,
        lambda: situations.issue_guidance(
            sid, {"title": "T", "body": "B", "issued_on": "2026-11-01", "issued_by": "OHCHR"}
        ),
    )
    qtbot.waitUntil(lambda: page.coordination.versions.rowCount() == 1, timeout=SLOW)
    bridge.stop()


def test_an_acknowledgement_from_the_rc_office_says_so(qtbot, store):
    """Recorded on the RC office's own device (not on the RC's behalf): the list says who
    recorded it and that it was the office's device."""
    sid = _situation(store)
    situations = Situations(store)
    guidance = situations.issue_guidance(
        sid, {"title": "T", "body": "B", "issued_on": "2026-11-01", "issued_by": "OHCHR"}
    )
    situations.acknowledge(
        guidance["id"],
        {"acknowledged_by": "Rania Saleh", "acknowledged_on": "2026-11-04", "on_behalf": False},
    )
    page = _page(qtbot, store)
    qtbot.waitUntil(lambda: page.coordination.versions.rowCount() == 1, timeout=SLOW)
    recorded = _cells(page.coordination.versions, 0)[6]
    assert recorded == f"{USER}, on the RC office's own device"
    assert "behalf" not in recorded

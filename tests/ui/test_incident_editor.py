"""The incident editor on a real encrypted store: create, edit, masks, guard, undo, drafts,
attachments and right-to-left."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest

from app.drafts import Drafts
from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import FAST_KDF, PASSPHRASE, on_worker
from ui.incident_editor import IncidentEditor, field_path
from ui.qt import QApplication, QImage, QLabel, QMessageBox, Qt, QTimer

SLOW = 15_000


@pytest.fixture
def store(qtbot, tmp_path: Path):
    opened, _key = on_worker(
        qtbot, lambda: Store.create(tmp_path / "data", "amina", PASSPHRASE, kdf=FAST_KDF)
    )
    yield opened
    on_worker(qtbot, opened.close)


def add(qtbot, store: Store, **overrides) -> str:
    return on_worker(qtbot, lambda: Incidents(store).add(incident_doc(**overrides)))


def new_editor(qtbot, store: Store, incident_id: str | None = None, **kwargs) -> IncidentEditor:
    editor = IncidentEditor(store, incident_id, **kwargs)
    qtbot.addWidget(editor)
    # qtbot closes leftover windows after each test: never block it on a modal question
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    if incident_id is not None and "draft" not in kwargs:
        with qtbot.waitSignal(editor.loaded, timeout=SLOW):
            editor.show()
    else:
        editor.show()
    return editor


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def save(qtbot, editor: IncidentEditor) -> str:
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=SLOW) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_field_paths_follow_bad_input_fields():
    assert field_path("violations[0].type") == ("violations", 0, "type")
    assert field_path("perpetrators[1].involvement[0].degree") == (
        "perpetrators",
        1,
        "involvement",
        0,
        "degree",
    )
    assert field_path("location.lat") == ("location.lat",)
    assert field_path("date_precision") == ("occurred_from",)


def test_create_an_incident_through_the_form(qtbot, store):
    editor = new_editor(qtbot, store)
    assert not editor.save_button.isEnabled()  # no title, no country yet
    assert editor.error_text("title") == "is required"
    qtbot.keyClicks(editor.title_edit, "Shelling of the market")
    editor.country_combo.set_code("SYR")
    qtbot.waitUntil(lambda: editor.error is None)
    assert editor.save_button.isEnabled() and editor.save_action.isEnabled()

    qtbot.keyClicks(editor.lat_edit, "33.57")  # a latitude without a longitude
    qtbot.waitUntil(lambda: "go together" in editor.error_text("location.lon"))
    assert not editor.save_button.isEnabled()
    assert editor.lon_edit.property("invalid") is True
    assert editor.tabs.tabText(0).startswith("\u26a0")
    qtbot.keyClicks(editor.lon_edit, "36.4")
    qtbot.waitUntil(lambda: editor.error is None)
    assert editor.error_text("location.lon") == "" and editor.save_button.isEnabled()

    editor.to_edit.set_value("2026-01-01")  # before occurred_from
    editor.from_edit.set_value("2026-02-03")
    qtbot.waitUntil(lambda: editor.error_text("occurred_to") == "is before occurred_from")
    editor.to_edit.set_value(None)

    editor.status_combo.set_code("submitted")  # a submitted incident needs a violation
    qtbot.waitUntil(lambda: editor.error is not None and editor.error.field == "violations")
    editor.violations_list.request_add()
    qtbot.waitUntil(lambda: editor.error is not None and editor.error.field == "violations[0].type")
    row = editor.violations_list.rows[0]
    assert row.property("invalid") is True and editor.tab_errors[1].isVisible() is False
    assert "Violation 1" in editor.tab_errors[1].text()
    row.fields["type"].set_code("killing")
    qtbot.keyClicks(row.fields["method"], "Artillery")
    qtbot.waitUntil(lambda: editor.error is None)
    assert row.property("invalid") is False

    incident_id = save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert stored["title"] == "Shelling of the market"
    assert stored["occurred_from"] == "2026-02-03" and stored["occurred_to"] is None
    assert (stored["location"]["lat"], stored["location"]["lon"]) == (33.57, 36.4)
    assert stored["status"] == "submitted"
    assert [(x["type"], x["method"]) for x in stored["violations"]] == [("killing", "Artillery")]
    assert editor.incident_id == incident_id and not editor.isWindowModified()


def test_an_edit_shows_in_the_history_tab(qtbot, store):
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    assert editor.title_edit.text() == "Shelling of market"
    assert editor.admin1_combo.code() == "SY03"  # rif dimashq, by its P-code
    type_into(qtbot, editor.title_edit, "Shelling of the old market")
    qtbot.waitUntil(lambda: editor.error is None)
    save(qtbot, editor)
    table = editor.history_table

    def rows():
        return [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]

    qtbot.waitUntil(lambda: len(rows()) == 2)
    assert rows()[0][2:] == ["Title", "Shelling of market", "Shelling of the old market"]
    assert rows()[1][2:] == ["Record created", "", ""]
    assert all(r[1] == "amina" for r in rows())
    assert on_worker(qtbot, lambda: Incidents(store).get(incident_id))["revision"] == 2


def test_a_stale_revision_is_reported(qtbot, store):
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    on_worker(qtbot, lambda: Incidents(store).edit(incident_id, {"title": "Changed elsewhere"}))
    type_into(qtbot, editor.title_edit, "Mine")
    qtbot.waitUntil(lambda: editor.error is None)
    with qtbot.waitSignal(editor.failed, timeout=SLOW) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "changed since revision 1" in blocker.args[0]
    assert editor.banner.isVisible()


def test_protected_names_stay_masked_and_are_kept_when_saving(qtbot, store):
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    (victim,) = editor.victims_list.rows
    name = victim.fields["name"]
    assert name.text() == "" and "(protected)" in name.placeholderText()
    assert not victim.reveal_button.isHidden()
    assert "A Person" not in str(editor.form_doc())

    type_into(qtbot, editor.title_edit, "Renamed")  # another field changes
    qtbot.waitUntil(lambda: editor.error is None)
    save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert stored["title"] == "Renamed" and stored["victims"][0]["name"] == "A Person"

    (victim,) = editor.victims_list.rows  # the form was reloaded, masked again
    with qtbot.waitSignal(editor.revealed, timeout=SLOW):
        qtbot.mouseClick(victim.reveal_button, Qt.MouseButton.LeftButton)
    assert victim.fields["name"].text() == "A Person"
    assert victim.reveal_button.isHidden()

    def last_audit():
        with store.session() as session:
            last = session.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
            return last.action, last.object_id

    assert on_worker(qtbot, last_audit) == ("victim.reveal", victim.carried["id"])


def test_the_unsaved_changes_guard(qtbot, store, monkeypatch):
    editor = new_editor(qtbot, store)
    assert editor.close()  # nothing typed: closes without asking
    editor = new_editor(qtbot, store)
    qtbot.keyClicks(editor.title_edit, "Half typed")
    editor.country_combo.set_code("SYR")
    qtbot.waitUntil(lambda: editor.error is None)
    asked = []

    def answer(button):
        def ask():
            asked.append(button)
            return button

        monkeypatch.setattr(editor, "ask_unsaved", ask)

    answer(QMessageBox.StandardButton.Cancel)
    assert not editor.close() and editor.isVisible()
    answer(QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(editor.saved, timeout=SLOW) as blocker:
        editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert on_worker(qtbot, lambda: Incidents(store).get(blocker.args[0]))["title"] == (
        "Half typed"
    )

    other = new_editor(qtbot, store)
    qtbot.keyClicks(other.title_edit, "Thrown away")
    monkeypatch.setattr(other, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert other.close()
    assert asked == [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]


def test_the_guard_asks_with_a_message_box(qtbot, store):
    editor = new_editor(qtbot, store)
    qtbot.keyClicks(editor.title_edit, "Typed")

    def press_cancel():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, press_cancel)
    assert IncidentEditor.ask_unsaved(editor) == QMessageBox.StandardButton.Cancel


def test_undo_and_redo_restore_fields_and_rows(qtbot, store):
    editor = new_editor(qtbot, store)
    qtbot.keyClicks(editor.title_edit, "First")
    assert editor.undo_stack.count() == 1  # typing merges into one step
    editor.undo_action.trigger()
    assert editor.title_edit.text() == ""
    editor.redo_action.trigger()
    assert editor.title_edit.text() == "First"

    editor.violations_list.request_add()
    editor.violations_list.rows[0].fields["type"].set_code("torture")
    editor.violations_list.request_remove(editor.violations_list.rows[0])
    assert editor.violations_list.rows == []
    editor.undo_action.trigger()  # the removed row comes back with its type
    assert editor.violations_list.rows[0].fields["type"].code() == "torture"
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert editor.violations_list.rows == []
    assert editor.undo_action.shortcut().toString() == "Ctrl+Z"
    assert editor.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_ctrl_z_in_a_field_is_the_form_undo(qtbot, store):
    editor = new_editor(qtbot, store)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "abc")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.title_edit.text() == "" and editor.undo_stack.index() == 0


def test_autosave_and_lock_leave_drafts(qtbot, store):
    editor = new_editor(qtbot, store)
    editor.autosave_timer.setInterval(20)
    qtbot.keyClicks(editor.title_edit, "Draft one")
    with qtbot.waitSignal(editor.draft_saved, timeout=SLOW) as blocker:
        pass
    drafts = on_worker(qtbot, lambda: Drafts(store).mine())
    assert [(d["id"], d["content"]["title"]) for d in drafts] == [(blocker.args[0], "Draft one")]

    qtbot.keyClicks(editor.title_edit, ", more")
    editor.close_for_lock()
    assert not editor.isVisible()
    drafts = on_worker(qtbot, lambda: Drafts(store).mine())
    assert [d["content"]["title"] for d in drafts] == ["Draft one, more"]

    restored = new_editor(qtbot, store, draft=drafts[0]["content"], draft_id=drafts[0]["id"])
    assert restored.title_edit.text() == "Draft one, more" and restored.isWindowModified()
    restored.country_combo.set_code("SYR")
    qtbot.waitUntil(lambda: restored.error is None)
    save(qtbot, restored)
    assert on_worker(qtbot, lambda: Drafts(store).mine()) == []  # saving discards the draft


def test_attachments_are_added_hashed_and_viewed_from_memory(qtbot, store, tmp_path, monkeypatch):
    # a temporary directory of the test's own: other programs writing to /tmp meanwhile
    # must not count as a leak
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    monkeypatch.setenv("TMPDIR", str(private_tmp))  # where Qt's temporary files would go
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    qtbot.waitUntil(lambda: editor.attachments_page.isEnabled(), timeout=SLOW)
    image = QImage(12, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    png = tmp_path / "photo.png"
    assert image.save(str(png))
    note = tmp_path / "note.txt"
    note.write_text("statement")

    with qtbot.waitSignal(editor.attachments_loaded, timeout=SLOW):
        # a list asked for before the file was added (as when the editor opens) answers
        # first; it is out of date and must not be shown, nor announced as loaded
        editor.refresh_attachments()
        editor.add_attachment_files([str(png)])
    table = editor.attachment_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "photo.png"
    assert table.item(0, 3).text() == hashlib.sha256(png.read_bytes()).hexdigest()

    temp_before = set(os.listdir(tempfile.gettempdir()))
    assert tempfile.gettempdir() == str(private_tmp)
    with qtbot.waitSignal(editor.custody_loaded, timeout=SLOW):
        editor.tabs.setCurrentWidget(editor.attachments_page)
        table.selectRow(0)
        editor.view_attachment_action.trigger()
    qtbot.waitUntil(lambda: editor.viewer is not None and editor.viewer.isVisible(), timeout=SLOW)
    assert editor.viewer.image_label.pixmap().size().width() == 12
    assert set(os.listdir(tempfile.gettempdir())) == temp_before
    qtbot.waitUntil(
        lambda: (
            [editor.custody_table.item(r, 2).text() for r in range(editor.custody_table.rowCount())]
            == ["intake", "view"]
        )
    )
    editor.viewer.close()

    with qtbot.waitSignal(editor.attachments_loaded, timeout=SLOW):
        editor.add_attachment_files([str(note)])
    table.selectRow([table.item(r, 0).text() for r in range(table.rowCount())].index("note.txt"))
    editor.view_attachment()
    assert "cannot be shown inside Upfront without writing it to disk" in (
        editor.attachment_note.text()
    )


def test_counts_group_size_consent_and_source_fields_round_trip(qtbot, store):
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    killing = editor.violations_list.rows[0]
    counts = killing.lists["counts"]
    assert [
        (r.fields["sex"].code(), r.fields["age_group"].code(), r.fields["count"].value())
        for r in counts.rows
    ] == [("female", "adult", 2)]
    counts.request_add()
    added = counts.rows[1]
    added.fields["sex"].set_code("male")
    added.fields["age_group"].set_code("child")
    added.fields["count"].setValue(1)
    assert added.fields["count"].accessibleName() == "Number of victims"

    (victim,) = editor.victims_list.rows
    size = victim.fields["group_size"]
    assert not size.isEnabled()  # an individual has no group size
    victim.fields["kind"].set_code("group")
    assert size.isEnabled()
    size.setValue(12)
    victim.fields["consent_date"].set_value("2026-10-05")
    (source,) = editor.sources_list.rows
    source.fields["consent_date"].set_value("2026-10-04")
    source.fields["information_date"].set_value("2026-10-03")
    qtbot.keyClicks(source.fields["language"], "ar")
    editor.fields["location.admin1_pcode"].clear()  # filled in: the region's P-code
    qtbot.keyClicks(editor.fields["location.admin1_pcode"], "SY03")
    qtbot.keyClicks(editor.fields["location.admin2_pcode"], "SY0301")
    qtbot.waitUntil(lambda: editor.error is None)
    save(qtbot, editor)

    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert stored["violations"][0]["counts"] == [
        {"sex": "female", "age_group": "adult", "count": 2},
        {"sex": "male", "age_group": "child", "count": 1},
    ]
    victim = stored["victims"][0]
    assert (victim["kind"], victim["group_size"], victim["consent_date"]) == (
        "group",
        12,
        "2026-10-05",
    )
    source = stored["sources"][0]
    assert (source["consent_date"], source["information_date"], source["language"]) == (
        "2026-10-04",
        "2026-10-03",
        "ar",
    )
    assert (stored["location"]["admin1_pcode"], stored["location"]["admin2_pcode"]) == (
        "SY03",
        "SY0301",
    )

    # the reloaded form shows them all again; undo of a count edit is one step
    killing = editor.violations_list.rows[0]
    assert killing.lists["counts"].rows[1].fields["count"].value() == 1
    assert editor.victims_list.rows[0].fields["group_size"].value() == 12
    assert editor.sources_list.rows[0].fields["language"].text() == "ar"
    assert editor.fields["location.admin2_pcode"].text() == "SY0301"
    killing.lists["counts"].rows[1].fields["count"].setValue(0)
    editor.undo_action.trigger()
    assert killing.lists["counts"].rows[1].fields["count"].value() == 1

    # back to an individual: the group size is switched off and not stored
    editor.victims_list.rows[0].fields["kind"].set_code("individual")
    qtbot.waitUntil(lambda: editor.error is None)
    save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert (stored["victims"][0]["kind"], stored["victims"][0]["group_size"]) == (
        "individual",
        None,
    )


def test_counts_above_the_victims_count_show_on_their_violation(qtbot, store):
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    qtbot.waitUntil(lambda: editor.error is None)
    killing, other = editor.violations_list.rows
    count = killing.lists["counts"].rows[0].fields["count"]
    count.setValue(5)  # victims_count is 4
    qtbot.waitUntil(lambda: editor.error is not None)
    assert editor.error.field == "violations[0].counts"
    assert killing.property("invalid") is True and other.property("invalid") is not True
    assert "Violation 1" in editor.tab_errors[1].text()
    assert "add up to 5, more than victims_count 4" in editor.tab_errors[1].text()
    assert editor.tabs.tabText(1).startswith("\u26a0")
    assert not editor.save_button.isEnabled() and not editor.save_action.isEnabled()
    count.setValue(4)
    qtbot.waitUntil(lambda: editor.error is None)
    assert killing.property("invalid") is False
    assert editor.save_button.isEnabled()


def test_removing_a_violation_renumbers_involvements(qtbot, store):
    incident_id = add(
        qtbot,
        store,
        perpetrators=[
            {
                "category": "state_armed_forces",
                "involvement": [
                    {"violation": 0, "degree": "carried_out"},
                    {"violation": 1, "degree": "ordered"},
                ],
            }
        ],
    )
    editor = new_editor(qtbot, store, incident_id)
    editor.violations_list.request_remove(editor.violations_list.rows[0])
    (links,) = [p.lists["involvement"] for p in editor.perpetrators_list.rows]
    assert [(r.fields["violation"].index(), r.fields["degree"].code()) for r in links.rows] == [
        (0, "ordered")
    ]
    assert links.rows[0].fields["violation"].currentText().startswith("1: ")
    qtbot.waitUntil(lambda: editor.error is None)

    editor.undo_action.trigger()  # one step puts the violation and both involvements back
    links = editor.perpetrators_list.rows[0].lists["involvement"]
    assert [(r.fields["violation"].index(), r.fields["degree"].code()) for r in links.rows] == [
        (0, "carried_out"),
        (1, "ordered"),
    ]
    assert len(editor.violations_list.rows) == 2
    editor.redo_action.trigger()

    qtbot.waitUntil(lambda: editor.error is None)
    save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert [x["type"] for x in stored["violations"]] == ["attack_on_civilian_objects"]
    assert stored["perpetrators"][0]["involvement"] == [{"violation": 0, "degree": "ordered"}]


def test_the_editor_mirrors_right_to_left(qtbot, store):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = new_editor(qtbot, store)
        qtbot.waitExposed(editor)
        for i in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(i)
        editor.tabs.setCurrentIndex(0)
        buddy = next(w for w in editor.findChildren(QLabel) if w.buddy() is editor.title_edit)

        def x(widget) -> int:
            return widget.mapTo(editor, widget.rect().topLeft()).x()

        assert x(buddy) > x(editor.title_edit)
        assert editor.lat_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# ---- the sensitive location and the summary for partners and the public ---------------------
def test_the_sensitive_location_box_round_trips(qtbot, store):
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    assert not editor.sensitive_check.isChecked()
    assert editor.sensitive_check.accessibleName() == (
        "Sensitive location (a home, shelter, safe house)"
    )
    editor.sensitive_check.click()
    assert editor.form_doc()["location"]["sensitive"] is True
    save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert stored["location"]["sensitive"] is True
    assert editor.sensitive_check.isChecked()  # reloaded from the store
    editor.undo_stack.clear()


@pytest.mark.parametrize(
    "place", ["Home of A Person", "near the house of PERSON, a.", "A. Person's flat"]
)
def test_a_place_naming_a_protected_victim_suggests_the_mark(qtbot, store, place):
    """The victim's name is masked in the form: the suggestion comes from the stored name,
    tested on the worker's finder, never shown."""
    incident_id = add(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    qtbot.waitUntil(lambda: bool(editor._finders), timeout=SLOW)
    assert editor.sensitive_hint.isHidden()
    type_into(qtbot, editor.place_edit, place)
    qtbot.waitUntil(lambda: not editor.sensitive_hint.isHidden())
    assert "protected victim" in editor.sensitive_hint.text()
    assert "Person" not in editor.sensitive_hint.text()
    editor.sensitive_check.click()  # ticked: no hint
    assert editor.sensitive_hint.isHidden()
    editor.sensitive_check.click()
    type_into(qtbot, editor.place_edit, "Central market")  # names nobody
    assert editor.sensitive_hint.isHidden()


def test_a_typed_victim_name_suggests_the_mark_and_an_unprotected_one_does_not(qtbot, store):
    editor = new_editor(qtbot, store)
    qtbot.keyClicks(editor.title_edit, "New")
    editor.country_combo.set_code("SYR")
    editor.victims_list.request_add()
    (victim,) = editor.victims_list.rows
    qtbot.keyClicks(victim.fields["name"], "Zaynab al-Khatib")
    qtbot.keyClicks(editor.place_edit, "Zainab Khatib house")  # another spelling
    protected = victim.fields["protected"]
    if protected.isChecked():
        protected.click()
    assert editor.sensitive_hint.isHidden()
    protected.click()
    assert protected.isChecked()
    assert not editor.sensitive_hint.isHidden()


def _second_user(qtbot, store: Store, name: str = "bilal") -> None:
    on_worker(qtbot, lambda: store.keys.add_user(store._db_key, name, PASSPHRASE, kdf=FAST_KDF))


def test_the_summary_is_written_and_its_author_cannot_clear_it(qtbot, store):
    incident_id = add(qtbot, store)
    _second_user(qtbot, store)
    editor = new_editor(qtbot, store, incident_id)
    assert editor.summary_state.text().startswith("No summary")
    assert not editor.clear_button.isEnabled()
    qtbot.keyClicks(editor.summary_edit, "Written for the public.")
    assert editor.summary_state.text() == "Not cleared"
    assert editor.clear_button.toolTip() == "Save the incident first."
    save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert stored["public_summary"]["text"] == "Written for the public."
    assert stored["public_summary"]["written_by"] == "amina"
    assert editor.summary_state.text() == "Not cleared"
    assert not editor.clear_button.isEnabled()  # amina wrote it; bilal is on this device too
    assert editor.clear_button.toolTip() == "A user other than its author clears the summary."


def test_another_user_clears_with_the_button(qtbot, store, tmp_path):
    incident_id = add(qtbot, store, public_summary="Written for the public.")
    _second_user(qtbot, store)
    bilal = on_worker(qtbot, lambda: Store.open(store.directory, PASSPHRASE, "bilal"))
    try:
        editor = new_editor(qtbot, bilal, incident_id)
        assert editor.summary_state.text() == "Not cleared"
        assert editor.clear_button.isEnabled()
        with qtbot.waitSignal(editor.saved, timeout=SLOW):
            qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
        assert editor.summary_state.text().startswith("Cleared by bilal on 20")
        assert not editor.clear_button.isEnabled()
        stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
        assert stored["public_summary"]["cleared_by"] == "bilal"
        # editing the text shows that the clearance will go, and saving drops it
        qtbot.keyClicks(editor.summary_edit, " More.")
        assert editor.summary_state.text().startswith("Changed")
        save(qtbot, editor)
        stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
        assert stored["public_summary"]["cleared_by"] is None
        assert editor.summary_state.text() == "Not cleared"
    finally:
        on_worker(qtbot, bilal.close)


def test_a_single_user_clears_and_the_state_says_so(qtbot, store):
    incident_id = add(qtbot, store, public_summary="Written for the public.")
    editor = new_editor(qtbot, store, incident_id)
    assert editor.clear_button.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=SLOW):
        qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert editor.summary_state.text().startswith(
        "Cleared by the author alone (single-user office) on 20"
    )
    history = on_worker(qtbot, lambda: Incidents(store).history(incident_id))
    assert {"public_summary.cleared_by", "public_summary.single_user"} <= {
        h["field"] for h in history
    }


def test_a_refused_clearance_is_shown_and_changes_nothing(qtbot, store):
    """The button follows the key file as opened; a user added since is counted by the
    service, which refuses, and the editor says why."""
    incident_id = add(qtbot, store, public_summary="Written for the public.")
    editor = new_editor(qtbot, store, incident_id)
    assert editor.clear_button.isEnabled()
    from app.store import Store as _Store  # a second user added by another program

    keys = _Store.load_keys(store.directory)
    keys.add_user(store._db_key, "chen", PASSPHRASE, kdf=FAST_KDF)
    with qtbot.waitSignal(editor.failed, timeout=SLOW) as blocker:
        qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert "other than its author" in blocker.args[0]
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    assert stored["public_summary"]["cleared_by"] is None


def test_a_region_not_in_the_list_is_kept_marked_and_one_mistyped_is_refused(qtbot, store):
    incident_id = add(
        qtbot,
        store,
        location={
            "country": "SYR",
            "admin1": "Homs",
            "admin2": "Al-Waer camp",
            "not_in_gazetteer": True,
        },
    )
    editor = new_editor(qtbot, store, incident_id)
    assert editor.unlisted_check.isChecked()
    assert editor.admin1_combo.code() == "SY04" and editor.admin2_edit.text() == "Al-Waer camp"
    type_into(qtbot, editor.title_edit, "Raid on the camp")
    qtbot.waitUntil(lambda: editor.error is None)
    save(qtbot, editor)
    stored = on_worker(qtbot, lambda: Incidents(store).get(incident_id))
    loc = stored["location"]
    assert (loc["admin1_pcode"], loc["admin2"], loc["admin2_pcode"]) == (
        "SY04",
        "Al-Waer camp",
        None,
    )
    assert loc["not_in_gazetteer"] is True
    # unmarked, the district the list lacks is refused, naming the field and the closest
    editor.unlisted_check.setChecked(False)
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.error is not None, timeout=SLOW)
    assert "location.admin2" in str(editor.error)

"""The review queue in the window: a second user approves or returns what the first submitted;
the author sees what came back; a refused step says why and changes nothing. Real SQLCipher
stores, real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import FAST_KDF, PASSPHRASE, USER, on_worker

from app.incidents import Incidents
from app.store import Store
from ui import main_window as mw
from ui.review_page import ALL, MINE, RETURNED, ApproveDialog, AssignDialog, ReturnDialog

REVIEWER = "Bilal"


def _doc(title: str) -> dict:
    return {
        "title": title,
        "occurred_from": "2026-10-03",
        "location": {"country": "SYR", "admin1": "Idlib"},
        "narrative": "Witnesses describe the raid.",
        "status": "draft",
        "violations": [{"type": "killing", "victims_count": 2}],
    }


@pytest.fixture
def reviewer(qtbot, store: Store) -> Iterator[Store]:
    """The same store opened by a second user of the office (a reviewer)."""
    store.keys.add_user(store._db_key, REVIEWER, PASSPHRASE, kdf=FAST_KDF)
    other = Store.open(store.directory, PASSPHRASE, REVIEWER)
    yield other
    on_worker(qtbot, other.close)


def _submitted(store: Store, *titles: str) -> list[str]:
    incidents = Incidents(store)
    ids = [incidents.add(_doc(t)) for t in titles]
    for iid in ids:
        incidents.submit(iid)
    return ids


def _page(qtbot, store: Store):
    from ui.review_page import ReviewPage

    page = ReviewPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_loaded)
    return page


def _select(page, title: str) -> None:
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() == title:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{title!r} is not in the queue")


def _answer(monkeypatch, cls, fill) -> None:
    """The next `cls` dialog is filled by `fill(dialog)` as a person would, instead of waiting
    modally; it counts as accepted only if `fill` got it accepted (its checks passed)."""

    def exec_(dialog) -> int:
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def test_a_second_user_approves_from_the_queue(qtbot, store, reviewer, monkeypatch):
    (iid,) = _submitted(store, "Raid on the clinic")
    mine = _page(qtbot, store)
    assert mine.table.rowCount() == 0  # never one's own submission
    assert "Nothing is waiting" in mine.summary.text()

    page = _page(qtbot, reviewer)
    assert page.current_scope() == MINE
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == USER  # submitted by
    assert not page.approve_button.isEnabled()  # nothing selected yet
    _select(page, "Raid on the clinic")
    assert page.approve_button.isEnabled()

    def approve(dialog: ApproveDialog) -> None:
        dialog.standard.set_code("clear_and_convincing")
        dialog.comment.setPlainText("Two independent sources.")
        dialog._check()

    _answer(monkeypatch, ApproveDialog, approve)
    with qtbot.waitSignal(page.decided, timeout=15_000):
        page.approve_button.click()
    qtbot.waitUntil(lambda: page.is_loaded() and page.table.rowCount() == 0)
    doc = Incidents(store).get(iid)
    assert doc["status"] == "reviewed"
    assert doc["verification"]["status"] == "clear_and_convincing"
    assert doc["verification"]["reviewer"] == REVIEWER
    assert doc["review"]["comment"] == "Two independent sources."
    assert "Approved" in page.message.text()


def test_a_return_needs_a_comment_and_reaches_the_author(qtbot, store, reviewer, monkeypatch):
    (iid,) = _submitted(store, "Arrests at the checkpoint")
    page = _page(qtbot, reviewer)
    _select(page, "Arrests at the checkpoint")

    # an empty comment is refused in the dialog, naming the field; the record stays
    dialog = ReturnDialog("Arrests at the checkpoint", page)
    qtbot.addWidget(dialog)
    dialog._check()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text().startswith("Comment")
    assert dialog.result() == 0

    def give_reason(d: ReturnDialog) -> None:
        d.comment.setPlainText("Which unit held them? Check with the second source.")
        d._check()

    _answer(monkeypatch, ReturnDialog, give_reason)
    with qtbot.waitSignal(page.decided, timeout=15_000):
        page.return_button.click()
    assert Incidents(store).get(iid)["status"] == "draft"

    author = _page(qtbot, store)
    author.show_scope(RETURNED)
    qtbot.waitUntil(lambda: author.is_loaded() and author.table.rowCount() == 1)
    assert author.table.item(0, 3).text() == REVIEWER
    assert author.table.item(0, 4).text().startswith("Which unit held them?")
    opened: list[str] = []
    author.openIncident.connect(opened.append)
    _select(author, "Arrests at the checkpoint")
    author.open_button.click()
    assert opened == [iid]
    assert not author.approve_button.isEnabled()  # a returned draft is not reviewed


def test_the_author_cannot_approve_their_own_record_and_is_told_why(
    qtbot, store, reviewer, monkeypatch
):
    (iid,) = _submitted(store, "Shelling of the market")
    page = _page(qtbot, store)
    page.show_scope(ALL)  # all submitted: the author's own is listed here
    qtbot.waitUntil(lambda: page.is_loaded() and page.table.rowCount() == 1)
    _select(page, "Shelling of the market")
    _answer(monkeypatch, ApproveDialog, lambda d: d._check())
    page.approve_button.click()
    qtbot.waitUntil(lambda: "other than the one who submitted" in page.message.text())
    assert Incidents(store).get(iid)["status"] == "submitted"


def test_assigning_moves_the_record_between_reviewers_queues(qtbot, store, reviewer, monkeypatch):
    (iid,) = _submitted(store, "Attack on the school")
    page = _page(qtbot, reviewer)
    _select(page, "Attack on the school")

    def to_other(d: AssignDialog) -> None:
        d.reviewer.setEditText("Chen")  # a reviewer on another laptop of the team
        d.accept()

    _answer(monkeypatch, AssignDialog, to_other)
    with qtbot.waitSignal(page.decided, timeout=15_000):
        page.assign_button.click()
    qtbot.waitUntil(lambda: page.is_loaded() and page.table.rowCount() == 0)
    assert Incidents(store).get(iid)["review"]["assignee"] == "Chen"
    page.show_scope(ALL)
    qtbot.waitUntil(lambda: page.is_loaded() and page.table.rowCount() == 1)
    assert page.table.item(0, 4).text() == "Chen"


def test_the_window_has_a_review_section_that_opens_the_record(qtbot, open_window):
    window = open_window()
    window.show_section(mw.REVIEW)
    assert window.pages.currentIndex() == mw.REVIEW
    assert window.pages.currentWidget() is window.review_page
    qtbot.waitUntil(window.review_page.is_loaded)


def test_the_editor_says_the_record_came_back_and_what_to_do(qtbot, store, reviewer):
    from ui.incident_editor import IncidentEditor

    (iid,) = _submitted(store, "Detention at the border")
    editor = IncidentEditor(store, iid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.review_note.isVisible())
    assert "any reviewer" in editor.review_note.text()
    editor.close()

    Incidents(reviewer).send_back(iid, "Name the border post.")
    again = IncidentEditor(store, iid)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: "Name the border post." in again.review_note.text())
    assert again.review_note.text().startswith(f"Returned by {REVIEWER} on ")


def test_home_counts_lead_to_the_review_queue_and_the_list(qtbot, open_window, store_dir):
    from app import home
    from app.store import Store as _Store

    with _Store.open(store_dir, PASSPHRASE, USER) as author:
        author.keys.add_user(author._db_key, REVIEWER, PASSPHRASE, kdf=FAST_KDF)
        incidents = Incidents(author)
        draft = incidents.add(_doc("A draft of mine"))
        (back,) = _submitted(author, "Sent back to me")
    with _Store.open(store_dir, PASSPHRASE, REVIEWER) as reviewer_store:
        Incidents(reviewer_store).send_back(back, "Add the date of the second account.")
    window = open_window()
    page = window.home_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(page.is_loaded, timeout=15_000)
    assert page.counts.came_back == 1

    page.show_key(home.CAME_BACK)
    assert window.pages.currentIndex() == mw.REVIEW
    queue = window.review_page
    qtbot.waitUntil(lambda: queue.is_loaded() and queue.table.rowCount() == 1)
    assert queue.current_scope() == RETURNED
    assert queue.table.item(0, 0).text() == "Sent back to me"

    window.show_section(mw.HOME)
    page.show_key(home.MY_DRAFTS)
    assert window.pages.currentIndex() == mw.INCIDENTS
    query = window.incident_list.current_query()
    assert (query.status, query.created_by) == ("draft", USER)
    model = window.incident_list.model
    # the drafts this user created: the draft, and the record returned to her
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.is_loading(), timeout=15_000)
    qtbot.waitUntil(lambda: {model.incident_id(0), model.incident_id(1)} == {draft, back})


def test_the_editor_offers_reviewed_only_to_a_reviewed_record(qtbot, store, reviewer):
    from ui.incident_editor import IncidentEditor

    (iid,) = _submitted(store, "Raid on the market")
    editor = IncidentEditor(store, iid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.review_note.isVisible())
    combo = editor.fields["status"]
    assert not combo.model().item(combo.findData("reviewed")).isEnabled()
    assert combo.model().item(combo.findData("draft")).isEnabled()
    editor.close()

    Incidents(reviewer).approve(iid, "reasonable_grounds")
    again = IncidentEditor(store, iid)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.fields["status"].code() == "reviewed")
    combo = again.fields["status"]
    assert combo.model().item(combo.findData("reviewed")).isEnabled()

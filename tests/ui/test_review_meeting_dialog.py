"""The review window as the meeting (issue 18): a decision added there (made a strategy action),
its status changed (blocked needs a why), last quarter's decisions shown with their state, who
and why, and the review saved as a PDF for the audience chosen. A real store, the real dialog
offscreen, its store work on the worker."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest

from app.situations import Situations
from tests.ui.conftest import USER, on_worker
from ui.qt import QDialogButtonBox, Qt
from ui.review_dialog import DecisionDialog, DecisionStatusDialog, ReviewDialog, quarters

TODAY = date.today()
THIS_QUARTER = quarters(TODAY)[0]
LAST_QUARTER = quarters(TODAY)[1]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_of(dialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def situation(store) -> str:
    situations = Situations(store)
    sid = situations.add({"name": "Idlib shelling", "country": "SYR", "status": "crisis"})
    last = Situations(store, today=TODAY - timedelta(days=100))
    last.add_decision(
        sid,
        {
            "quarter": LAST_QUARTER,
            "text": "Brief Member States in Geneva",
            "entity": "ohchr",
            "person": "Desk officer",
            "due": (TODAY - timedelta(days=10)).isoformat(),
        },
    )
    return sid


def opened(qtbot, store) -> ReviewDialog:
    dialog = ReviewDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=10_000)
    return dialog


def decisions_of(dialog: ReviewDialog) -> list[dict]:
    assert dialog.pack is not None
    return [d for s in dialog.pack["situations"] for d in s["decisions"]]


def test_last_quarters_decision_opens_the_meeting_late(qtbot, store, situation):
    dialog = opened(qtbot, store)
    [previous] = dialog.pack["previous_decisions"]
    assert previous["state"] == "late"
    shown = dialog.view.toPlainText()
    assert f"Decisions of {LAST_QUARTER}" in shown
    assert "Brief Member States in Geneva (OHCHR, Desk officer" in shown and ": Late" in shown
    assert dialog.decisions.rowCount() == 1
    assert dialog.decisions.item(0, 5).text() == "Late"


def test_a_decision_made_an_action_then_blocked_with_why_then_saved_as_pdf(
    qtbot, store, situation, tmp_path, monkeypatch
):
    dialog = opened(qtbot, store)
    click(qtbot, dialog.add_button)
    add = dialog.decision_dialog
    assert isinstance(add, DecisionDialog)
    qtbot.waitExposed(add)
    click(qtbot, save_of(add))  # no text yet: refused, naming the field
    assert add.problem.text().startswith("Decision:") and add.isVisible()
    add.text.setPlainText("Démarche to the governor on the schools")
    add.entity.setCurrentIndex(add.entity.findData("rco"))
    add.person.setText("Deputy RC")
    add.due.set_value((TODAY + timedelta(days=30)).isoformat())
    qtbot.keyClick(add.as_action, Qt.Key.Key_Space)
    assert add.pillar.isEnabled()
    add.pillar.setCurrentIndex(add.pillar.findData("political"))
    add.level.setCurrentIndex(add.level.findData("regional"))
    add.lead.setCurrentIndex(add.lead.findData("rco"))
    click(qtbot, save_of(add))
    qtbot.waitUntil(lambda: len(decisions_of(dialog)) == 1, timeout=10_000)
    [made] = decisions_of(dialog)
    assert (made["quarter"], made["entity"], made["person"]) == (THIS_QUARTER, "rco", "Deputy RC")
    assert dialog.status.text() == "The decision is recorded."
    strategy = on_worker(qtbot, lambda: Situations(store).strategy(situation))
    [action] = strategy["actions"]
    assert (action["id"], action["decision"]) == (made["action_id"], made["id"])
    assert (action["level"], action["title"]) == ("regional", made["text"])

    # its status: blocked, which needs a why
    row = next(
        r
        for r in range(dialog.decisions.rowCount())
        if dialog.decisions.item(r, 2).text() == made["text"]
    )
    dialog.decisions.selectRow(row)
    assert dialog.status_button.isEnabled()
    click(qtbot, dialog.status_button)
    change = dialog.decision_dialog
    assert isinstance(change, DecisionStatusDialog)
    change.status.setCurrentIndex(change.status.findData("dropped"))
    click(qtbot, save_of(change))
    assert change.problem.text().startswith("Why:") and change.isVisible()
    change.why.setPlainText("The governor left office")
    click(qtbot, save_of(change))
    qtbot.waitUntil(lambda: decisions_of(dialog)[0]["status"] == "dropped", timeout=10_000)
    [dropped] = decisions_of(dialog)
    assert (dropped["state"], dropped["status_note"], dropped["status_by"]) == (
        "dropped",
        "The governor left office",
        USER,
    )
    assert "Dropped — by " in dialog.decisions.item(row, 5).text()

    # the PDF, for the UN
    dialog.audience.setCurrentIndex(dialog.audience.findData("un"))
    qtbot.waitUntil(lambda: dialog.pack["audience"] == "un", timeout=10_000)
    target = tmp_path / "meeting"
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: str(target))
    click(qtbot, dialog.pdf_button)
    written = tmp_path / "meeting.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in dialog.status.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(written), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        text = " ".join(text.split())
        assert dialog.pack["sha256"] in text
        assert "CONFIDENTIAL — UNITED NATIONS USE ONLY" in text
        assert "The governor left office" in text and "Brief Member States in Geneva" in text


def test_saving_the_pdf_nowhere_writes_nothing(qtbot, store, situation, tmp_path, monkeypatch):
    dialog = opened(qtbot, store)
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: "")
    click(qtbot, dialog.pdf_button)
    assert not list(tmp_path.glob("*.pdf")) and dialog.status.text() == ""

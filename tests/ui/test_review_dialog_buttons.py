"""The quarterly review window's buttons (issue 17: it had no Close, Copy or Save): Close
closes it, Copy puts the review as text on the clipboard, Save writes the pack as JSON to the
file chosen in a dialog."""

from __future__ import annotations

import json
from datetime import date, timedelta

from app.situations import Situations
from ui.qt import QDialogButtonBox, QGuiApplication, Qt
from ui.review_dialog import ReviewDialog


def review(qtbot, store) -> ReviewDialog:
    situations = Situations(store)
    sid = situations.add({"name": "Rif Dimashq", "country": "SYR", "status": "concern"})
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
                    "due": (date.today() - timedelta(days=1)).isoformat(),
                }
            ],
        },
    )
    dialog = ReviewDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=10_000)
    return dialog


def test_close_closes_the_review(qtbot, store):
    dialog = review(qtbot, store)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isVisible()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_copy_puts_the_review_as_text_on_the_clipboard(qtbot, store):
    dialog = review(qtbot, store)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert "Rif Dimashq" in text and "Overdue: Démarche on arrests" in text
    assert "<" not in text  # text, not the HTML shown
    assert dialog.status.text() == "The review is on the clipboard."


def test_save_writes_the_pack_as_json_where_asked(qtbot, store, tmp_path, monkeypatch):
    dialog = review(qtbot, store)
    target = tmp_path / "review-q4"
    monkeypatch.setattr(dialog, "ask_path", lambda: str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "review-q4.json"
    saved = json.loads(written.read_text("utf-8"))
    assert saved == json.loads(json.dumps(dialog.pack))
    assert saved["situations"][0]["situation"]["name"] == "Rif Dimashq"
    assert str(written) in dialog.status.text()


def test_saving_nowhere_writes_nothing(qtbot, store, tmp_path, monkeypatch):
    dialog = review(qtbot, store)
    monkeypatch.setattr(dialog, "ask_path", lambda: "")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not list(tmp_path.glob("*.json"))
    assert dialog.status.text() == ""

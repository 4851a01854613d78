"""Date fields of the Situations dialogs (issue 17): the strategy action's due-date calendar
opened at January 2000 and a typed date was silently dropped. A calendar opens at the date
shown, else today; typed text that is no date stays, is named with its field, and stops Save."""

from __future__ import annotations

import pytest

from ui.qt import QDate, QDialogButtonBox, Qt
from ui.situation_dialogs import ActionDialog, SituationDialog
from ui.widgets import DateField

CALENDAR_NOISE = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))$"
)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


@CALENDAR_NOISE
def test_due_calendar_opens_at_today_when_no_date_is_set(qtbot):
    dialog = shown(qtbot, ActionDialog(None, "situation", None, None))  # type: ignore[arg-type]
    dialog.due.open_calendar()
    today = QDate.currentDate()
    assert (dialog.due.calendar.yearShown(), dialog.due.calendar.monthShown()) == (
        today.year(),
        today.month(),
    )
    assert dialog.action()["due"] is None  # opening the calendar picks nothing
    dialog.due.calendar.clicked.emit(QDate(today.year(), today.month(), 1))
    assert dialog.action()["due"] == QDate(today.year(), today.month(), 1).toString("yyyy-MM-dd")


@CALENDAR_NOISE
def test_due_calendar_opens_at_the_date_shown(qtbot):
    strategy = {
        "objectives": [],
        "actions": [{"title": "Visit", "due": "2031-07-15", "status": "planned"}],
        "version": 1,
    }
    dialog = shown(qtbot, ActionDialog(None, "s", strategy, 0))  # type: ignore[arg-type]
    dialog.due.open_calendar()
    assert (dialog.due.calendar.yearShown(), dialog.due.calendar.monthShown()) == (2031, 7)
    assert dialog.due.calendar.selectedDate() == QDate(2031, 7, 15)


def test_a_typed_due_date_is_kept(qtbot):
    dialog = shown(qtbot, ActionDialog(None, "situation", None, None))  # type: ignore[arg-type]
    type_into(qtbot, dialog.due, "2026-12-24")
    assert dialog.action()["due"] == "2026-12-24"
    assert not dialog.due.message.isVisible()


@pytest.mark.parametrize("typed", ["2026-02-30", "next week", "24/24/2026"])
def test_a_typed_non_date_is_named_and_stops_save(qtbot, typed):
    dialog = shown(qtbot, ActionDialog(None, "situation", None, None))  # type: ignore[arg-type]
    dialog.title.setText("Visit the detention centre")
    type_into(qtbot, dialog.due, typed)
    assert dialog.due.text() == typed  # not dropped, not replaced
    assert dialog.due.message.isVisible()
    assert "Due" in dialog.due.message.text() and typed in dialog.due.message.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()  # refused before anything is saved
    assert "Due" in dialog.problem.text() and typed in dialog.problem.text()


def test_situation_dates_are_date_fields_that_name_a_bad_date(qtbot):
    dialog = shown(qtbot, SituationDialog(None, {"date_from": "2025-03-01", "revision": 1}))  # type: ignore[arg-type]
    assert isinstance(dialog.date_from, DateField)
    assert dialog.document()["date_from"] == "2025-03-01"
    type_into(qtbot, dialog.date_to, "2025-31-12")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "To" in dialog.problem.text() and "2025-31-12" in dialog.problem.text()
    dialog.date_to.edit.selectAll()
    qtbot.keyClicks(dialog.date_to.edit, "2025-12-31")  # Return would save: no store here
    assert dialog.document()["date_to"] == "2025-12-31"
    assert not dialog.date_to.message.isVisible()  # the correction takes the message away


def test_a_required_date_says_it_is_needed_and_a_late_one_says_so(qtbot):
    field = shown(qtbot, DateField("Assessed on", None, optional=False, maximum=QDate(2026, 1, 1)))
    assert "Assessed on" in (field.problem() or "")
    field.set_value("2027-01-01")
    assert "2027-01-01" in (field.problem() or "") and field.value() == QDate(2027, 1, 1)
    field.set_value(QDate(2025, 5, 6))
    assert field.problem() is None and field.iso() == "2025-05-06"


def test_the_assessment_date_is_a_date_field_that_refuses_a_later_day(qtbot):
    from ui.situation_dialogs import AssessmentDialog

    dialog = shown(qtbot, AssessmentDialog(None, "s", None))  # type: ignore[arg-type]
    assert isinstance(dialog.date, DateField)
    assert dialog.document()["assessed_on"] == QDate.currentDate().toString("yyyy-MM-dd")
    later = QDate.currentDate().addDays(3).toString("yyyy-MM-dd")
    type_into(qtbot, dialog.date, later)  # Return: Save, refused
    assert dialog.isVisible()
    assert "Assessed on" in dialog.problem.text() and later in dialog.problem.text()


def test_no_date_field_hides_no_date_behind_a_placeholder_day():
    """The defect's cause: a QDateEdit whose "no date" is a real day (2000-01-01) opens its
    calendar there and eats typing. None is left in the dialogs of ui/."""
    import ast
    from pathlib import Path

    def calls(node: ast.AST, name: str) -> bool:
        return any(
            isinstance(n, ast.Call)
            and (getattr(n.func, "attr", None) == name or getattr(n.func, "id", None) == name)
            for n in ast.walk(node)
        )

    ui = Path(__file__).resolve().parents[2] / "ui"
    offenders = [
        f"{path.name}:{node.lineno}"
        for path in ui.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef)
        and calls(node, "QDateEdit")
        and calls(node, "setSpecialValueText")
    ]
    assert offenders == []


def type_over_all(qtbot, edit, text: str) -> None:
    """Select the whole date (Ctrl+A), then type another."""
    edit.setFocus()
    edit.lineEdit().selectAll()
    for ch in text:
        qtbot.keyClick(edit, ch)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("2024-03-15", "2024-03-15"), ("2024-3-5", "2024-03-05"), ("2023-11-30", "2023-11-30")],
)
def test_a_date_typed_over_a_selected_date_is_kept(qtbot, typed, kept):
    from ui.vocab_widgets import PartialDateEdit

    field = PartialDateEdit()
    shown(qtbot, field)
    field.activateWindow()
    qtbot.waitActive(field)
    type_over_all(qtbot, field.date_edit, typed)
    assert field.value() == kept  # each key used to be refused: "2" is no date


def test_the_report_period_takes_a_typed_date(qtbot, store):
    from tests.ui.test_reports_page import _page

    page = _page(qtbot, store)
    page.activateWindow()
    qtbot.waitActive(page)
    type_into(qtbot, page.date_from, "2025-06-01")
    assert page.date_from.date() == QDate(2025, 6, 1)


def test_every_date_edit_in_ui_takes_typing_over_a_selection():
    import ast
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    bare = []
    for path in ui.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        wrapped = {
            id(arg)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "typeable"
            for arg in node.args
        }
        bare += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QDateEdit"
            and id(node) not in wrapped
        ]
    assert bare == []

"""The incident list's date filter and the report and export periods (issue 17): a QDateEdit
silently turned a typed 31 February into another day. They are date fields now: the text
stays as typed, the line under it names the field and the problem, and nothing is done with
another day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ui.test_date_fields import type_into
from tests.ui.test_exchange_dialogs import make_export
from tests.ui.test_incident_list import applied, list_store, make_view, titles  # noqa: F401
from tests.ui.test_reports_page import _page
from ui.qt import QDate
from ui.widgets import DateField

IMPOSSIBLE = ["2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01"]


def refused(field: DateField, typed: str, name: str) -> None:
    assert field.text() == typed  # not dropped, not turned into another day
    assert field.value() is None and not field.date().isValid()
    assert field.message.isVisible()
    message = field.message.text()
    assert name in message and typed in message, message


@pytest.mark.parametrize("typed", IMPOSSIBLE)
def test_the_list_date_filter_refuses_an_impossible_date(qtbot, list_store, typed):  # noqa: F811
    view = make_view(qtbot, list_store)
    view.from_edit.setDate(QDate(2024, 1, 1))
    applied(qtbot, view, lambda: view.from_check.setChecked(True))
    assert titles(view) == ["Shelling of market", "Arrestations à Goma", "Convoy ambush"]
    loads = []
    view.model.loaded.connect(lambda *_: loads.append(1))
    type_into(qtbot, view.from_edit, typed)
    refused(view.from_edit, typed, "From date")
    # the list keeps the date it took, and the rows shown: no other day filters it
    assert view.current_query().date_from == date(2024, 1, 1)
    assert loads == []  # and typing it asked for no rows
    applied(qtbot, view, lambda: view.status_combo.setCurrentIndex(1))  # another filter
    assert view.current_query().date_from == date(2024, 1, 1)
    assert view.from_edit.text() == typed and view.from_edit.message.isVisible()
    applied(qtbot, view, lambda: type_into(qtbot, view.from_edit, "2024-02-29"))  # a leap day
    assert view.current_query().date_from == date(2024, 2, 29)
    assert not view.from_edit.message.isVisible()


@pytest.mark.parametrize("typed", IMPOSSIBLE)
def test_the_report_period_refuses_an_impossible_date(qtbot, store, typed):
    page = _page(qtbot, store)
    type_into(qtbot, page.date_to, typed)
    refused(page.date_to, typed, "To")
    page.make(lambda: None)
    assert page.report is None  # nothing gathered for another period
    assert typed in page.status.text() and page.status.text().startswith("To")
    assert page.preview_button.isEnabled()


@pytest.mark.parametrize("typed", IMPOSSIBLE)
def test_the_export_period_refuses_an_impossible_date(qtbot, store, tmp_path, typed):
    dialog = make_export(qtbot, store)
    dialog.limit_dates.setChecked(True)
    type_into(qtbot, dialog.date_from, typed)  # its Return is Save, refused: still open
    assert dialog.isVisible()
    refused(dialog.date_from, typed, "From")
    out = tmp_path / "never.csv"
    with qtbot.waitSignal(dialog.failed, timeout=5_000) as failed:
        dialog.export_to(out)
    assert typed in failed.args[0] and failed.args[0].startswith("From")
    assert dialog.status.text() == failed.args[0]
    assert not out.exists()
    with qtbot.waitSignal(dialog.failed, timeout=5_000):
        dialog.ask_where_to_save()  # refused before a file is asked for
    dialog.limit_dates.setChecked(False)  # no limit: the field's text no longer matters
    assert dialog.request().date_from is None

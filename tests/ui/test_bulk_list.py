"""Bulk work in the incident list, on a real encrypted store: select rows, change them at once
(with the confirmation a widening change asks), export the selection, saved filters and the
column chooser."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.incidents import Incidents
from app.models import AuditEntry
from app.settings import Settings
from app.situations import Situations
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import FAST_KDF, PASSPHRASE, on_worker
from ui.bulk_dialog import BulkChangeDialog
from ui.incident_list import IncidentListView
from ui.incident_model import CONFIDENTIALITY, STATUS, IdRole

WAIT = 10_000  # ms
USER = "amina"


@pytest.fixture
def bulk_store(tmp_path: Path, qtbot) -> Iterator[Store]:
    """Six incidents: four internal drafts of this user, two submitted by another."""
    store, _ = Store.create(tmp_path / "data", USER, PASSPHRASE, kdf=FAST_KDF)
    incidents = Incidents(store)
    incidents.add_many(
        [incident_doc(title=f"Draft {i}", occurred_from=f"2026-10-0{i + 1}") for i in range(4)]
    )
    ids = incidents.add_many(
        [
            incident_doc(title=f"Submitted {i}", status="submitted", confidentiality="internal")
            for i in range(2)
        ]
    )
    with store.transaction() as s:  # written by someone else
        from app.models import Incident

        s.execute(Incident.__table__.update().where(Incident.id.in_(ids)).values(created_by="ben"))
    yield store
    on_worker(qtbot, store.close)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "settings.json")


@pytest.fixture
def view(qtbot, bulk_store, settings) -> IncidentListView:
    view = IncidentListView(bulk_store, settings=settings)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.total == 6 and not view.model.is_loading(), timeout=WAIT)
    return view


def select_rows(view: IncidentListView, rows: list[int]) -> list[str]:
    selection = view.table.selectionModel()
    selection.clearSelection()
    flag = type(selection).SelectionFlag
    for row in rows:
        selection.select(view.model.index(row, 0), flag.Select | flag.Rows)
    return [view.model.index(r, 0).data(IdRole) for r in rows]


def stored(store: Store, qtbot) -> dict[str, tuple[str, str, int]]:
    def read() -> dict[str, tuple[str, str, int]]:
        return {
            d["id"]: (d["status"], d["confidentiality"], d["revision"])
            for d in Incidents(store).documents(
                [r["id"] for r in Incidents(store).list()], sources=False
            )
        }

    return on_worker(qtbot, read)


def audit_count(store: Store, qtbot) -> int:
    def read() -> int:
        with store.session() as s:
            return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    return on_worker(qtbot, read)


def open_dialog(qtbot, view: IncidentListView, rows: list[int]) -> BulkChangeDialog:
    select_rows(view, rows)
    assert view.change_button.isEnabled()
    view.change_button.click()
    qtbot.waitUntil(lambda: view.bulk_dialog is not None and view.bulk_dialog.isVisible())
    assert view.bulk_dialog is not None
    return view.bulk_dialog


def test_nothing_selected_nothing_to_change(view):
    view.table.clearSelection()
    assert not view.change_button.isEnabled() and not view.export_button.isEnabled()
    assert view.table.selectionMode() == view.table.SelectionMode.ExtendedSelection


def test_a_change_that_widens_names_count_and_audience_and_cancel_changes_nothing(
    qtbot, view, bulk_store
):
    # the two submitted records are internal: making them public widens; the drafts not
    rows = [r for r in range(6) if view.model.index(r, STATUS).data() == "Submitted"]
    rows += [r for r in range(6) if r not in rows][:2]
    before, logged = stored(bulk_store, qtbot), audit_count(bulk_store, qtbot)
    dialog = open_dialog(qtbot, view, rows)
    assert "4" in dialog.heading.text()
    dialog.choose("confidentiality", "public")
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible(), timeout=WAIT)
    text = dialog.confirm.message.text()
    assert "4 selected incident(s)" in text
    assert "the public" in text and "read 2 of them" in text
    # neither has a cleared summary: their narrative stays in
    assert "2 of them have no summary cleared" in text
    dialog.confirm.reject()
    assert dialog.status.text() == "Nothing was changed."
    assert stored(bulk_store, qtbot) == before
    assert audit_count(bulk_store, qtbot) == logged

    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.confirm.isVisible(), timeout=WAIT)
    with qtbot.waitSignal(dialog.applied, timeout=WAIT) as done:
        dialog.confirm.accept()
    assert done.args[0].changed == 4
    after = stored(bulk_store, qtbot)
    ids = [view.model.index(r, 0).data(IdRole) for r in rows]
    assert all(after[i][1] == "public" and after[i][2] == before[i][2] + 1 for i in ids)
    assert audit_count(bulk_store, qtbot) == logged + 4
    qtbot.waitUntil(
        lambda: (
            not view.model.is_loading()
            and all(
                view.model.index(r, CONFIDENTIALITY).data() == "Public"
                for r in range(6)
                if view.model.index(r, 0).data(IdRole) in ids
            )
        ),
        timeout=WAIT,
    )


def test_a_change_that_widens_nothing_is_applied_without_asking(qtbot, view, bulk_store):
    rows = [r for r in range(6) if view.model.index(r, STATUS).data() == "Draft"]
    dialog = open_dialog(qtbot, view, rows)
    dialog.choose("confidentiality", "internal")  # un -> internal: fewer readers
    with qtbot.waitSignal(dialog.applied, timeout=WAIT) as done:
        dialog.apply_button.click()
    assert dialog.confirm is None
    assert done.args[0].changed == len(rows)


def test_a_refused_change_says_why_and_changes_nothing(qtbot, view, bulk_store):
    empty = on_worker(
        qtbot,
        lambda: Incidents(bulk_store).add(
            incident_doc(title="Empty", violations=[], perpetrators=[], confidentiality="internal")
        ),
    )
    view.refresh()
    qtbot.waitUntil(lambda: view.model.total == 7 and not view.model.is_loading(), timeout=WAIT)
    row = next(r for r in range(7) if view.model.index(r, 0).data(IdRole) == empty)
    before = stored(bulk_store, qtbot)
    dialog = open_dialog(qtbot, view, [row])
    dialog.choose("status", "submitted")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        dialog.apply_button.click()
    assert "Nothing was changed" in failed.args[0] and "violation" in failed.args[0]
    assert stored(bulk_store, qtbot) == before


def test_add_selection_to_a_situation(qtbot, bulk_store, settings):
    situations = Situations(bulk_store)
    sid = on_worker(
        qtbot,
        lambda: situations.add(
            {
                "name": "Far away",
                "country": "COD",
                "description": "No record matches its rule.",
                "status": "concern",
                "owner": USER,
            }
        ),
    )
    view = IncidentListView(bulk_store, settings=settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(view.situations) and view.model.total == 6, timeout=WAIT)
    ids = select_rows(view, [0, 1])
    view.change_selected()
    dialog = view.bulk_dialog
    dialog.choose("situation", sid)
    with qtbot.waitSignal(dialog.applied, timeout=WAIT):
        dialog.apply_button.click()
    assert set(on_worker(qtbot, lambda: situations.incident_ids(sid))) == set(ids)
    # the situation's scope is a saved filter: the list shows those two
    view.choose_saved_filter(f"situation:{sid}")
    qtbot.waitUntil(lambda: view.model.total == 2 and not view.model.is_loading(), timeout=WAIT)
    assert {view.model.index(r, 0).data(IdRole) for r in range(2)} == set(ids)


def test_export_the_selection_only(qtbot, view, tmp_path):
    ids = select_rows(view, [1, 3])
    view.export_selected()
    dialog = view.export_dialog
    assert dialog is not None and "2" in dialog.selection_note.text()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.audience.setCurrentIndex(dialog.audience.findData("internal"))
    out = tmp_path / "selection.json"
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.export_to(out)
    written = json.loads(out.read_text(encoding="utf-8"))
    records = written["incidents"] if isinstance(written, dict) else written
    assert sorted(r["id"] for r in records) == sorted(ids)


def test_saved_filters(qtbot, view, bulk_store, settings):
    view.choose_saved_filter("builtin:drafts")  # mine, drafts
    qtbot.waitUntil(lambda: view.model.total == 4 and not view.model.is_loading(), timeout=WAIT)
    view.choose_saved_filter("builtin:review")  # submitted, anyone's
    qtbot.waitUntil(lambda: view.model.total == 2 and not view.model.is_loading(), timeout=WAIT)
    assert {view.model.index(r, STATUS).data() for r in range(2)} == {"Submitted"}

    view.choose_saved_filter(None)
    qtbot.waitUntil(lambda: view.model.total == 6, timeout=WAIT)
    view.search_edit.setText("Draft 2")
    view._apply()
    qtbot.waitUntil(lambda: view.model.total == 1 and not view.model.is_loading(), timeout=WAIT)
    view.save_filter("Second draft")
    assert Settings(settings.path).get("incident_list_filters")["Second draft"]["text"] == (
        "Draft 2"
    )
    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.total == 6 and not view.model.is_loading(), timeout=WAIT)
    # a new list (the window opened again) offers it, and it applies
    again = IncidentListView(bulk_store, settings=Settings(settings.path))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.model.total == 6, timeout=WAIT)
    again.choose_saved_filter("named:Second draft")
    qtbot.waitUntil(lambda: again.model.total == 1 and not again.model.is_loading(), timeout=WAIT)
    assert again.search_edit.text() == "Draft 2"
    again.delete_saved_filter()
    assert "Second draft" not in Settings(settings.path).get("incident_list_filters")


def test_column_chooser_hides_a_column_and_it_stays_hidden(qtbot, view, bulk_store, settings):
    header = view.table.horizontalHeader()
    menu = view.column_chooser()
    status = next(a for a in menu.actions() if a.text() == "Status")
    assert status.isChecked()
    status.setChecked(False)
    assert header.isSectionHidden(STATUS)
    menu.close()
    again = IncidentListView(bulk_store, settings=Settings(settings.path))
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(STATUS)
    assert not again.table.horizontalHeader().isSectionHidden(CONFIDENTIALITY)
    again.set_column_shown(STATUS, True)
    assert Settings(settings.path).get("incident_list_hidden_columns") == []
    qtbot.waitUntil(lambda: again.model.total == 6, timeout=WAIT)


def test_select_all_takes_rows_whose_page_is_not_loaded_yet(qtbot, bulk_store, settings):
    from ui.incident_model import PAGE_SIZE

    on_worker(
        qtbot,
        lambda: Incidents(bulk_store).add_many(
            [incident_doc(title=f"More {i}") for i in range(2 * PAGE_SIZE)]
        ),
    )
    view = IncidentListView(bulk_store, settings=settings)
    qtbot.addWidget(view)
    view.show()
    total = 2 * PAGE_SIZE + 6
    qtbot.waitUntil(lambda: view.model.total == total and not view.model.is_loading(), timeout=WAIT)
    assert view.model.incident_id(total - 1) is None  # the last page is not read yet
    view.table.selectAll()
    view.change_selected()
    qtbot.waitUntil(lambda: view.bulk_dialog is not None, timeout=WAIT)
    ids = view.bulk_dialog.ids
    assert len(ids) == len(set(ids)) == total
    everything = on_worker(qtbot, lambda: [r["id"] for r in Incidents(bulk_store).list()])
    assert set(ids) == set(everything)

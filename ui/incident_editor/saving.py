"""The editor's round trips to the store, a mixin of IncidentEditor: loading the record and
its history, saving, autosaving drafts, closing (with the unsaved-changes question) and
revealing a protected name. Its strings keep the window's translation context
("IncidentEditor")."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from app.errors import BadInput, UpfrontError
from ui.failures import failure_message, failure_message_in
from ui.incident_editor import history_text, work
from ui.incident_editor.fields import set_json_value
from ui.incident_editor.rows import Row
from ui.qt import (
    QCloseEvent,
    QCoreApplication,
    QLocale,
    QMessageBox,
    QStatusBar,
    QTableWidgetItem,
    QTime,
)
from ui.tasks import run_in_background
from ui.text import fill

log = logging.getLogger(__name__)


SAVED_MESSAGE_MS = 8000  # how long "Saved at …" stays in the status bar


class SavingMixin:
    """Loading, saving, drafts, closing and reveals."""

    read_only: str | None  # the audience of HQ's view shown (IncidentEditor.set_read_only)
    lang: str  # the interface language (IncidentEditor)
    incident_id: str | None  # None for a record not saved yet
    _restored: bool  # the form holds a draft restored from the store
    statusBar: Callable[[], QStatusBar]  # QMainWindow's (IncidentEditor)

    # ---- loading -----------------------------------------------------------------------------
    def _loaded(self, doc: dict) -> None:
        self.load_doc(doc)
        self._refresh_finders()
        self.tabs.setEnabled(True)
        self.attachments_page.setEnabled(True)
        self._update_save()
        self._update_title()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UpfrontError):
            self._say(failure_message(exc))
        else:
            log.error("incident editor: %s", type(exc).__name__)
            self._say(
                failure_message_in(
                    QCoreApplication.translate(
                        "IncidentEditor", "Something went wrong; nothing was changed."
                    ),
                    exc,
                )
            )

    def refresh_history(self) -> None:
        if self.incident_id is None:
            return
        run_in_background(
            partial(work.history, self.store, self.incident_id),
            self._show_history,
            self._failed,
            parent=self,
        )

    def _show_history(self, entries: list[dict]) -> None:
        table = self.history_table
        table.setRowCount(0)
        protected = history_text.protected_ids(entries)
        for entry in reversed(entries):  # newest first
            field = entry["field"]
            cells = [
                history_text.when_text(entry["at"]),
                history_text.actor_text(entry["actor"]),
                history_text.field_label(field),
                history_text.value_text(entry["old"], field, self.lang, protected),
                history_text.value_text(entry["new"], field, self.lang, protected),
            ]
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        self.history_loaded.emit()

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or self.read_only is not None:  # HQ's view: never saved here
            return
        if self.validate_now() is not None:
            return
        doc, keep = self.save_doc(self.form_doc())
        self._saving = True
        self._update_save()
        self._say("")
        run_in_background(
            partial(work.save, self.store, self.incident_id, doc, keep, self.draft_id),
            self._saved,
            self._save_failed,
            parent=self,
        )

    def _saved(self, outcome: tuple[str, dict]) -> None:
        incident_id, doc = outcome
        self._saving = False
        self.incident_id = incident_id
        self.draft_id = None
        self._restored = False
        self._changed_since_draft = False
        self.load_doc(doc)
        self._refresh_finders()
        self.tabs.setEnabled(True)
        self.attachments_page.setEnabled(True)
        self._update_save()
        self._update_title()
        self.refresh_history()
        self.refresh_attachments()
        self.statusBar().showMessage(
            fill(
                QCoreApplication.translate("IncidentEditor", "Saved at {time}."),
                time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat),
            ),
            SAVED_MESSAGE_MS,
        )
        self.saved.emit(incident_id)
        if self._close_after_save:
            self._close_ok = True
            self.close()

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        self._close_after_save = False
        if isinstance(exc, BadInput):
            if exc.field == "revision":
                self._say(exc.reason)
            else:
                self.show_error(exc)
                self._say(str(exc))
        else:
            self._failed(exc)
        self._update_save()

    # ---- drafts ------------------------------------------------------------------------------
    def autosave(self) -> None:
        """Keep what is typed in the encrypted store (at most every AUTOSAVE_MS)."""
        if not self._changed_since_draft or self._draft_busy or self._saving:
            return
        self._draft_busy = True
        self._changed_since_draft = False
        run_in_background(
            partial(work.save_draft, self.store, self.form_doc(), self.draft_id, self.incident_id),
            self._draft_done,
            self._draft_failed,
            parent=self,
        )

    def _draft_done(self, draft_id: str) -> None:
        self._draft_busy = False
        self.draft_id = draft_id
        self.draft_saved.emit(draft_id)

    def _draft_failed(self, exc: Exception) -> None:
        self._draft_busy = False
        self._changed_since_draft = True
        self._failed(exc)

    def close_for_lock(self) -> None:
        """The store is about to lock: queue a last draft save, then close without asking."""
        self.autosave_timer.stop()
        self.validate_timer.stop()
        if self.is_modified() or self._changed_since_draft:
            run_in_background(
                partial(
                    work.save_draft, self.store, self.form_doc(), self.draft_id, self.incident_id
                ),
                None,
                work.log_failure,
            )
        self._close_ok = True
        self.close()

    # ---- closing -----------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel (a method of its own so tests can answer it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("IncidentEditor", "Unsaved changes"),
            QCoreApplication.translate(
                "IncidentEditor", "This incident has changes that are not saved."
            ),
            parent=self,
        )
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if self.is_valid():
            buttons |= QMessageBox.StandardButton.Save
        box.setStandardButtons(buttons)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self._close_ok or not self.is_modified():
            self._stop()
            event.accept()
            return
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save and self.is_valid():
            self._close_after_save = True
            self.save()
            event.ignore()
        elif answer == QMessageBox.StandardButton.Discard:
            if self.draft_id:
                run_in_background(
                    partial(work.discard_draft, self.store, self.draft_id), None, work.log_failure
                )
                self.draft_id = None
            self._stop()
            event.accept()
        else:
            event.ignore()

    def _stop(self) -> None:
        self.autosave_timer.stop()
        self.validate_timer.stop()
        if self.viewer is not None:
            self.viewer.close()

    # ---- reveal ------------------------------------------------------------------------------
    def reveal(self, row: Row) -> None:
        person_id = row.carried.get("id")
        if not person_id or self.incident_id is None:
            return
        run_in_background(
            partial(work.reveal, self.store, self.incident_id, person_id),
            partial(self._revealed, person_id),
            self._failed,
            parent=self,
        )

    def _revealed(self, person_id: str, name: str | None) -> None:
        for rows in (self.victims_list, self.sources_list):
            for row in rows.rows:
                if row.carried.get("id") == person_id and row.masked:
                    edit = row.fields["name"]
                    with self.quietly():
                        set_json_value(edit, name)
                    row.set_masked(False)
                    edit.setFocus()
        self.revealed.emit(person_id)

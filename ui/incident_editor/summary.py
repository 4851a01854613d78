"""What partners and the public may see, a mixin of IncidentEditor: the hint that the place
names a protected victim (a sensitive location), and the state and clearance of the summary
for partners and the public. Its strings keep the window's translation context
("IncidentEditor")."""

from __future__ import annotations

from functools import partial

from app.keyfile import RECOVERY_SLOT
from app.redaction import Withheld
from ui.incident_editor import work
from ui.qt import QCoreApplication
from ui.tasks import run_in_background
from ui.text import fill


class SummaryMixin:
    """The sensitive-location hint and the summary's clearance."""

    read_only: str | None  # the audience of HQ's view shown (IncidentEditor.set_read_only)

    def place_names_protected_victim(self) -> bool:
        """Whether the place text names a protected victim of this record (as typed, or as
        stored for those the form keeps masked), in any spelling."""
        place = self.place_edit.text().strip()
        if not place:
            return False
        for person in self.victims_list.values():
            if not person.get("protected"):
                continue
            if person.get("name"):
                if Withheld([person["name"]]).found(place):
                    return True
            elif person.get("id") in self._finders and self._finders[person["id"]].found(place):
                return True
        return False

    def _update_location_hint(self) -> None:
        self.sensitive_hint.setVisible(
            not self.sensitive_check.isChecked() and self.place_names_protected_victim()
        )

    def _refresh_finders(self) -> None:
        if self.incident_id is not None:
            run_in_background(
                partial(work.protected_finders, self.store, self.incident_id),
                self._finders_loaded,
                work.log_failure,
                parent=self,
            )

    def _finders_loaded(self, finders: dict[str, Withheld]) -> None:
        self._finders = finders
        self._update_location_hint()

    def _own_summary(self) -> bool:
        author = self._summary.get("written_by")
        return author is not None and author.casefold() == self.store.user.casefold()

    def _update_summary_state(self) -> None:
        s = self._summary
        stored = s.get("text")
        typed = self.summary_edit.toPlainText().strip() or None
        own, alone = self._own_summary(), len(self.store.keys.users()) <= 1
        when = (s.get("cleared_at") or "")[:10]
        if typed != stored:
            state = (
                QCoreApplication.translate(
                    "IncidentEditor", "Changed: once saved, the new text needs clearing again"
                )
                if stored
                else QCoreApplication.translate("IncidentEditor", "Not cleared")
            )
        elif not stored:
            state = QCoreApplication.translate(
                "IncidentEditor",
                "No summary: reports outside the UN print nothing for this incident",
            )
        elif not s.get("cleared_by"):
            state = QCoreApplication.translate("IncidentEditor", "Not cleared")
        elif s.get("single_user"):
            state = fill(
                QCoreApplication.translate(
                    "IncidentEditor", "Cleared by the author alone (single-user office) on {when}"
                ),
                when=when,
            )
        else:
            state = fill(
                QCoreApplication.translate("IncidentEditor", "Cleared by {user} on {when}"),
                user=s["cleared_by"],
                when=when,
            )
        self.summary_state.setText(state)
        why = ""
        if self.incident_id is None or typed != stored or self.is_modified():
            why = QCoreApplication.translate("IncidentEditor", "Save the incident first.")
        elif not stored:
            why = QCoreApplication.translate("IncidentEditor", "There is no summary to clear.")
        elif self.store.slot.kind == RECOVERY_SLOT:
            why = QCoreApplication.translate(
                "IncidentEditor", "Sign in as a user to clear the summary."
            )
        elif own and not alone:
            why = QCoreApplication.translate(
                "IncidentEditor", "A user other than its author clears the summary."
            )
        elif s.get("cleared_by") and (own or not s.get("single_user")):
            why = QCoreApplication.translate("IncidentEditor", "The summary is cleared.")
        self.clear_button.setEnabled(not why and not self._saving and self.read_only is None)
        self.clear_button.setToolTip(why)

    def clear_summary(self) -> None:
        if not self.clear_button.isEnabled():
            return
        self._saving = True
        self.clear_button.setEnabled(False)
        self._update_save()
        self._say("")
        run_in_background(
            partial(work.clear_summary, self.store, self.incident_id),
            self._summary_cleared,
            self._clear_failed,
            parent=self,
        )

    def _clear_failed(self, exc: Exception) -> None:
        self._save_failed(exc)
        self._update_summary_state()

    def _summary_cleared(self, doc: dict) -> None:
        self._saving = False
        self.load_doc(doc)
        self._update_save()
        self.refresh_history()
        self.saved.emit(self.incident_id)

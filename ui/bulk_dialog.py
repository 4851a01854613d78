"""Change selected incidents at once (app.bulk): status, confidentiality, verification, or add
them to a situation.

`BulkChangeDialog` asks for the change, counts on the worker what it would do
(`Bulk.preview`), and when the change lets an audience read records it could not read before
opens `ConfirmWideningDialog`, which names how many records and which audience (and how many of
them go without their account, having no cleared summary). Only once confirmed is the change
applied, in one transaction on the worker; cancelling leaves every record as it was.
"""

from __future__ import annotations

from functools import partial

from app.bulk import SITUATION, Bulk, BulkChange, BulkResult, Preview
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill


class ConfirmWideningDialog(QDialog):
    """Asks before a change lets more people read records: how many, and who."""

    def __init__(self, selected: int, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Let more people read these records?"))
        names = {
            "internal": self.tr("the country team"),
            "un": self.tr("the United Nations system"),
            "partners": self.tr("trusted partners"),
            "public": self.tr("the public"),
        }
        audience = names[preview.audience or "internal"]
        text = fill(
            self.tr(
                "This change applies to {selected} selected incident(s). It lets {audience} "
                "read {count} of them, which they cannot read now."
            ),
            selected=selected,
            audience=audience,
            count=preview.widening,
        )
        if preview.summary_withheld:
            text += " " + fill(
                self.tr(
                    "{count} of them have no summary cleared for partners and the public: "
                    "their narrative is never released; outside the UN they are counted, "
                    "without an account, until a second user clears a summary."
                ),
                count=preview.summary_withheld,
            )
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What the change does"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton(
            fill(self.tr("Let {audience} read them"), audience=audience)
        )
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)


class BulkChangeDialog(QDialog):
    """One change for the incidents selected in the list. Emits `applied(result)` once the
    change is written; `failed(message)` when it is refused (nothing is then written)."""

    applied = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        ids: list[str],
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        situations: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ids = list(ids)
        self.lang = lang
        self.bulk = Bulk(store)
        self.confirm: ConfirmWideningDialog | None = None
        self._situations = situations or []
        self.setWindowTitle(self.tr("Change selected incidents"))

        self.heading = QLabel(
            self.tr("Change the %n selected incident(s) at once.", "", len(self.ids))
        )
        self.heading.setWordWrap(True)
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("What to change"))
        self.field.addItem(self.tr("Status"), "status")
        self.field.addItem(self.tr("Confidentiality"), "confidentiality")
        self.field.addItem(self.tr("Verification"), "verification")
        if self._situations:
            self.field.addItem(self.tr("Add to a situation"), SITUATION)
        self.value = QComboBox()
        self.value.setAccessibleName(self.tr("New value"))
        self.field.currentIndexChanged.connect(self._fill_values)
        self._fill_values()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Outcome"))
        self.apply_button = QPushButton(self.tr("Change"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Change"), self.field)
        form.addRow(self.tr("To"), self.value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ---- the form -------------------------------------------------------------------------
    def _fill_values(self) -> None:
        self.value.clear()
        fld = self.field.currentData()
        if fld == SITUATION:
            for situation_id, name in self._situations:
                self.value.addItem(name, situation_id)
            return
        for term in vocabularies().terms(fld):
            self.value.addItem(term.label(self.lang), term.code)

    def choose(self, fld: str, value: str) -> None:
        """Pick the change (as a person would in the two lists)."""
        self.field.setCurrentIndex(self.field.findData(fld))
        self.value.setCurrentIndex(self.value.findData(value))

    # ---- running --------------------------------------------------------------------------
    def start(self) -> None:
        """Check the change and count what it does, on the worker; then confirm or apply."""
        fld, value = self.field.currentData(), self.value.currentData()
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Counting what the change does…"))
        run_in_background(
            partial(self._preview, fld, value), self._previewed, self._failed, parent=self
        )

    def _preview(self, fld: str, value: str) -> tuple[BulkChange, Preview]:
        change = self.bulk.change(fld, value)
        return change, self.bulk.preview(self.ids, change)

    def _previewed(self, outcome: tuple[BulkChange, Preview]) -> None:
        change, preview = outcome
        if preview.audience is None:
            self._apply(change, None)
            return
        self.confirm = ConfirmWideningDialog(len(self.ids), preview, self)
        self.confirm.accepted.connect(partial(self._apply, change, preview.audience))
        self.confirm.rejected.connect(self._not_confirmed)
        self.confirm.open()

    def _not_confirmed(self) -> None:
        self.apply_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was changed."))

    def _apply(self, change: BulkChange, audience: str | None) -> None:
        self.status.setText(self.tr("Changing the incidents…"))
        run_in_background(
            partial(self.bulk.apply, self.ids, change, confirm=audience),
            self._applied,
            self._failed,
            parent=self,
        )

    def _applied(self, result: BulkResult) -> None:
        self.apply_button.setEnabled(True)
        self.status.setText(
            fill(
                self.tr(
                    "Changed %n incident(s); {unchanged} already had that value.",
                    "",
                    result.changed,
                ),
                unchanged=result.unchanged,
            )
        )
        self.applied.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.apply_button.setEnabled(True)
        message = fill(self.tr("Nothing was changed: {reason}"), reason=failure_message(exc))
        self.status.setText(message)
        self.failed.emit(message)

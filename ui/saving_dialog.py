"""The base of the dialogs that save a record on the store's worker (situations, assessments,
strategy actions, decisions, engagements, the task force, guidance): Save and Cancel, the
input refused shown below the form with the dialog left open, and the date fields checked
before anything is sent."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.errors import BadInput
from ui.failures import failure_message, failure_message_in
from ui.palette import ERROR_TEXT
from ui.qt import QDialog, QDialogButtonBox, QLabel, Qt, QWidget, Signal
from ui.tasks import run_in_background
from ui.widgets import DateField

log = logging.getLogger(__name__)


class _SavingDialog(QDialog):
    """Save on the worker; stay open with the problem shown if the input is refused. (The
    class keeps its name, the context of its translated message.)"""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_TEXT}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        raise NotImplementedError

    def _dates_ok(self, *fields: DateField) -> bool:
        """Refuse to save while a date field holds text that is no date: name the field
        below the form (each field also says it under itself) and go to the first one."""
        problems = [(f, p) for f in fields if (p := f.problem())]
        for f in fields:
            f.check()
        if problems:
            self.problem.setText("\n".join(p for _f, p in problems))
            problems[0][0].setFocus()
            return False
        return True

    def _run(self, fn: Callable[[], Any]) -> None:
        self.buttons.setEnabled(False)
        run_in_background(fn, self._done, self._failed, parent=self)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, BadInput):
            self.problem.setText(failure_message(exc))  # "field: reason", ours
        else:
            log.error("saving failed: %s", type(exc).__name__)
            self.problem.setText(failure_message_in(self.tr("Not saved."), exc))

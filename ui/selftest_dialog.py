"""Help ▸ Run self-test: the checks of `upfront selftest`, one line each as it finishes, for
an officer to read or copy to whoever supports them. Checks that draw through Qt run on the
GUI thread; the others (the scratch store's key derivation, the link to HQ) on the store
worker, so the window stays responsive.

The lines themselves are in English, as `upfront selftest` prints them: they are meant for
support staff, and a copy reads the same whatever the interface language."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

from app.selftest import Check, Outcome, Result, Runner
from ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill

MARKS = {"ok": "✔", "FAIL": "✘", "skip": "–"}


class SelfTestDialog(QDialog):
    finished_checks = Signal(object)  # the Outcome, once every check has run

    def __init__(
        self,
        checks: Sequence[Check],
        data_dir: Path,
        store: object | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Self-test"))
        self.setMinimumWidth(720)
        self.checks = list(checks)
        self.data_dir = data_dir
        self.store = store
        self.outcome = Outcome()
        self._runner: Runner | None = None
        self._next = 0
        self._on_worker = False  # a check is running on the store worker
        self._stopped = False  # the dialog was closed: the run ends with the running check

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setWordWrap(True)
        self.results.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English lines
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy results"))
        self.again_button = QPushButton(self.tr("Run &again"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_results)
        self.again_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

    # ---- running --------------------------------------------------------------------------
    def start(self) -> None:
        if self._runner is not None:
            return  # a run is going on
        self._stopped = False
        self.results.clear()
        self.outcome = Outcome()
        self._next = 0
        self._runner = Runner(self.data_dir, store=self.store)
        self.copy_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self._run_next()

    def _run_next(self) -> None:
        runner = self._runner
        if runner is None:
            return
        if self._next >= len(self.checks):
            self._finish()
            return
        check = self.checks[self._next]
        self.status.setText(fill(self.tr("Checking {name}…"), name=check.name))
        if check.main_thread:
            QTimer.singleShot(0, self, lambda: self._done(runner.run(check)))
        else:
            self._on_worker = True
            run_in_background(partial(runner.run, check), self._done, parent=self)

    def _done(self, result: Result) -> None:
        self._on_worker = False
        if self._runner is None:
            return
        if self._stopped:  # closed meanwhile: the scratch folder goes once nothing uses it
            self._runner.close()
            self._runner = None
            return
        self.outcome.results.append(result)
        item = QListWidgetItem(f"{MARKS[result.status]}  {result.line()}")
        if result.status == "FAIL":
            item.setForeground(Qt.GlobalColor.darkRed)
        self.results.addItem(item)
        self._next += 1
        self._run_next()

    def _finish(self) -> None:
        if self._runner is not None:
            self._runner.close()
            self._runner = None
        failed = len(self.outcome.failed)
        total = len(self.outcome.results)
        if failed:
            self.status.setText(
                fill(
                    self.tr(
                        "{failed} of {total} checks failed. Copy the results and send them to "
                        "whoever supports Upfront for your office."
                    ),
                    failed=failed,
                    total=total,
                )
            )
        else:
            self.status.setText(
                fill(
                    self.tr("Everything works: {total} checks passed or did not apply."),
                    total=total,
                )
            )
        self.copy_button.setEnabled(True)
        self.again_button.setEnabled(True)
        self.finished_checks.emit(self.outcome)

    def text(self) -> str:
        return "\n".join([*(r.line() for r in self.outcome.results), self.outcome.summary()])

    def copy_results(self) -> None:
        QApplication.clipboard().setText(self.text())

    def done(self, code: int) -> None:
        """Closed mid-run: no further check starts; the scratch folder is removed now, or
        when the check running on the worker comes back."""
        if self._runner is not None:
            self._stopped = True
            if not self._on_worker:
                self._runner.close()
                self._runner = None
        super().done(code)

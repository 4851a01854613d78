"""Long work in the window: a bar, what is being done, and Cancel (app.progress in Qt).

    run_with_progress(self, self.tr("Importing"), partial(commit, store, checked, table),
                      on_success=self._imported, on_failure=self._failed)

`fn` gets an `app.progress.Progress` as its `progress` keyword and runs on the store worker
(ui.tasks). The worker's steps travel to the window as a queued Qt signal of one relay that
lives as long as the application (a dialog closed meanwhile is simply no longer connected),
at most every STEP_MS, and always at a change of phase and at the end. Cancel asks the work
to stop at its next step (app.progress); the dialog says it is stopping, and closes when the
work has stopped: `on_cancelled` then runs instead of `on_failure`. The dialog appears only
once the work has lasted SHOW_AFTER_MS, so a small export never flashes a window. Past the
work's point of no return (a rekey's swap) Cancel is disabled and the dialog says why.

`ProgressPanel` is the bar, the text and the button alone, for a page that shows its own long
work in place (the Sync page); `ProgressDialog` holds one, modal to its window.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import Cancelled, UpfrontError
from app.files import publish
from app.progress import REKEY_SWAP, REMOVE_USER, Progress, Step
from ui.failures import failure_message_in
from ui.qt import (
    QCoreApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QObject,
    QProgressBar,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
    is_valid,
)
from ui.tasks import default_failure, run_in_background
from ui.text import fill

log = logging.getLogger(__name__)

STEP_MS = 50  # at most this often a step crosses to the window (a bar needs no more)
SHOW_AFTER_MS = 400  # work done sooner never flashes a dialog

_ids = itertools.count(1)
_guard = threading.Lock()


class _Relay(QObject):
    """One per application, in the GUI thread: carries every worker's steps to the window."""

    stepped = Signal(int, object)  # the progress's id, its Step
    final = Signal(int, str)  # the progress's id, why it can no longer be cancelled


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    with _guard:
        if _relay is None or not is_valid(_relay):
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("create the QApplication before showing progress")
            _relay = _Relay(app)  # destroyed with the application, never by a worker
        return _relay


def relayed_progress(*, pump: bool = False) -> tuple[int, Progress]:
    """A Progress whose steps (throttled) and point of no return reach the window through
    the relay, tagged with the id returned. Make it on the GUI thread. With `pump`, for work
    that must run on the GUI thread (painting a report), each step passed on also lets the
    window handle its events, so the bar moves and Cancel can be clicked."""
    relay, key = _the_relay(), next(_ids)
    when = [0.0]
    phase = [""]

    def on_step(step: Step) -> None:
        now = time.monotonic()
        end = step.total > 0 and step.done >= step.total
        if step.phase == phase[0] and not end and (now - when[0]) * 1000 < STEP_MS:
            return
        when[0], phase[0] = now, step.phase
        relay.stepped.emit(key, step)
        if pump:
            QCoreApplication.processEvents()

    def on_final(reason: str) -> None:
        relay.final.emit(key, reason)

    return key, Progress(on_step=on_step, on_final=on_final)


class ProgressPanel(QWidget):
    """A bar, the step's text and Cancel, following one Progress at a time (`follow`)."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = 0
        self.progress: Progress | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What is being done"))
        self.note = QLabel()  # stopping, or why it cannot be stopped
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Cancel status"))
        self.note.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel this work"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(self.note)
        relay = _the_relay()
        relay.stepped.connect(self._stepped, Qt.ConnectionType.QueuedConnection)
        relay.final.connect(self._final, Qt.ConnectionType.QueuedConnection)

    def follow(self, key: int, progress: Progress) -> None:
        """Show this progress from now on (a new run: the bar restarts, Cancel enabled)."""
        self.key, self.progress = key, progress
        self.bar.setRange(0, 0)
        self.text.setText(self.tr("Starting…"))
        self.note.setVisible(False)
        self.cancel_button.setEnabled(True)

    def cancel(self) -> None:
        if self.progress is None:
            return
        if self.progress.cancel():
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping at the next safe point; nothing half-done is kept."))
            self.cancelRequested.emit()
        else:
            self._final(self.key, self.progress.final_reason or "")

    @Slot(int, object)
    def _stepped(self, key: int, step: Step) -> None:
        if key != self.key:
            return
        if step.total > 0:
            self.bar.setRange(0, step.total)
            self.bar.setValue(min(step.done, step.total))
            self.text.setText(
                fill(
                    self.tr("{what}: {done} of {total}"),
                    what=self.phase_text(step.phase),
                    done=step.done,
                    total=step.total,
                )
            )
        else:
            self.bar.setRange(0, 0)  # busy: nobody knows how much is left
            self.text.setText(
                fill(self.tr("{what}: {done}"), what=self.phase_text(step.phase), done=step.done)
            )

    @Slot(int, str)
    def _final(self, key: int, reason: str) -> None:
        if key != self.key:
            return
        self.cancel_button.setEnabled(False)
        self._say(self.reason_text(reason))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def phase_text(self, phase: str) -> str:
        """The window's words for app.progress.PHASES."""
        return {
            "check": self.tr("Checking rows"),
            "import": self.tr("Importing records"),
            "export": self.tr("Writing records"),
            "build": self.tr("Gathering the report's figures"),
            "draw": self.tr("Drawing pages"),
            "rekey": self.tr("Copying the records under the new key"),
            "swap": self.tr("Putting the new key in force"),
            "pull": self.tr("Changes received from HQ"),
            "files": self.tr("Files received from HQ"),
        }.get(phase, phase)

    def reason_text(self, reason: str) -> str:
        """Why Cancel is disabled, in the window's words."""
        return {
            REKEY_SWAP: self.tr(
                "Cannot be cancelled now: the copy under the new key is being put in "
                "place, and stopping half-way would not be safe."
            ),
            REMOVE_USER: self.tr(
                "Cannot be cancelled now: the user's key slot is being removed, and the "
                "key change that follows must finish."
            ),
        }.get(reason, self.tr("Cannot be cancelled now: this step must finish."))


class ProgressDialog(QDialog):
    """A modal window over long work: the panel, and no closing until the work has ended
    (Escape and the window's close button ask to cancel). `open_soon` shows it only if the
    work lasts SHOW_AFTER_MS; the screen asking for the work disables its own button
    meanwhile."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.ended = False
        self.panel = ProgressPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setMinimumWidth(420)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.timeout.connect(self._appear)

    def open_soon(self, after_ms: int = SHOW_AFTER_MS) -> None:
        self.soon.start(after_ms)

    def _appear(self) -> None:
        if not self.ended:
            self.open()

    def reject(self) -> None:  # Qt override: Escape, the close button
        if self.ended:
            super().reject()
        else:
            self.panel.cancel()

    def end(self) -> None:
        """The work has ended: close, and go (the dialog is not used again)."""
        self.ended = True
        self.soon.stop()
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def progress_here(parent: QWidget, title: str) -> tuple[ProgressDialog, Progress]:
    """A ProgressDialog opened over `parent` and its Progress, for work the caller runs on
    the GUI thread itself (`relayed_progress(pump=True)`); the caller calls `end()`."""
    key, progress = relayed_progress(pump=True)
    dialog = ProgressDialog(title, parent)
    dialog.panel.follow(key, progress)
    dialog.open_soon()
    return dialog, progress


def draw_into_file(
    parent: QWidget,
    title: str,
    path: str | Path,
    draw: Callable[[Path, Progress], int],
    say: Callable[[str], None],
    cannot: str,
) -> int | None:
    """Draw a document on the GUI thread under a ProgressDialog, into a file beside `path`,
    moved into place once whole: a cancel, a full disk or a crash never leaves a partial file
    where the finished one should be (the file dialog has asked before replacing one). The
    pages drawn, or None after saying why not (`cannot` leads a failure's message)."""
    out = Path(path)
    part = out.with_name(f".{out.name}.part")
    dialog, progress = progress_here(parent, title)
    try:
        pages = draw(part, progress)
        publish(part, out, replace=True)
    except Cancelled:
        say(QCoreApplication.translate("ProgressDialog", "Saving cancelled; no file was written."))
        return None
    except (OSError, UpfrontError) as err:
        log.error("saving a document failed: %s", type(err).__name__)
        say(failure_message_in(cannot, err))
        return None
    finally:
        part.unlink(missing_ok=True)
        dialog.end()
    return pages


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[..., Any],
    *,
    on_success: Callable[[Any], Any] | None = None,
    on_failure: Callable[[Exception], Any] | None = None,
    on_cancelled: Callable[[], Any] | None = None,
) -> ProgressDialog:
    """Run `fn(progress=...)` on the store worker under a ProgressDialog opened over
    `parent`; the dialog closes when the work ends, then the callback runs."""
    key, progress = relayed_progress()
    dialog = ProgressDialog(title, parent)
    dialog.panel.follow(key, progress)

    def ended() -> None:
        if is_valid(dialog):
            dialog.end()

    def succeeded(result: Any) -> None:
        ended()
        if on_success is not None:
            on_success(result)

    def failed(exc: Exception) -> None:
        ended()
        if isinstance(exc, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
        elif on_failure is not None:
            on_failure(exc)
        else:
            default_failure(exc)

    def work() -> Any:
        return fn(progress=progress)

    dialog.open_soon()
    run_in_background(work, succeeded, failed, parent=parent)
    return dialog

"""The Sync page: where this device stands with HQ (changes and files to send, files still to
fetch and their size, files HQ refused to send, by count), a Sync now button, background sync
with retry and backoff, progress (changes both ways, then the files being fetched), changes HQ
refused (quarantine) and conflicts to merge.

The page receives its sync service from the composition root (ui/main.py → ui/gui.py →
MainWindow); it never imports the sync package. A sync runs on its own worker lane, so a slow
link never holds up the store worker, and the page polls the service's progress while it
runs. Lock cancels a running sync (the next one resumes where it stopped).
"""

from __future__ import annotations

import logging
import random
from functools import partial
from typing import Any, Protocol

from app.changes import Changes, Kind
from app.errors import Cancelled, StoreWiped
from app.progress import Progress
from ui.changes import RefreshWhenShown
from ui.enrol_dialog import EnrolDialog, EnrolService
from ui.failures import failure_message, failure_message_in
from ui.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill

log = logging.getLogger(__name__)

LANE = "sync"
INTERVAL_MS = 5 * 60 * 1000  # while things go well
FIRST_RETRY_MS = 15 * 1000
MAX_RETRY_MS = 15 * 60 * 1000
# what goes to HQ (drafts stay here), and HQ's answers
SENT = (
    Kind.INCIDENTS,
    Kind.ATTACHMENTS,
    Kind.SITUATIONS,
    Kind.ASSESSMENTS,
    Kind.STRATEGIES,
    Kind.SYNC,
)


class SyncStatus(Protocol):
    """What the page reads of where the device stands (sync.device.SyncStatus, a frozen
    dataclass; the page never imports sync)."""

    @property
    def enrolled(self) -> bool: ...
    @property
    def device_id(self) -> str | None: ...
    @property
    def hq(self) -> str | None: ...
    @property
    def pending(self) -> int: ...
    @property
    def files_pending(self) -> int: ...
    @property
    def files_to_fetch(self) -> int: ...
    @property
    def bytes_to_fetch(self) -> int: ...
    @property
    def files_refused(self) -> int: ...
    @property
    def files_refused_at(self) -> str | None: ...
    @property
    def last_success(self) -> str | None: ...
    @property
    def last_error(self) -> str | None: ...
    @property
    def clock_ahead_ms(self) -> int: ...


class SyncProgress(Protocol):
    """What the page reads of a sync running or done (sync.desktop.Progress while it runs,
    sync.client.SyncResult when it is over)."""

    @property
    def pushed(self) -> int: ...
    @property
    def pulled(self) -> int: ...
    @property
    def files_fetched(self) -> int: ...
    @property
    def bytes_fetched(self) -> int: ...
    @property
    def fetch_files_total(self) -> int: ...
    @property
    def fetch_bytes_total(self) -> int: ...


class SyncService(EnrolService, Protocol):
    progress: Any

    def status(self) -> SyncStatus: ...
    def run(self, progress: Progress | None = None) -> Any: ...
    def cancel(self) -> None: ...
    def stop_run(self, progress: Progress) -> None: ...
    def conflicts(self) -> list[dict]: ...
    def resolve(self, conflict_id: str, merged: Any) -> dict: ...
    def quarantined(self) -> list[dict]: ...
    def titles(self, record_ids: list[str]) -> dict[str, str]: ...


def backoff_ms(failures: int, jitter: float | None = None) -> int:
    """15 s, 30 s, 1 min, ... up to 15 min, with up to 20 % jitter so devices that lost the
    link together do not all call HQ at the same instant when it comes back."""
    base = min(FIRST_RETRY_MS * 2 ** max(failures - 1, 0), MAX_RETRY_MS)
    spread = random.random() if jitter is None else jitter  # noqa: S311 - not security
    return int(base * (1 + 0.2 * spread))


def data_size(n: int) -> str:
    """A number of bytes in the person's language: `700 bytes`, `1,2 Mio`. Its digits are
    0-9 as the counts beside it are (Qt's %n and `fill` write them so), also in Arabic,
    whose locale would otherwise mix two sets of digits in one line."""
    locale = QLocale()
    text = locale.formattedDataSize(max(n, 0), 1)
    zero = locale.zeroDigit()
    if zero != "0":
        latin = {chr(ord(zero) + i): str(i) for i in range(10)}
        latin[locale.decimalPoint()] = "."
        text = "".join(latin.get(c, c) for c in text)
    return text


def _when(stamp: str | None) -> str | None:
    """An ISO time stamp as the person's local date and time, to the minute."""
    if not stamp:
        return None
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


class MergeDialog(QDialog):
    """Two versions of a long text side by side, and the merged text the person writes."""

    def __init__(
        self,
        conflict: dict,
        title: str,
        parent: QWidget | None = None,
        *,
        own_device: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(fill(self.tr("Merge: {title}"), title=title))
        self.resize(900, 560)
        self.kept = QPlainTextEdit(str(conflict.get("kept") or ""))
        self.kept.setReadOnly(True)
        self.kept.setAccessibleName(self.tr("Version kept at HQ"))
        self.other = QPlainTextEdit(str(conflict.get("other") or ""))
        self.other.setReadOnly(True)
        self.other.setAccessibleName(self.tr("Other version"))
        self.merged = QPlainTextEdit(str(conflict.get("kept") or ""))
        self.merged.setAccessibleName(self.tr("Merged text"))
        use_kept = QPushButton(self.tr("Start from the kept version"))
        use_kept.clicked.connect(lambda: self.merged.setPlainText(self.kept.toPlainText()))
        use_other = QPushButton(self.tr("Start from the other version"))
        use_other.clicked.connect(lambda: self.merged.setPlainText(self.other.toPlainText()))
        mine = self.tr(" (from this device)")
        sides = QHBoxLayout()
        for label, edit, button in (
            (
                self.tr("Kept at HQ") + (mine if conflict.get("kept_by") == own_device else ""),
                self.kept,
                use_kept,
            ),
            (
                self.tr("Other version") + (mine if conflict.get("other_by") == own_device else ""),
                self.other,
                use_other,
            ),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(edit, 1)
            column.addWidget(button)
            sides.addLayout(column, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                fill(
                    self.tr(
                        "The field “{field}” was changed in two places before either saw the "
                        "other. Both versions are kept; write the text that should stand."
                    ),
                    field=conflict.get("field"),
                )
            )
        )
        layout.addLayout(sides, 2)
        layout.addWidget(QLabel(self.tr("Merged text")))
        layout.addWidget(self.merged, 1)
        layout.addWidget(buttons)

    def merged_text(self) -> str:
        return self.merged.toPlainText()


class SyncPage(QWidget):
    """Emits `synced` after a sync that changed local records (the list may refresh), and
    `wipeOrdered` when HQ's verified order erased the store during a sync (the window must
    close everything that shows it)."""

    synced = Signal()
    summaryChanged = Signal(str)  # Qt signal naming; for the status bar
    wipeOrdered = Signal()  # Qt signal naming

    def __init__(
        self, service: SyncService, parent: QWidget | None = None, *, auto: bool = True
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.failures = 0
        self.running = False
        self.future = None
        self.run_progress = Progress()  # the running sync's, or the last one's
        self.merge_dialog: MergeDialog | None = None
        self._conflicts: list[dict] = []
        self.device_id: str | None = None
        # what the last attempt from this window ran into, for the errors sync does not note
        # in the store (not enrolled, cancelled, a local failure): "Last problem" shows it, so
        # a failure is never reported beside "Last problem: none"
        self.problem: str | None = None
        self.enrolled: bool | None = None  # unknown until the first status is read

        self.hq_label = QLabel()
        self.last_label = QLabel()
        self.pending_label = QLabel()
        self.fetch_label = QLabel()
        self.refused_label = QLabel()
        self.refused_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.next_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("HQ"), self.hq_label)
        form.addRow(self.tr("Last success"), self.last_label)
        form.addRow(self.tr("Waiting to go"), self.pending_label)
        form.addRow(self.tr("To fetch from HQ"), self.fetch_label)
        form.addRow(self.tr("Not fetched"), self.refused_label)
        form.setRowVisible(self.refused_label, False)
        form.addRow(self.tr("Last problem"), self.error_label)
        self.form = form
        form.addRow(self.tr("Next attempt"), self.next_label)

        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.enrol_button = QPushButton(self.tr("Enrol with HQ…"))
        self.enrol_button.clicked.connect(self.open_enrol_dialog)
        self.enrol_button.setVisible(False)
        self.enrol_dialog: EnrolDialog | None = None
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.stop_button = QPushButton(self.tr("Cancel"))
        self.stop_button.setAccessibleName(self.tr("Cancel this sync"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop_running)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.sync_button)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.stop_button)

        self.conflict_table = self._table([self.tr("Incident"), self.tr("Field"), self.tr("Needs")])
        self.conflict_table.setAccessibleName(self.tr("Conflicts to merge"))
        self.conflict_table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.quarantine_table = self._table(
            [self.tr("Incident"), self.tr("Change"), self.tr("HQ's reason")]
        )
        self.quarantine_table.setAccessibleName(self.tr("Refused by HQ (quarantine)"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clock_label)
        layout.addLayout(row)
        layout.addWidget(self.progress_label)
        layout.addWidget(QLabel(self.tr("Conflicts to merge")))
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Refused by HQ (quarantine): these changes are kept "
                    "here and did not block the others"
                )
            )
        )
        layout.addWidget(self.quarantine_table, 1)

        self.poll = QTimer(self)
        self.poll.setInterval(300)
        self.poll.timeout.connect(self._show_progress)
        self.schedule = QTimer(self)
        self.schedule.setSingleShot(True)
        self.schedule.timeout.connect(self.sync_now)
        self.auto = auto
        self.reload = RefreshWhenShown(self, self.refresh)
        self.refresh()
        if auto:
            self._plan(2000)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        return table

    # ---- status ---------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.service

        def load() -> dict:
            conflicts = service.conflicts()
            quarantined = service.quarantined()
            titles = service.titles([x["record"] for x in conflicts + quarantined])
            return {
                "status": service.status(),
                "conflicts": conflicts,
                "quarantined": quarantined,
                "titles": titles,
            }

        run_in_background(load, self._show, self._failed_refresh, parent=self, lane=LANE)

    def on_changes(self, changes: Changes) -> None:
        """What is waiting to go changes with every record saved, and HQ's answers change
        conflicts and where sync stands: show it again (now if shown, else when next shown)."""
        if changes.touches(*SENT):
            self.reload.request()

    def _failed_refresh(self, exc: Exception) -> None:
        log.error("reading the sync status failed", exc_info=exc)
        self.error_label.setText(
            failure_message_in(self.tr("The sync status could not be read."), exc)
        )

    def _show(self, data: dict) -> None:
        status: SyncStatus = data["status"]
        titles = data["titles"]
        self.device_id = status.device_id
        newly_enrolled = self.enrolled is False and status.enrolled
        self.enrolled = status.enrolled
        if newly_enrolled and not self.running:
            self._plan(2000)
        if not status.enrolled:
            self.hq_label.setText(
                self.tr("Not enrolled: press Enrol with HQ… and type what HQ gave you")
            )
            self.sync_button.setEnabled(False)
        else:
            self.hq_label.setText(status.hq or "")
            self.sync_button.setEnabled(not self.running)
        self.enrol_button.setVisible(not status.enrolled)
        self.last_label.setText(_when(status.last_success) or self.tr("never"))
        self.pending_label.setText(
            fill(
                self.tr("{changes} change(s), {files} file(s)"),
                changes=status.pending,
                files=status.files_pending,
            )
        )
        self.fetch_label.setText(
            fill(
                self.tr("%n file(s), {size} left", "", status.files_to_fetch),
                size=data_size(status.bytes_to_fetch),
            )
            if status.files_to_fetch
            else self.tr("none")
        )
        # counted, never named: a file's name may be one withheld from this device
        self.form.setRowVisible(self.refused_label, bool(status.files_refused))
        self.refused_label.setText(
            fill(
                self.tr(
                    "%n file(s) HQ refused to send (last on {when}): not for this device's "
                    "team or audience, or no longer held at HQ. Their records are here "
                    "without them.",
                    "",
                    status.files_refused,
                ),
                when=_when(status.files_refused_at) or "?",
            )
        )
        problem = status.last_error or self.problem
        self.error_label.setText(problem or self.tr("none"))
        if not status.enrolled:
            summary = self.tr("Sync: not set up")
        elif status.pending or status.files_pending:
            summary = fill(
                self.tr("Sync: {count} waiting"), count=status.pending + status.files_pending
            )
        elif status.files_to_fetch:
            summary = self.tr("Sync: %n file(s) to fetch", "", status.files_to_fetch)
        elif problem:
            summary = self.tr("Sync: failed, will retry")
        else:
            summary = self.tr("Sync: up to date")
        self.summaryChanged.emit(summary)
        ahead = status.clock_ahead_ms
        self.clock_label.setVisible(bool(ahead))
        if ahead:
            self.clock_label.setText(
                fill(
                    self.tr(
                        "HQ says this computer's clock is {hours} hours ahead. Correct it: HQ "
                        "treats its time stamps as HQ's own time."
                    ),
                    hours=f"{ahead / 3_600_000:.1f}",
                )
            )
        self._conflicts = data["conflicts"]
        self.conflict_table.setRowCount(len(self._conflicts))
        for i, c in enumerate(self._conflicts):
            for j, text in enumerate(
                (
                    titles.get(c["record"], c["record"]),
                    c["field"],
                    self.tr("merge") if c["needs_merge"] else "",
                )
            ):
                self.conflict_table.setItem(i, j, QTableWidgetItem(text))
        self.merge_button.setEnabled(bool(self._conflicts))
        quarantined = data["quarantined"]
        self.quarantine_table.setRowCount(len(quarantined))
        for i, q in enumerate(quarantined):
            change = f"{q['op']}: {', '.join(q['fields'])}" if q["fields"] else q["op"]
            for j, text in enumerate(
                (titles.get(q["record"], q["record"]), change, q["reason"] or "")
            ):
                self.quarantine_table.setItem(i, j, QTableWidgetItem(text))

    def open_enrol_dialog(self) -> None:
        """The enrolment dialog (window-modal); once enrolled, the page shows it."""
        dialog = EnrolDialog(self.service, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.enrolled.connect(lambda _answer: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.enrol_dialog = dialog
        dialog.open()

    # ---- running --------------------------------------------------------------------------
    def _plan(self, delay_ms: int) -> None:
        if not self.auto:  # never "now" once the attempt is over
            self.next_label.setText(self.tr("when you choose Sync now"))
            return
        self.schedule.start(delay_ms)
        self.next_label.setText(fill(self.tr("in {seconds} s"), seconds=delay_ms // 1000))

    def sync_now(self) -> None:
        if self.running:
            return
        self.schedule.stop()
        if self.enrolled is False:  # nothing to try before enrolment: no attempt, no failure
            self.next_label.setText(self.tr("after enrolment"))
            return
        self.running = True
        self.sync_button.setEnabled(False)
        self.progress_bar.setVisible(True)
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        self.progress_label.setText(self.tr("connecting…"))
        self.next_label.setText(self.tr("now"))
        self.poll.start()
        self.run_progress = Progress()  # what Cancel stops, even before the run has begun
        self.future = run_in_background(
            partial(self.service.run, progress=self.run_progress),
            self._done,
            self._failed,
            parent=self,
            lane=LANE,
        )

    def _show_progress(self) -> None:
        progress = self.service.progress
        if progress.rounds:
            self._progress(progress, running=True)

    def _progress(self, p: SyncProgress, *, running: bool) -> None:
        """Changes sent and received, then the files being fetched (counts and sizes, no
        names): in the label, and in the bar as the share of bytes fetched."""
        lines = [
            fill(
                self.tr("changes sent: {sent}, received: {received}"),
                sent=p.pushed,
                received=p.pulled,
            )
        ]
        total, size = p.fetch_files_total, p.fetch_bytes_total
        if total:
            # a file that failed its SHA-256 comes twice: never more than all of it shown
            got, done = min(p.bytes_fetched, size), min(p.files_fetched, total)
            if running:
                text = self.tr("fetching files from HQ: {done} of {total} done, {got} of {size}")
            else:
                text = self.tr("files fetched from HQ: {done} of {total} ({got})")
            lines.append(
                fill(text, done=done, total=total, got=data_size(got), size=data_size(size))
            )
            if running:
                self.progress_bar.setRange(0, 1000)
                self.progress_bar.setValue(1000 * got // size if size else 1000 * done // total)
        self.progress_label.setText("\n".join(lines))

    def _finish(self) -> None:
        self.running = False
        self.poll.stop()
        self.progress_bar.setVisible(False)
        self.stop_button.setVisible(False)
        self.progress_bar.setRange(0, 0)  # the next sync starts with its records: no share
        self.sync_button.setEnabled(True)

    def _done(self, result: Any) -> None:
        self._finish()
        self._progress(result, running=False)
        self.problem = None  # what stopped it, if anything, is in the store's last error
        if result.complete:
            self.failures = 0
            self._plan(INTERVAL_MS)
        else:
            self.failures += 1
            self._plan(backoff_ms(self.failures))
        if result.pulled:
            self.synced.emit()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, StoreWiped):  # nothing left to sync or show: no retry
            self.auto = False
            self.schedule.stop()
            self.sync_button.setEnabled(False)
            self.progress_label.setText(self.tr("erased on HQ's order"))
            self.wipeOrdered.emit()
            return
        if isinstance(exc, Cancelled):  # the person's Cancel: no failure, no back-off
            self.progress_label.setText(
                self.tr(
                    "Sync cancelled; what was received is kept, and the next sync "
                    "goes on from there."
                )
            )
            self._plan(INTERVAL_MS)
            self.synced.emit()  # whole pages may have come before the cancel
            self.refresh()
            return
        self.failures += 1
        # the message is ours (SyncFailed and its kind), never record content
        self.problem = failure_message(exc)
        self.progress_label.setText(fill(self.tr("Failed: {problem}"), problem=self.problem))
        log.warning("sync failed: %s", type(exc).__name__)
        self._plan(backoff_ms(self.failures))
        self.refresh()

    def stop_running(self) -> None:
        """Cancel: stop this sync (each page received is kept whole); the schedule goes on."""
        if not self.running:
            return
        self.stop_button.setEnabled(False)
        self.progress_label.setText(self.tr("stopping…"))
        self.service.stop_run(self.run_progress)

    def stop(self) -> None:
        """Lock or close: no new attempt, and cut the one running."""
        self.auto = False
        self.schedule.stop()
        self.poll.stop()
        self.service.cancel()
        if self.future is not None:
            try:
                self.future.result(timeout=10)
            except Exception:  # cancelled or failed: either way it stopped
                log.info("sync stopped for lock")

    # ---- conflicts ------------------------------------------------------------------------
    def merge_selected(self) -> None:
        rows = self.conflict_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self._conflicts else -1)
        if row < 0 or row >= len(self._conflicts):
            return
        conflict = self._conflicts[row]
        title = self.conflict_table.item(row, 0).text()
        dialog = MergeDialog(conflict, title, self, own_device=self.device_id)
        self.merge_dialog = dialog
        dialog.accepted.connect(lambda: self._save_merge(conflict, dialog.merged_text()))
        dialog.open()

    def _save_merge(self, conflict: dict, text: str) -> None:
        service = self.service
        run_in_background(
            lambda: service.resolve(conflict["id"], text),
            lambda _doc: self.refresh(),
            self._failed_merge,
            parent=self,
        )

    def _failed_merge(self, exc: Exception) -> None:
        log.error("sync: saving a merge failed: %s", type(exc).__name__)
        self.error_label.setText(failure_message_in(self.tr("The merge could not be saved."), exc))

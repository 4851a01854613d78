"""The bridge from the store's change sets (app.changes) to the views, on the GUI thread.

Writes publish on the thread that committed them (the store worker, the sync lane);
`ChangesBridge` re-emits them on the GUI thread through a queued Qt signal, several arriving
before the GUI thread gets to them merged into one. Each view connects its `on_changes` and
decides from the kinds whether what it shows is stale; `RefreshWhenShown` lets a hidden view
wait until it is shown before it reads the store again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.changes import Changes, Publisher
from ui.qt import QEvent, QObject, Qt, QWidget, Signal, Slot


class ChangesBridge(QObject):
    """Subscribes to a store's `changes` for a window; emits `changed(Changes)` on the GUI
    thread until `stop()` (Lock, Quit or the window closing)."""

    changed = Signal(object)  # Changes
    _arrived = Signal()

    def __init__(self, publisher: Publisher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._stopped = False
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = publisher.subscribe(self._receive)

    def _receive(self, changes: Changes) -> None:
        """On the publishing thread: keep the changes, and wake the GUI thread once."""
        with self._lock:
            if self._stopped:
                return
            first = self._pending is None
            self._pending = changes if self._pending is None else self._pending | changes
        if first:
            self._arrived.emit()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            changes, self._pending = self._pending, None
            stopped = self._stopped
        if changes is not None and not stopped:
            self.changed.emit(changes)

    def stop(self) -> None:
        """Hear no more; changes not yet delivered are dropped."""
        with self._lock:
            self._stopped = True
            self._pending = None
        self._unsubscribe()


class RefreshWhenShown(QObject):
    """Runs a view's `refresh` when asked: at once while the view is visible, otherwise the
    next time it is shown (once, however many changes came meanwhile)."""

    def __init__(self, view: QWidget, refresh: Callable[[], object]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.due = False
        view.installEventFilter(self)

    def request(self) -> None:
        if self._view.isVisible():
            self.due = False
            self._refresh()
        else:
            self.due = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._view and event.type() == QEvent.Type.Show and self.due:
            self.due = False
            self._refresh()
        return False

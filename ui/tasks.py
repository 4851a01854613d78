"""Run store work on one serialised background worker; hand the outcome to the GUI thread.

Argon2id key derivation and SQLCipher work must not freeze the window, and SQLCipher is
happiest with one writer, so every call goes to a single worker thread, in submission order
(the shape of Anki's `CollectionOp` and Picard's `run_task()`/`to_main()`). The result or the
exception comes back through a queued Qt signal, so `on_success`/`on_failure` always run on the
GUI thread, after `run_in_background` has returned.

    run_in_background(partial(Store.open, path, pw), on_success=self.show_store,
                      on_failure=self.show_error, parent=self)

With `parent` given, the callbacks are dropped if that object has been destroyed meanwhile.
An exception without an `on_failure` goes to the default handler: its type is logged and
failure_message is shown in the status line the window named (`show_failures_in`: the main
window's status bar, non-modal); with none it is re-raised on the GUI thread, never swallowed.

The worker sees only `fn`; the callbacks and `parent` stay on the GUI thread. Otherwise the
worker could drop the last reference to a window, and Qt would destroy it on the wrong thread.
So `fn` itself must not hold widgets: pass it data (paths, strings, a Store), not `self`.
"""

from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ui.failures import failure_message
from ui.qt import QCoreApplication, QObject, Qt, QThread, Signal, Slot, is_valid

T = TypeVar("T")

log = logging.getLogger(__name__)

WORKER_NAME = "upfront-worker"


@dataclass
class _Callbacks:
    on_success: Callable[[Any], Any] | None
    on_failure: Callable[[Exception], Any] | None
    parent: QObject | None


class _Dispatcher(QObject):
    """Lives in the GUI thread and keeps the callbacks of the tasks in flight."""

    finished = Signal(int, bool, object)  # task id, succeeded, result or exception

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pending: dict[int, _Callbacks] = {}
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, succeeded: bool, outcome: Any) -> None:
        callbacks = self.pending.pop(task_id, None)
        if callbacks is None:
            return
        if callbacks.parent is not None and not is_valid(callbacks.parent):
            return  # the window that asked has gone; nobody is left to tell
        if succeeded:
            if callbacks.on_success is not None:
                callbacks.on_success(outcome)
        elif callbacks.on_failure is not None:
            callbacks.on_failure(outcome)
        else:
            default_failure(outcome)


class StatusLine(Protocol):
    """Where a window shows a passing message: QStatusBar has this method."""

    def showMessage(self, text: str, timeout: int = 0) -> None: ...  # Qt's name


FAILURE_SHOWN_MS = 15_000
_status_line: weakref.ref[Any] | None = None


def show_failures_in(status_line: StatusLine | None) -> None:
    """Where background failures without an `on_failure` are shown, non-modal: the main
    window's status bar, for as long as it lives (held weakly). None forgets it."""
    global _status_line
    _status_line = weakref.ref(status_line) if status_line is not None else None


def default_failure(exc: Exception) -> None:
    """The handler for background work whose caller gave no `on_failure`: log the type (never
    the message) and show failure_message in the status line; re-raise if there is none."""
    log.error("background work failed: %s", type(exc).__name__)
    target = _status_line() if _status_line is not None else None
    if target is None or not is_valid(target):
        raise exc
    target.showMessage(failure_message(exc), FAILURE_SHOWN_MS)


_guard = threading.Lock()
_ids = itertools.count()
_executor: ThreadPoolExecutor | None = None
_dispatcher: _Dispatcher | None = None
# Other lanes: long work that must not hold up the store worker (a sync over a 2.4 kbit/s
# link takes minutes, with only short transactions of its own in between).
_lanes: dict[str, ThreadPoolExecutor] = {}


def _machinery(lane: str | None = None) -> tuple[_Dispatcher, ThreadPoolExecutor]:
    global _executor, _dispatcher
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before running background tasks")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("run_in_background must be called from the GUI thread")
    with _guard:
        if _dispatcher is None or not is_valid(_dispatcher):
            _dispatcher = _Dispatcher(app)  # destroyed with the application
        if lane is not None:
            if lane not in _lanes:
                _lanes[lane] = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix=f"upfront-{lane}"
                )
            return _dispatcher, _lanes[lane]
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=WORKER_NAME)
        return _dispatcher, _executor


def _report(task_id: int, succeeded: bool, outcome: object) -> None:
    """Called on the worker: queue the outcome for the GUI thread."""
    dispatcher = _dispatcher
    if dispatcher is not None and is_valid(dispatcher):
        dispatcher.finished.emit(task_id, succeeded, outcome)


def _job(task_id: int, fn: Callable[[], T]) -> T:
    try:
        result = fn()
    except Exception as exc:
        _report(task_id, False, exc)
        raise
    _report(task_id, True, result)
    return result


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], Any] | None = None,
    on_failure: Callable[[Exception], Any] | None = None,
    *,
    parent: QObject | None = None,
    lane: str | None = None,
) -> Future[T]:
    """Queue `fn` on the worker (or on the named `lane`'s own worker); deliver its result
    or exception on the GUI thread.

    Returns the Future (for waiting at shutdown or in scripts; GUI code uses the callbacks).
    """
    dispatcher, executor = _machinery(lane)
    task_id = next(_ids)
    dispatcher.pending[task_id] = _Callbacks(on_success, on_failure, parent)
    try:
        return executor.submit(_job, task_id, fn)
    except BaseException:
        dispatcher.pending.pop(task_id, None)
        raise


def after_lanes(
    fn: Callable[[], T],
    on_success: Callable[[T], Any] | None = None,
    on_failure: Callable[[Exception], Any] | None = None,
    *,
    parent: QObject | None = None,
) -> Future[T]:
    """Queue `fn` on the store worker, to run once every other lane has done the work queued
    on it so far. Closing a store goes this way: closed while the sync lane still reads it
    (the Sync page's status, say), SQLCipher crashes the process."""
    with _guard:
        lanes = list(_lanes.values())
    markers = [lane.submit(lambda: None) for lane in lanes]

    def run() -> T:
        for marker in markers:
            marker.result()
        return fn()

    return run_in_background(run, on_success, on_failure, parent=parent)


def shutdown(wait: bool = True) -> None:
    """Stop the worker after the queued work (call when the event loop has ended)."""
    global _executor
    with _guard:
        executor, _executor = _executor, None
        lanes = list(_lanes.values())
        _lanes.clear()
    for other in [executor, *lanes]:
        if other is not None:
            other.shutdown(wait=wait)

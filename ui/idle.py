"""Watching the person's input while the store is open: idle auto-lock and the panic key.

Both are application event filters, so they see input to every Upfront window (the main window,
incident editors, dialogs, even a modal one) without each window having to cooperate.

`IdleWatcher` emits `idle` when no key or mouse input has arrived for `timeout_ms`. Input only
records the time; the single-shot timer, when it fires early, re-arms itself for the remainder,
so a stream of mouse moves costs no timer restarts.

`PanicKey` emits `pressed` the moment its key combination is pressed anywhere, before any
widget or shortcut sees it (a text field cannot swallow it, a modal dialog cannot block it).
"""

from __future__ import annotations

import time

from ui.qt import QApplication, QEvent, QKeyCombination, QKeySequence, QObject, Qt, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)
MINUTE_MS = 60_000
KEY_EVENTS = frozenset({QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease})


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input; `start()` arms it again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(1, int(timeout_ms))
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, int(timeout_ms))
        if self._installed:
            self._last_input = time.monotonic()
            self._timer.start(self._timeout_ms)

    def start(self) -> None:
        app = QApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self._last_input = time.monotonic()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def is_active(self) -> bool:
        return self._installed and self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in ACTIVITY:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._installed:
            return
        remaining = self._timeout_ms - int((time.monotonic() - self._last_input) * 1000)
        if remaining > 0:
            self._timer.start(remaining)
            return
        self.stop()
        self.idle.emit()


def _combination(sequence: QKeySequence) -> QKeyCombination | None:
    """The first key combination of `sequence` (panic keys are single chords), or None."""
    if sequence.isEmpty():
        return None
    return sequence[0]


class PanicKey(QObject):
    """Emits `pressed` when its key combination is pressed in any window of the application.

    After `stop()` (or a press) the filter stays in place until control returns to the event
    loop, so the key press that follows its shortcut pass is swallowed too and never reaches a
    text field.
    """

    pressed = Signal()

    def __init__(self, sequence: QKeySequence | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combination: QKeyCombination | None = None
        self._installed = False
        self._armed = False
        self.set_sequence(sequence)

    def set_sequence(self, sequence: QKeySequence | str) -> None:
        if isinstance(sequence, str):
            sequence = QKeySequence(sequence, QKeySequence.SequenceFormat.PortableText)
        self._combination = _combination(sequence)

    def start(self) -> None:
        self._armed = True
        app = QApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True

    def stop(self) -> None:
        self._armed = False
        QTimer.singleShot(0, self, self._remove)

    def is_active(self) -> bool:
        return self._armed

    def _remove(self) -> None:
        app = QApplication.instance()
        if not self._armed and self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False

    def matches(self, event: QEvent) -> bool:
        if self._combination is None:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return (
            event.key() == self._combination.key()
            and modifiers == self._combination.keyboardModifiers()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # ShortcutOverride comes first, before shortcuts and widgets; the KeyPress follows.
        if event.type() not in KEY_EVENTS or not self.matches(event):
            return False
        event.accept()
        if self._armed and event.type() != QEvent.Type.KeyRelease:
            self.stop()  # once: the override and the press must not lock twice
            self.pressed.emit()
        return True

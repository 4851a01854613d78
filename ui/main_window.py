"""The main window: who is signed in, whether the store is open, and File ▸ Lock / Quit.

The incident list arrives with the desktop-client work; for now a placeholder holds its place.
The window owns the open Store it is given and closes it on Lock or when the window closes;
closing runs on the background worker, after any store work already queued there.
"""

from __future__ import annotations

import logging

from app.store import Store
from ui.qt import (
    QAction,
    QCloseEvent,
    QFrame,
    QKeySequence,
    QLabel,
    QMainWindow,
    QPalette,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background

log = logging.getLogger(__name__)

LOCK_SHORTCUT = "Ctrl+Shift+L"


class MainWindow(QMainWindow):
    """Emits `locked` once Lock has closed the window and the store; `closed` when the window
    closed otherwise (Quit, title bar) and the application should end."""

    locked = Signal()
    closed = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, notice: str | None = None
    ) -> None:
        super().__init__(parent)
        self._store: Store | None = store
        self._user = store.user
        self._locking = False
        self.setWindowTitle(self.tr("Upfront"))
        self.resize(QSize(960, 640))

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.lock_action.setStatusTip(self.tr("Close the records; the passphrase opens them again"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self.tr("&Quit"), self)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.placeholder = QLabel(self.tr("The incident list comes with the desktop-client work."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.placeholder)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.state_label = QLabel()
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        for widget in (self.user_label, separator, self.state_label):
            self.statusBar().addPermanentWidget(widget)
        self._show_state()
        if notice:
            self.statusBar().showMessage(notice, 15_000)

    @property
    def store(self) -> Store | None:
        """The open store, or None once locked or closed."""
        return self._store

    def _show_state(self) -> None:
        self.user_label.setText(self.tr("Signed in as {user}").format(user=self._user))
        self.state_label.setText(self.tr("Unlocked") if self._store else self.tr("Locked"))
        self.lock_action.setEnabled(self._store is not None)

    def _take_store(self) -> Store | None:
        store, self._store = self._store, None
        self._show_state()
        return store

    def lock(self) -> None:
        """Close the window at once and the store after queued work; then emit `locked`."""
        store = self._take_store()
        if store is None:
            return
        self._locking = True
        self.close()

        def failed(exc: Exception) -> None:
            log.error("closing the store on lock failed", exc_info=exc)
            self.locked.emit()  # the window is gone either way; ask for the passphrase again

        run_in_background(store.close, lambda _: self.locked.emit(), failed, parent=self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        if self._locking:
            return
        store = self._take_store()
        if store is not None:
            run_in_background(
                store.close,
                on_failure=lambda exc: log.error("closing the store failed", exc_info=exc),
            )
        self.closed.emit()

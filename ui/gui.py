"""Start the desktop client: the application, the first-run or unlock dialog, the main window,
and back to the unlock dialog when the person locks.

`run_gui(data_dir)` is what the composition root (ui/main.py) calls; `AppController` holds
the dialog ↔ main window cycle so tests can drive it without entering the event loop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli import ENV_DEBUG
from app.store import Store
from ui import tasks
from ui.main_window import MainWindow
from ui.qt import (
    QApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from ui.unlock import FirstRunDialog, UnlockDialog

APP_NAME = "Upfront"
ORGANIZATION = "United Nations"  # as app.paths uses for the data directory
CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations"


class AppController(QObject):
    """Shows the first-run dialog (no store yet) or the unlock dialog, then the main window;
    Lock brings the unlock dialog back. Emits `finished` when the person quits."""

    finished = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.dialog: FirstRunDialog | UnlockDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        self._ask(try_remembered=True)

    def _ask(self, *, try_remembered: bool) -> None:
        dialog: FirstRunDialog | UnlockDialog
        if Store.exists(self.data_dir):
            # after Lock, a remembered key must not reopen the store by itself
            dialog = UnlockDialog(self.data_dir, try_remembered=try_remembered)
        else:
            dialog = FirstRunDialog(self.data_dir)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._dialog_rejected)
        self.dialog = dialog
        dialog.show()

    def _unlocked(self, store: Store) -> None:
        dialog, self.dialog = self.dialog, None
        notice = dialog.notice if isinstance(dialog, UnlockDialog) else None
        if dialog is not None:
            dialog.deleteLater()
        window = MainWindow(store, notice=notice)
        window.locked.connect(self._locked)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()

    def _dialog_rejected(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.finished.emit()

    def _locked(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self._ask(try_remembered=False)

    def _window_closed(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self.finished.emit()

    def shutdown(self) -> None:
        """Close whatever is still open (the event loop ended some other way)."""
        if self.window is not None and self.window.store is not None:
            self.window.close()
        if self.dialog is not None:
            store, self.dialog.store = self.dialog.store, None
            if store is not None:
                tasks.run_in_background(store.close, on_failure=lambda _exc: None)


def _install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own strings and Upfront's catalogue for the system language, where present.

    Loading a right-to-left catalogue also turns the layout direction right-to-left; `-reverse`
    on the command line does the same for checking layouts.
    """
    installed = []
    locale = QLocale()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("upfront", str(CATALOGUES)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def _quiet_excepthook(exc_type, exc, tb) -> None:  # noqa: ANN001
    """An unexpected error prints its type only: its message may carry record data."""
    if os.environ.get(ENV_DEBUG):
        sys.__excepthook__(exc_type, exc, tb)
        return
    print(f"upfront: internal error ({exc_type.__name__}); no details are shown because they "
          f"may include record data. Set {ENV_DEBUG}=1 to see them.", file=sys.stderr)


def run_gui(data_dir: Path) -> int:
    """Run the desktop client on the store in `data_dir`; returns the exit code."""
    previous_hook, sys.excepthook = sys.excepthook, _quiet_excepthook
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a non-GUI QCoreApplication already exists")
    app = existing or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    translators = _install_translators(app)
    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # Lock closes the last window on purpose

    controller = AppController(data_dir)
    controller.finished.connect(app.quit)
    controller.start()
    try:
        code = app.exec()
    finally:
        controller.shutdown()
        tasks.shutdown(wait=True)  # stores are closed before the process ends
        app.setQuitOnLastWindowClosed(quit_on_last)
        for translator in translators:
            app.removeTranslator(translator)
        sys.excepthook = previous_hook
    return code

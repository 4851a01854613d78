"""Start the desktop client: the application, the first-run or unlock dialog, the main window,
and back to the unlock dialog when the person locks.

`run_gui(data_dir)` is what the composition root (ui/main.py) calls; `AppController` holds
the dialog ↔ main window cycle so tests can drive it without entering the event loop.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import logs
from app.cli.common import ENV_DEBUG
from app.settings import Settings
from app.store import Store
from ui import tasks
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from ui.qt import (
    QApplication,
    QIcon,
    QLibraryInfo,
    QLocale,
    QMessageBox,
    QObject,
    QProxyStyle,
    QStyle,
    Qt,
    QTranslator,
    Signal,
)
from ui.unlock import UnlockDialog
from ui.widgets import apply_text_size

log = logging.getLogger(__name__)

APP_NAME = "Upfront"
ORGANIZATION = "United Nations"  # as app.paths uses for the data directory
CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations"
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "upfront.png"
RIGHT_TO_LEFT = frozenset({"ar"})  # of the six UN languages
# where a shortcut letter's underline would hide a letter's dots (Arabic's ب ت ث ج ي sit on
# them): the shortcuts still work with Alt, the underline is not drawn
NO_MNEMONIC_UNDERLINE = frozenset({"ar"})


class _NoMnemonicUnderline(QProxyStyle):
    """The window's style, less the underline under shortcut letters."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: Any = None,
        widget: Any = None,
        returnData: Any = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_UnderlineShortcut:
            return 0
        return super().styleHint(hint, option, widget, returnData)


class AppController(QObject):
    """Shows the first-run dialog (no store yet) or the unlock dialog, then the main window;
    Lock brings the unlock dialog back, the emergency wipe the first-run dialog. Emits
    `finished` when the person quits. When the first-run dialog picks an existing data folder,
    that folder becomes `data_dir` and its unlock dialog follows.

    `idle_timeout_ms` overrides the idle_lock_minutes setting for every main window.

    The log (app.logs) goes to the data folder of the store in use: from the start when it
    holds a store, else from the moment one is created or picked; after a wipe it stops (the
    wipe removes it) until a store is there again.
    """

    finished = Signal()

    def __init__(
        self,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        idle_timeout_ms: int | None = None,
        sync_factory: Callable[[Store], object] | None = None,
        checks: Sequence[object] = (),
        switch_language: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # the interface's language changed at once (the first-run dialog's choice)
        self.switch_language = switch_language
        self.sync_factory = sync_factory
        self.checks = list(checks)  # the self-test's checks from above app (Help menu)
        self.idle_timeout_ms = idle_timeout_ms
        self.dialog: FirstRunDialog | UnlockDialog | None = None
        self.window: MainWindow | None = None
        self.problem_box: QMessageBox | None = None

    def start(self) -> None:
        if Store.exists(self.data_dir):
            logs.configure(self.data_dir)
        self._ask(try_remembered=True)

    def _ask(self, *, try_remembered: bool) -> FirstRunDialog | UnlockDialog:
        dialog: FirstRunDialog | UnlockDialog
        if Store.exists(self.data_dir):
            # after Lock, a remembered key must not reopen the store by itself
            dialog = UnlockDialog(self.data_dir, try_remembered=try_remembered)
        else:
            dialog = FirstRunDialog(self.data_dir)
            dialog.existingChosen.connect(self._existing_chosen)
            dialog.languageChosen.connect(self._language_chosen)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._dialog_rejected)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _unlocked(self, store: Store) -> None:
        dialog, self.dialog = self.dialog, None
        logs.configure(store.directory)  # a store created by the first-run dialog: log there
        log.info("store unlocked")
        notice = dialog.notice if isinstance(dialog, UnlockDialog) else None
        if dialog is not None:
            dialog.deleteLater()
        service = self.sync_factory(store) if self.sync_factory is not None else None
        window = MainWindow(
            store,
            notice=notice,
            idle_timeout_ms=self.idle_timeout_ms,
            sync_service=service,
            checks=self.checks,
        )
        window.locked.connect(self._locked)
        window.wiped.connect(self._wiped)
        window.wipeFailed.connect(self._wipe_failed)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()

    def _existing_chosen(self, folder: Path) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.data_dir = Path(folder)
        logs.configure(self.data_dir)  # the log follows the store to the folder picked
        self._ask(try_remembered=True)

    def _language_chosen(self, code: str) -> None:
        """The first-run dialog again, in the language chosen, with the name typed so far."""
        if self.switch_language is None:
            return
        self.switch_language(code)
        old, self.dialog = self.dialog, None
        name = old.name_edit.text() if isinstance(old, FirstRunDialog) else ""
        if old is not None:
            old.rejected.disconnect(self._dialog_rejected)
            old.hide()
            old.deleteLater()
        new = self._ask(try_remembered=False)
        if isinstance(new, FirstRunDialog):
            new.name_edit.setText(name)
            new.language_combo.setFocus()

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

    def _wiped(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
            if window.wiped_by_hq:
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Erased on HQ's order"),
                    self.tr(
                        "HQ revoked this device and ordered it erased. Everything Upfront "
                        "held on this computer was wiped, as the emergency wipe does."
                    ),
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.problem_box = box
                box.show()
        self._ask(try_remembered=False)  # no store any more: the first-run dialog

    def _wipe_failed(self, message: str) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Emergency wipe"),
            self.tr("The emergency wipe did not finish. Try again, or delete the data folder."),
        )
        box.setInformativeText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problem_box = box
        box.show()
        self._ask(try_remembered=False)

    def _window_closed(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self.finished.emit()

    def shutdown(self) -> None:
        """Close whatever is still open (the event loop ended some other way)."""
        if self.problem_box is not None and tasks.is_valid(self.problem_box):
            self.problem_box.close()
        self.problem_box = None
        if self.window is not None and self.window.store is not None:
            self.window.close()
        if self.dialog is not None:
            store, self.dialog.store = self.dialog.store, None
            if store is not None:
                tasks.after_lanes(store.close, on_failure=_log_close_failure)


def _log_close_failure(exc: Exception) -> None:
    """Closing at exit failed: nobody is left to tell; the log keeps the type."""
    log.warning("closing the store at exit failed: %s", type(exc).__name__)


def install_language(app: QApplication, language: str) -> Callable[[], None]:
    """Qt's own strings and Upfront's catalogue for `language` (a code of app.settings
    LANGUAGES), the locale, and right-to-left layout for Arabic. Returns a function that undoes
    all of it (tests share one QApplication; a missing catalogue just leaves English).
    """
    locale = QLocale(language)
    previous_locale = QLocale()
    previous_direction = app.layoutDirection()
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("upfront", str(CATALOGUES)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
        elif language != "en":
            log.warning("no %s catalogue for %s in %s", name, language, folder)
    QLocale.setDefault(locale)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    previous_style = None
    if language in NO_MNEMONIC_UNDERLINE and not isinstance(app.style(), _NoMnemonicUnderline):
        previous_style = app.style().name()
        app.setStyle(_NoMnemonicUnderline(previous_style))

    def undo() -> None:
        for translator in installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(previous_locale)
        app.setLayoutDirection(previous_direction)
        if previous_style is not None:
            app.setStyle(previous_style)

    return undo


def _quiet_excepthook(exc_type, exc, tb) -> None:
    """An unexpected error prints its type only: its message may carry record data."""
    if os.environ.get(ENV_DEBUG):
        sys.__excepthook__(exc_type, exc, tb)
        return
    print(
        f"upfront: internal error ({exc_type.__name__}); no details are shown because they "
        f"may include record data. Set {ENV_DEBUG}=1 to see them.",
        file=sys.stderr,
    )


def run_gui(
    data_dir: Path,
    sync_factory: Callable[[Store], object] | None = None,
    *,
    checks: Sequence[object] = (),
) -> int:
    """Run the desktop client on the store in `data_dir`; returns the exit code. `checks`:
    the self-test's checks of the layers above app, for Help ▸ Run self-test."""
    previous_hook, sys.excepthook = sys.excepthook, _quiet_excepthook
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a non-GUI QCoreApplication already exists")
    app = existing or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("upfront")  # matches packaging/upfront.desktop (Wayland, docks)
    app.setWindowIcon(QIcon(str(ICON)))
    settings = Settings()
    undo_language = [install_language(app, settings.get("language"))]
    apply_text_size(int(settings.get("text_size")))

    def switch_language(code: str) -> None:
        undo_language.pop()()
        undo_language.append(install_language(app, code))

    quit_on_last = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # Lock closes the last window on purpose

    controller = AppController(
        data_dir, sync_factory=sync_factory, checks=checks, switch_language=switch_language
    )
    controller.finished.connect(app.quit)
    controller.start()
    try:
        code = app.exec()
    finally:
        controller.shutdown()
        tasks.shutdown(wait=True)  # stores are closed before the process ends
        logs.stop()
        app.setQuitOnLastWindowClosed(quit_on_last)
        undo_language.pop()()
        apply_text_size(100)
        sys.excepthook = previous_hook
    return code

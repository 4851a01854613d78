"""The unlock dialog: open the existing encrypted store with a passphrase, a key remembered on
this device, or the recovery key (which then asks for a new passphrase).

The slow Argon2id derivation runs on the background worker (`ui.tasks`) with a busy state, and
`unlocked(store)` is emitted with the opened `app.store.Store` just before the dialog closes.
The first-run dialog is in ui.first_run; the widgets both dialogs use are in ui.widgets.
"""

from __future__ import annotations

import html
import math
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from app import keyfile as kf
from app import remember
from app.attempts import UnlockAttempts, retry_delay
from app.errors import AccessDenied, BadInput, NoKeyringBackend, UpfrontError, WrongPassphrase
from app.settings import Settings
from app.store import Store
from ui.failures import failure_message
from ui.passphrase import MAX_NAME, NewPassphraseFields, recovery_key_edit
from ui.qt import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QShowEvent,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill
from ui.widgets import (
    Banner,
    BusyIndicator,
    Dialog,
    FieldMessage,
    buddy,
    field,
    form_layout,
    page_layout,
    paragraph,
    secret_edit,
    title,
)

Opened = tuple[Store, str | None]  # the store, and a notice for the main window or None


def _open_with_passphrase(data_dir: Path, user: str, passphrase: str, remember_me: bool) -> Opened:
    """Runs on the worker. Returns the store and a notice if remembering failed."""
    if not remember_me:
        return Store.open(data_dir, passphrase, user), None
    try:
        return Store.open_and_remember(data_dir, passphrase, user), None
    except NoKeyringBackend as exc:
        return Store.open(data_dir, passphrase, user), str(exc)


def _open_with_recovery(data_dir: Path, recovery_key: str) -> Opened:
    return Store.open_with_recovery(data_dir, recovery_key), None


def _open_remembered(data_dir: Path, user: str) -> Opened:
    return Store.open_remembered(data_dir, user), None


def _reset_and_open(
    recovery_store: Store | None, data_dir: Path, recovery_key: str, user: str, passphrase: str
) -> Opened:
    """Runs on the worker: close the store the recovery key opened, give `user` the new
    passphrase, and open the store as that user."""
    if recovery_store is not None:
        recovery_store.close()
    Store.load_keys(data_dir).reset_with_recovery(recovery_key, user, passphrase)
    return Store.open(data_dir, passphrase, user), None


class UnlockDialog(Dialog):
    """Open the existing store: a user and passphrase, a remembered key, or the recovery key.

    Emits `unlocked(store)` and is accepted when the store opens; `failed(message)` after each
    failed attempt (the message is also shown in the dialog, which stays open). `notice` holds
    a remark for the main window (e.g. remembering on this device failed), or None.

    The recovery key does not lead straight in: it opens the store (`recoveryUnlocked`), then
    the person sets a new passphrase for a user, and the store reopens as that user.
    """

    unlocked = Signal(object)
    recoveryUnlocked = Signal()  # Qt signal naming
    failed = Signal(str)

    PASSPHRASE_PAGE, RECOVERY_PAGE, PROBLEM_PAGE, RESET_PAGE = 0, 1, 2, 3

    def __init__(
        self, data_dir: Path, parent: QWidget | None = None, *, try_remembered: bool = False
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.notice: str | None = None
        # failures survive a restart, so quitting does not skip the growing delay
        self._attempts = UnlockAttempts(data_dir)
        self.failures, last_failure = self._attempts.load()
        self._retry_at: float | None = None
        self._error = ""
        self._shown_once = False
        self._try_remembered = try_remembered
        self._recovery_key: str | None = None
        self._reset_touched = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)

        self.setWindowTitle(self.tr("Unlock Upfront"))
        self.setMinimumWidth(500)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._problem_page())
        self.pages.addWidget(self._reset_page())

        self.banner = Banner()
        self.busy_indicator = BusyIndicator()
        self.recovery_link = QLabel()
        self.recovery_link.setTextFormat(Qt.TextFormat.RichText)
        self.recovery_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.recovery_link.linkActivated.connect(self._switch_page)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button.clicked.connect(self._unlock)

        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_link)
        buttons.addWidget(self.busy_indicator)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(buttons)

        if self._load_users():
            self._show_page(self.PASSPHRASE_PAGE)
        waited = time.time() - last_failure if last_failure is not None else 0.0
        remaining = retry_delay(self.failures) - waited if self.failures else 0
        if remaining > 0:
            self._error = self.tr("Too many wrong attempts.")
            self._retry_at = time.monotonic() + remaining
            self._countdown.start()
            self._tick()

    # pages
    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        self.user_combo = QComboBox()
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.passphrase_edit = secret_edit()
        self.remember_check = QCheckBox(self.tr("&Remember me on this device"))
        self.remember_note = FieldMessage()
        if remember.available():
            self.remember_check.setChecked(bool(Settings().get("remember_on_device")))
            self.remember_check.setToolTip(
                self.tr(
                    "Keep a key in this computer's secure keyring so that Upfront opens "
                    "without the passphrase. Only for a computer that you alone use."
                )
            )
            self.remember_note.show_hint("")
        else:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(
                self.tr(
                    "This computer has no secure keyring (such as Windows Credential Manager, "
                    "macOS Keychain, GNOME Keyring or KWallet), so Upfront cannot remember you "
                    "here. Enter your passphrase each time."
                )
            )
            self.remember_note.show_hint(
                self.tr("Not available: this computer has no secure keyring.")
            )
        self.passphrase_edit.textChanged.connect(self._update_buttons)

        form = form_layout()
        form.addRow(buddy(self.tr("U&ser:"), self.user_combo), self.user_combo)
        form.addRow(
            buddy(self.tr("&Passphrase:"), self.passphrase_edit),
            field(self.passphrase_edit, self.remember_check, self.remember_note),
        )
        layout = page_layout(
            page,
            self.tr("Upfront is locked"),
            self.tr(
                "The records on this computer are encrypted. Enter your passphrase to open them."
            ),
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_edit = recovery_key_edit(self.font())
        self.recovery_edit.textChanged.connect(self._update_buttons)
        form = form_layout()
        form.addRow(buddy(self.tr("Recovery &key:"), self.recovery_edit), self.recovery_edit)
        layout = page_layout(
            page,
            self.tr("Unlock with the recovery key"),
            self.tr(
                "Type the recovery key that was printed or written down when Upfront was "
                "set up on this computer. Dashes and spaces are optional, and lower-case "
                "letters are fine."
            ),
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title(self.tr("Upfront cannot open the records")))
        self.problem_banner = Banner()
        layout.addWidget(self.problem_banner)
        self.problem_hint = paragraph(
            fill(
                self.tr(
                    "If you have a backup copy of the key file (keys.json), put it back in this "
                    "folder and choose Try again:\n{folder}"
                ),
                folder=self.data_dir,
            )
        )
        self.problem_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem_hint)
        layout.addStretch(1)
        return page

    def _reset_page(self) -> QWidget:
        page = QWidget()
        self.reset_user_combo = QComboBox()
        self.reset_user_combo.setEditable(True)
        self.reset_user_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reset_user_combo.lineEdit().setMaxLength(MAX_NAME + 1)
        self.reset_user_message = FieldMessage()
        self.reset_fields = NewPassphraseFields(self.reset_user_message)
        self.new_passphrase_edit = self.reset_fields.passphrase_edit
        self.new_strength = self.reset_fields.strength
        self.new_passphrase_message = self.reset_fields.passphrase_message
        self.new_repeat_edit = self.reset_fields.repeat_edit
        self.new_repeat_message = self.reset_fields.repeat_message

        form = form_layout()
        form.addRow(
            buddy(self.tr("U&ser:"), self.reset_user_combo),
            field(self.reset_user_combo, self.reset_user_message),
        )
        self.reset_fields.add_rows(
            form, self.tr("&New passphrase:"), self.tr("&Repeat passphrase:")
        )
        layout = page_layout(
            page,
            self.tr("Choose a new passphrase"),
            self.tr(
                "The recovery key was accepted. Choose whose passphrase to replace, or "
                "type a new name, and set the passphrase to use from now on. The recovery "
                "key stays valid."
            ),
        )
        layout.addLayout(form)
        layout.addStretch(1)

        self.reset_user_combo.lineEdit().textEdited.connect(self._touch_reset_user)
        self.reset_user_combo.editTextChanged.connect(self._update_buttons)
        self.new_passphrase_edit.textChanged.connect(self._update_buttons)
        self.new_repeat_edit.textChanged.connect(self._update_buttons)
        return page

    def _touch_reset_user(self, _text: str = "") -> None:
        self._reset_touched = True

    def reset_problems(self) -> dict[str, str]:
        """What keeps the new passphrase from being set, by field, as on first run."""
        return self.reset_fields.problems(self.reset_user_combo.currentText())

    def _validate_reset(self) -> bool:
        found = self.reset_problems()
        user_shown = self._reset_touched or bool(self.reset_user_combo.currentText())
        self.reset_fields.show(found, user_shown=user_shown)
        return not found

    def _link(self, href: str, text: str) -> str:
        return f'<a href="{href}">{html.escape(text)}</a>'

    def _switch_page(self, href: str) -> None:
        self._show_page(self.RECOVERY_PAGE if href == "recovery" else self.PASSPHRASE_PAGE)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.banner.clear_message()
        self._error = ""
        self.recovery_link.setVisible(index not in (self.PROBLEM_PAGE, self.RESET_PAGE))
        if index == self.PASSPHRASE_PAGE:
            self.recovery_link.setText(self._link("recovery", self.tr("Use recovery key")))
            self.unlock_button.setText(self.tr("&Unlock"))
            target: QWidget = self.passphrase_edit
        elif index == self.RECOVERY_PAGE:
            self.recovery_link.setText(self._link("passphrase", self.tr("Use passphrase")))
            self.unlock_button.setText(self.tr("&Unlock"))
            target = self.recovery_edit
        elif index == self.RESET_PAGE:
            self.unlock_button.setText(self.tr("Set passphrase and &open"))
            target = self.new_passphrase_edit
        else:
            self.unlock_button.setText(self.tr("&Try again"))
            target = self.unlock_button
        self._update_buttons()
        target.setFocus()

    # users and the key file
    def _load_users(self) -> bool:
        try:
            users = Store.users(self.data_dir)
        except (UpfrontError, OSError) as exc:
            self._show_problem(failure_message(exc))
            return False
        self.user_combo.clear()
        self.user_combo.addItems(users)
        if not users:
            self._show_page(self.RECOVERY_PAGE)
            self._error = self.tr("No user has a passphrase for this store. Use the recovery key.")
            self.banner.show_error(self._error)
            return False
        return True

    def _show_problem(self, message: str) -> None:
        self._show_page(self.PROBLEM_PAGE)
        self.problem_banner.show_error(message)
        self.failed.emit(message)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._try_remembered and self.pages.currentIndex() == self.PASSPHRASE_PAGE:
                self._open_remembered()

    # unlocking
    def _open_remembered(self) -> None:
        if not remember.available() or not self.user_combo.currentText():
            return
        self._start(
            partial(_open_remembered, self.data_dir, self.user_combo.currentText()),
            self.tr("Opening with the key remembered on this device…"),
            quiet_denial=True,
        )

    def _unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        page = self.pages.currentIndex()
        if page == self.PROBLEM_PAGE:
            if self._load_users():
                self._show_page(self.PASSPHRASE_PAGE)
            return
        if page == self.RESET_PAGE:
            if not self._validate_reset() or self._recovery_key is None:
                return
            recovery_store, self.store = self.store, None  # closed first, on the worker
            job = partial(
                _reset_and_open,
                recovery_store,
                self.data_dir,
                self._recovery_key,
                self.reset_user_combo.currentText().strip(),
                self.new_passphrase_edit.text(),
            )
            self._start(job, self.tr("Setting the new passphrase…"))
            return
        if page == self.PASSPHRASE_PAGE:
            job = partial(
                _open_with_passphrase,
                self.data_dir,
                self.user_combo.currentText(),
                self.passphrase_edit.text(),
                self.remember_check.isEnabled() and self.remember_check.isChecked(),
            )
        else:
            job = partial(_open_with_recovery, self.data_dir, self.recovery_edit.text())
        self._start(job, self.tr("Unlocking…"))

    def _start(
        self, job: Callable[[], Opened], busy_text: str, *, quiet_denial: bool = False
    ) -> None:
        self._set_busy(True, busy_text)
        run_in_background(
            job,
            self._opened,
            partial(self._open_failed, quiet_denial=quiet_denial),
            parent=self,
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (
            self.user_combo,
            self.passphrase_edit,
            self.recovery_edit,
            self.quit_button,
            self.reset_user_combo,
            self.new_passphrase_edit,
            self.new_repeat_edit,
        ):
            widget.setEnabled(not busy)
        self.remember_check.setEnabled(not busy and remember.available())
        if busy:
            self.recovery_link.hide()
            self.busy_indicator.start(text)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.busy_indicator.stop()
            self.recovery_link.setVisible(
                self.pages.currentIndex() not in (self.PROBLEM_PAGE, self.RESET_PAGE)
            )
            self.unsetCursor()
        self._update_buttons()

    def _opened(self, result: Opened) -> None:
        self.store, self.notice = result
        if self.pages.currentIndex() == self.RECOVERY_PAGE:
            self._recovery_key = self.recovery_edit.text()
            self._set_busy(False)
            self.recovery_edit.clear()
            self._start_reset()
            return
        self._set_busy(False)
        self._recovery_key = None
        self._attempts.clear()
        for edit in (
            self.passphrase_edit,
            self.recovery_edit,
            self.new_passphrase_edit,
            self.new_repeat_edit,
        ):
            edit.clear()
        self.unlocked.emit(self.store)
        self.accept()

    def _start_reset(self) -> None:
        """The recovery key opened the store: now a new passphrase before going on."""
        users = self.store.keys.users() if self.store is not None else []
        self.reset_user_combo.clear()
        self.reset_user_combo.addItems(users)
        current = self.user_combo.currentText()
        self.reset_user_combo.setCurrentText(current if current in users else "")
        if users and not current:
            self.reset_user_combo.setCurrentIndex(0)
        self._reset_touched = False
        self._show_page(self.RESET_PAGE)
        self.recoveryUnlocked.emit()

    def reject(self) -> None:
        if self.busy or not self.may_close():
            return
        store, self.store = self.store, None
        if store is not None:  # quitting on the new-passphrase page: the recovery-opened store
            run_in_background(store.close, on_failure=lambda _exc: None)
        self._recovery_key = None
        super().reject()

    def _open_failed(self, exc: Exception, *, quiet_denial: bool = False) -> None:
        self._set_busy(False)
        if quiet_denial and isinstance(exc, AccessDenied):
            self.passphrase_edit.setFocus()  # nothing remembered: ask as usual
            return
        if self.pages.currentIndex() == self.RESET_PAGE:
            self._reset_failed(exc)
            return
        if isinstance(exc, AccessDenied):
            self.failures = self._attempts.record_failure()
            if self.pages.currentIndex() == self.RECOVERY_PAGE:
                message = self.tr("The recovery key is not correct. Nothing was changed.")
                edit = self.recovery_edit
            elif isinstance(exc, WrongPassphrase):
                message = fill(
                    self.tr(
                        "Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, "
                        "then try again."
                    ),
                    user=self.user_combo.currentText(),
                )
                edit = self.passphrase_edit
            else:
                message = failure_message(exc)
                edit = self.passphrase_edit
            edit.selectAll()
            edit.setFocus()
        else:
            message = failure_message(exc)
        self._error = message
        delay = retry_delay(self.failures) if isinstance(exc, AccessDenied) else 0
        if delay:
            self._retry_at = time.monotonic() + delay
            self._countdown.start()
        self._tick()
        self.failed.emit(message)

    def _reset_failed(self, exc: Exception) -> None:
        if isinstance(exc, BadInput) and exc.field in ("user", "label"):
            self.reset_user_message.show_error(exc.reason)
            message = exc.reason
        elif isinstance(exc, BadInput) and "passphrase" in exc.field:
            self.new_passphrase_message.show_error(exc.reason)
            message = exc.reason
        else:
            message = failure_message(exc)
            self._error = message
            self.banner.show_error(message)
        self.failed.emit(message)

    def seconds_to_wait(self) -> int:
        if self._retry_at is None:
            return 0
        return max(0, math.ceil(self._retry_at - time.monotonic()))

    def _tick(self) -> None:
        remaining = self.seconds_to_wait()
        if remaining == 0:
            self._retry_at = None
            self._countdown.stop()
        text = self._error
        if remaining:
            text += "\n" + self.tr("You can try again in %n s.", "", remaining)
        if text:
            self.banner.show_error(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        if page == self.PASSPHRASE_PAGE:
            ready = bool(self.passphrase_edit.text()) and bool(self.user_combo.currentText())
        elif page == self.RECOVERY_PAGE:
            ready = bool(kf.normalize_recovery_key(self.recovery_edit.text()))
        elif page == self.RESET_PAGE:
            ready = self._validate_reset()
        else:
            ready = True
        self.unlock_button.setEnabled(ready and not self.busy and self._retry_at is None)

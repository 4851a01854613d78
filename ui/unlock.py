"""The dialogs between a person and the encrypted store.

`FirstRunDialog` creates the store and shows its recovery key once; `UnlockDialog` opens it with
a passphrase, a key remembered on this device, or the recovery key. Both run the slow Argon2id
derivation on the background worker (`ui.tasks`) with a busy state, and emit
`unlocked(store)` with the opened `app.store.Store` just before they close.
"""

from __future__ import annotations

import html
import logging
import math
import time
import unicodedata
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from app import keyfile as kf
from app import remember
from app.attempts import UnlockAttempts, retry_delay
from app.errors import (
    AccessDenied,
    BadInput,
    KeyFileError,
    NoKeyringBackend,
    NotOurDatabase,
    SchemaTooNew,
    StoreExists,
    StoreMissing,
    UpfrontError,
    WrongPassphrase,
)
from app.settings import Settings
from app.store import Store
from ui.qt import (
    HAVE_PRINT_SUPPORT,
    QCheckBox,
    QColor,
    QComboBox,
    QCoreApplication,
    QDialog,
    QFileDialog,
    QFont,
    QFontDatabase,
    QFormLayout,
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMarginsF,
    QPageLayout,
    QPalette,
    QPrintDialog,
    QPrinter,
    QProgressBar,
    QPushButton,
    QShowEvent,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTextDocument,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background

log = logging.getLogger(__name__)

MAX_NAME = 64  # app.keyfile.check_label's limit; Store.create has the final word


# ---- pure helpers --------------------------------------------------------------------------
def passphrase_strength(passphrase: str) -> int:
    """0 when below the minimum length (the one hard rule), then 1 weak … 4 strong.

    A rough guide from length and variety of characters, not an entropy estimate: it nudges
    towards long passphrases without rejecting anything the store accepts.
    """
    text = passphrase.strip()
    if len(text) < kf.MIN_PASSPHRASE:
        return 0
    if len(set(text)) <= max(3, len(text) // 4):
        return 1  # "aaaaaaaaaa", "abababababab"
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
            any(c.isalpha() and not (c.islower() or c.isupper()) for c in text),  # Arabic, CJK
        )
    )
    score = 1 + (len(text) >= 14) + (len(text) >= 20) + (classes >= 3)
    return min(score, 4)


def describe_error(exc: BaseException) -> str:
    """A message for a person: what happened and what to do, never a traceback."""
    detail = str(exc)
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "describe_error", "The passphrase is not correct. Nothing was changed."
        )
    if isinstance(exc, KeyFileError):
        headline = QCoreApplication.translate(
            "describe_error",
            "The key file of this store cannot be read, so the records cannot be opened. "
            "Nothing was changed.",
        )
    elif isinstance(exc, NotOurDatabase):
        headline = QCoreApplication.translate(
            "describe_error",
            "The database does not match this store's key file: it may be damaged or belong "
            "to another installation. Nothing was changed.",
        )
    elif isinstance(exc, SchemaTooNew):
        headline = QCoreApplication.translate(
            "describe_error",
            "These records were saved by a newer version of Upfront. Install that version or "
            "a newer one to open them. Nothing was changed.",
        )
    elif isinstance(exc, StoreMissing):
        headline = QCoreApplication.translate(
            "describe_error", "There is no Upfront store in this folder."
        )
    elif isinstance(exc, StoreExists):
        headline = QCoreApplication.translate(
            "describe_error",
            "A store already exists in this folder. Start Upfront again to unlock it.",
        )
    elif isinstance(exc, AccessDenied):
        headline = QCoreApplication.translate("describe_error", "The store stays locked.")
    elif isinstance(exc, UpfrontError):
        return detail
    elif isinstance(exc, OSError):
        headline = QCoreApplication.translate(
            "describe_error", "Upfront could not read or write a file."
        )
        detail = f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    else:
        log.error("unexpected error", exc_info=exc)
        headline = QCoreApplication.translate(
            "describe_error",
            "Something unexpected went wrong. Please tell your IT focal point what you were doing.",
        )
        detail = f"{type(exc).__name__}: {exc}"
    detail = detail[:1].upper() + detail[1:]
    return f"{headline}\n{detail}" if detail else headline


def name_problem(name: str) -> str | None:
    """Why `name` cannot label a key slot (app.keyfile.check_label's rules), or None."""
    label = name.strip()
    if not label:
        return QCoreApplication.translate("name_problem", "Enter your name.")
    if len(label) > MAX_NAME or any(unicodedata.category(c).startswith("C") for c in label):
        return QCoreApplication.translate(
            "name_problem", "Use at most %1 printable characters."
        ).replace("%1", str(MAX_NAME))
    if label.casefold() == kf.RECOVERY_LABEL:
        return QCoreApplication.translate(
            "name_problem", "“recovery” is reserved for the recovery key."
        )
    return None


# ---- small widgets -------------------------------------------------------------------------
def _error_color(widget: QWidget) -> QColor:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80" if dark else "#a4161a")


def _scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(_scaled_font(label.font(), 1.4, bold=True))
    label.setWordWrap(True)
    return label


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _tinted(widget: QWidget, foreground: QColor, background: QColor | None = None) -> None:
    """Colour a widget through its palette (style sheets would switch it to another style)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, foreground)
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, background)
    widget.setPalette(palette)


def _blend(color: QColor, over: QColor, amount: float) -> QColor:
    mixed = (
        c * amount + o * (1 - amount)
        for c, o in zip(color.getRgbF()[:3], over.getRgbF()[:3], strict=True)
    )
    return QColor.fromRgbF(*mixed)


class FieldMessage(QLabel):
    """The line under a field: a neutral hint, or the problem with what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(_scaled_font(self.font(), 0.9))
        self.is_error = False

    def show_hint(self, text: str) -> None:
        self.is_error = False
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._set(text)

    def show_error(self, text: str) -> None:
        self.is_error = True
        _tinted(self, _error_color(self))
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self._set(text)

    def _set(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Banner(QLabel):
    """A boxed message under the form, for errors that concern the whole dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setMargin(6)
        self.setAutoFillBackground(True)
        self.hide()

    def show_error(self, text: str) -> None:
        color = _error_color(self)
        window = self.window().palette().color(QPalette.ColorRole.Window)  # not our own tint
        _tinted(self, color, _blend(color, window, 0.1))
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class BusyIndicator(QWidget):
    """An indeterminate bar and a word, shown while the worker derives keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(72)
        self.bar.setMaximumHeight(10)
        self.label = QLabel()
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class StrengthMeter(QWidget):
    """A bar and a word for passphrase_strength(); the word keeps it readable without colour."""

    COLORS = ("#c62828", "#c62828", "#ef6c00", "#9e9d24", "#2e7d32")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.word = QLabel()
        self.word.setMinimumWidth(self.word.fontMetrics().horizontalAdvance("M" * 7))
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word)
        self.score = 0
        self.set_passphrase("")

    def words(self) -> tuple[str, ...]:
        return (
            self.tr("Too short"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )

    def set_passphrase(self, passphrase: str) -> None:
        self.score = passphrase_strength(passphrase)
        self.bar.setValue(self.score if passphrase else 0)
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(self.COLORS[self.score]))
        self.bar.setPalette(palette)
        self.word.setText(self.words()[self.score] if passphrase else "")
        self.bar.setAccessibleDescription(self.word.text())


def _secret_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setPlaceholderText(placeholder)
    return edit


def _field(widget: QWidget, *below: QWidget) -> QWidget:
    """A field with its meter/message underneath, as one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(widget)
    for extra in below:
        layout.addWidget(extra)
    return box


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _monospace(base: QFont, factor: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    return font


def _key_in_lines(recovery_key: str) -> str:
    """ABCD-…-MNOP as two lines of four groups: easier to copy by hand."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


class NewPassphraseFields:
    """The fields that set a passphrase (first run, and after the recovery key): one set of
    rules and messages, so the two screens cannot drift apart."""

    def __init__(
        self,
        user_message: FieldMessage,
        passphrase_edit: QLineEdit,
        strength: StrengthMeter,
        passphrase_message: FieldMessage,
        repeat_edit: QLineEdit,
        repeat_message: FieldMessage,
    ) -> None:
        self.user_message = user_message
        self.passphrase_edit = passphrase_edit
        self.strength = strength
        self.passphrase_message = passphrase_message
        self.repeat_edit = repeat_edit
        self.repeat_message = repeat_message

    def problems(self, user: str) -> dict[str, str]:
        """What keeps the passphrase from being set, by field: "user", "passphrase", "repeat"."""
        found: dict[str, str] = {}
        problem = name_problem(user)
        if problem:
            found["user"] = problem
        passphrase = self.passphrase_edit.text()
        if len(passphrase.strip()) < kf.MIN_PASSPHRASE:
            found["passphrase"] = QCoreApplication.translate(
                "NewPassphraseFields", "Too short: use at least %1 characters."
            ).replace("%1", str(kf.MIN_PASSPHRASE))
        if self.repeat_edit.text() != passphrase:
            found["repeat"] = QCoreApplication.translate(
                "NewPassphraseFields", "The passphrases do not match."
            )
        elif not self.repeat_edit.text():
            found["repeat"] = QCoreApplication.translate(
                "NewPassphraseFields", "Type the passphrase again."
            )
        return found

    def show(self, found: dict[str, str], *, user_shown: bool) -> None:
        """Errors next to the fields the person has started on; hints elsewhere."""
        self.strength.set_passphrase(self.passphrase_edit.text())
        if "user" in found and user_shown:
            self.user_message.show_error(found["user"])
        else:
            self.user_message.show_hint("")
        if "passphrase" in found and self.passphrase_edit.text():
            self.passphrase_message.show_error(found["passphrase"])
        else:
            self.passphrase_message.show_hint(
                QCoreApplication.translate(
                    "NewPassphraseFields",
                    "At least %1 characters. A few unrelated words are easy to remember and "
                    "hard to guess.",
                ).replace("%1", str(kf.MIN_PASSPHRASE))
            )
        if "repeat" in found and self.repeat_edit.text():
            self.repeat_message.show_error(found["repeat"])
        else:
            self.repeat_message.show_hint("")


class _Dialog(QDialog):
    """Shared behaviour: no closing while the worker holds a derivation in flight."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.busy = False
        self.store: Store | None = None

    def reject(self) -> None:
        if not self.busy and self.may_close():
            super().reject()

    def may_close(self) -> bool:
        return True


# ---- first run -------------------------------------------------------------------------------
def _adopt_data_dir(folder: Path) -> bool:
    """Runs on the worker. If `folder` holds a store, make it the data folder from now on."""
    if not Store.exists(folder):
        return False
    Settings().set("data_dir", str(folder))
    return True


class FirstRunDialog(_Dialog):
    """Create the store on this computer, then show the recovery key once.

    Emits `unlocked(store)` when the person confirms the recovery key is stored safely; the
    dialog is then accepted and `store` holds the open Store.
    """

    unlocked = Signal(object)
    recoveryKeyShown = Signal()  # noqa: N815 - Qt signal naming
    existingChosen = Signal(object)  # noqa: N815 - the Path of a folder that holds a store
    failed = Signal(str)

    FORM_PAGE, KEY_PAGE = 0, 1

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._touched: set[QLineEdit] = set()
        self._recovery_key: str | None = None
        self.setWindowTitle(self.tr("Set up Upfront"))
        self.setMinimumWidth(540)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._validate()

    # pages
    def _form_page(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME + 1)
        self.name_edit.setPlaceholderText(self.tr("The name colleagues know you by"))
        self.name_message = FieldMessage()
        self.passphrase_edit = _secret_edit()
        self.strength = StrengthMeter()
        self.passphrase_message = FieldMessage()
        self.repeat_edit = _secret_edit()
        self.repeat_message = FieldMessage()
        self.fields = NewPassphraseFields(
            self.name_message,
            self.passphrase_edit,
            self.strength,
            self.passphrase_message,
            self.repeat_edit,
            self.repeat_message,
        )

        form = _form()
        form.addRow(
            _buddy(self.tr("Your &name:"), self.name_edit),
            _field(self.name_edit, self.name_message),
        )
        form.addRow(
            _buddy(self.tr("&Passphrase:"), self.passphrase_edit),
            _field(self.passphrase_edit, self.strength, self.passphrase_message),
        )
        form.addRow(
            _buddy(self.tr("&Repeat passphrase:"), self.repeat_edit),
            _field(self.repeat_edit, self.repeat_message),
        )
        self.banner = Banner()
        self.busy_indicator = BusyIndicator()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.create_button = QPushButton(self.tr("Create store"))
        self.create_button.setDefault(True)
        # Enter in a half-filled form must never cancel the set-up: only Create is a default
        self.cancel_button.setAutoDefault(False)
        self.existing_button = QPushButton(self.tr("Use an &existing data folder…"))
        self.existing_button.setAutoDefault(False)
        self.existing_button.setToolTip(
            self.tr(
                "Open records that are already kept in a folder on this computer or a "
                "shared drive, instead of creating new ones."
            )
        )
        self.existing_message = FieldMessage()
        self.existing_message.show_hint("")

        buttons = QHBoxLayout()
        buttons.addWidget(self.existing_button)
        buttons.addWidget(self.busy_indicator)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Set up Upfront on this computer")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Your records are kept on this computer, encrypted. Choose the name that "
                    "will appear in the history of your records, and a passphrase: you will "
                    "enter it each time you open Upfront."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.existing_message)

        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.textEdited.connect(partial(self._touch, edit))
            edit.textChanged.connect(self._validate)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self._create)
        self.existing_button.clicked.connect(self._use_existing)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        self.recovery_key_label = QLabel()
        self.recovery_key_label.setObjectName("recoveryKey")
        self.recovery_key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_key_label.setFont(_monospace(self.font(), 1.5))
        self.recovery_key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.recovery_key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery_key_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.recovery_key_label.setAutoFillBackground(True)
        self.recovery_key_label.setMargin(14)

        if HAVE_PRINT_SUPPORT:
            self.print_button: QPushButton | None = QPushButton(self.tr("&Print…"))
            self.print_button.clicked.connect(self._print)
            self.copy_button: QPushButton | None = None
            output_note = None
        else:  # pragma: no cover - QtPrintSupport ships with PySide6-Essentials 6.12
            self.print_button = None
            self.copy_button = QPushButton(self.tr("&Copy"))
            self.copy_button.clicked.connect(self._copy)
            output_note = _paragraph(
                self.tr(
                    "Printing arrives with the reports work. Until then, copy the key into a "
                    "safe place or write it down."
                )
            )
        self.stored_check = QCheckBox(self.tr("I have &stored the recovery key safely"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        self.stored_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)

        output = QHBoxLayout()
        output.addStretch(1)
        output.addWidget(self.print_button or self.copy_button)
        output.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stored_check)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Your recovery key")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "If you forget your passphrase, this key is the only way to open your "
                    "records. It is shown only this once. Print it or write it down, and keep "
                    "it somewhere safe away from this computer: anyone who has both can read "
                    "the records."
                )
            )
        )
        layout.addSpacing(8)
        layout.addWidget(self.recovery_key_label)
        layout.addLayout(output)
        if output_note is not None:
            layout.addWidget(output_note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # validation
    def _touch(self, edit: QLineEdit, _text: str = "") -> None:
        self._touched.add(edit)

    def problems(self) -> dict[str, str]:
        """What keeps Create disabled, by field: "user", "passphrase", "repeat"."""
        return self.fields.problems(self.name_edit.text())

    def _validate(self) -> None:
        found = self.problems()
        user_shown = self.name_edit in self._touched or bool(self.name_edit.text())
        self.fields.show(found, user_shown=user_shown)
        self.create_button.setEnabled(not found and not self.busy)

    # creating
    def _create(self) -> None:
        if self.problems() or self.busy:
            return
        self.banner.clear_message()
        self._set_busy(True)
        run_in_background(
            partial(
                Store.create,
                self.data_dir,
                self.name_edit.text().strip(),
                self.passphrase_edit.text(),
            ),
            self._created,
            self._create_failed,
            parent=self,
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (
            self.name_edit,
            self.passphrase_edit,
            self.repeat_edit,
            self.cancel_button,
            self.existing_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.busy_indicator.start(text or self.tr("Creating the encrypted store…"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.busy_indicator.stop()
            self.unsetCursor()
        self._validate()

    def _created(self, result: tuple[Store, str]) -> None:
        self.store, self._recovery_key = result
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.recovery_key_label.setText(_key_in_lines(self._recovery_key))
        self.pages.setCurrentIndex(self.KEY_PAGE)
        self.continue_button.setDefault(True)
        self.stored_check.setFocus()
        self.recoveryKeyShown.emit()

    def _create_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, BadInput) and exc.field == "user":
            self.name_message.show_error(exc.reason)
            message = exc.reason
        elif isinstance(exc, BadInput) and exc.field == "passphrase":
            self.passphrase_message.show_error(exc.reason)
            message = exc.reason
        else:
            message = describe_error(exc)
            self.banner.show_error(message)
        self.failed.emit(message)

    # an existing data folder
    def choose_directory(self) -> Path | None:
        """Ask for a folder; None when the person cancels. Tests replace this method."""
        start = self.data_dir if self.data_dir.exists() else self.data_dir.parent
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the existing data folder"), str(start)
        )
        return Path(chosen) if chosen else None

    def _use_existing(self) -> None:
        if self.busy:
            return
        folder = self.choose_directory()
        if folder is None:
            return
        self.banner.clear_message()
        self.existing_message.show_hint("")
        self._set_busy(True, self.tr("Looking for a store in that folder…"))
        run_in_background(
            partial(_adopt_data_dir, folder),
            partial(self._existing_checked, folder),
            self._existing_failed,
            parent=self,
        )

    def _existing_checked(self, folder: Path, found: bool) -> None:
        self._set_busy(False)
        if not found:
            message = self.tr(
                "There is no Upfront store in this folder. Choose the folder that holds "
                "keys.json:\n{folder}"
            ).format(folder=folder)
            self.existing_message.show_error(message)
            self.failed.emit(message)
            return
        self.existingChosen.emit(folder)
        self.accept()

    def _existing_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        message = describe_error(exc)
        self.existing_message.show_error(message)
        self.failed.emit(message)

    # the recovery key
    def may_close(self) -> bool:
        return self.pages.currentIndex() == self.FORM_PAGE  # the key must be acknowledged

    def recovery_sheet(self) -> QTextDocument:
        """The printed page: what the key is, whose store it opens, and the key itself."""
        assert self.store is not None and self._recovery_key is not None
        rows = [
            (self.tr("Store"), self.store.store_id),
            (self.tr("Created by"), self.store.user),
            (self.tr("Created on"), datetime.now().strftime("%Y-%m-%d %H:%M")),
        ]
        table = "".join(
            f"<tr><td>{html.escape(k)}:&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        key_html = "<br/>".join(map(html.escape, _key_in_lines(self._recovery_key).splitlines()))
        heading = self.tr("Upfront recovery key")  # lupdate does not read tr() in f-strings
        body = (
            f"<h1>{html.escape(heading)}</h1>"
            f"<table>{table}</table>"
            f"<p dir='ltr' style='font-family: monospace; font-size: 20pt; margin: 24px 0'>"
            f"{key_html}</p>"
            "<p>"
            + html.escape(
                self.tr(
                    "This key opens the encrypted Upfront records on one computer if the "
                    "passphrase is forgotten. Keep this sheet locked away, separate from the "
                    "computer. Do not photograph it or send it by e-mail or messenger."
                )
            )
            + "</p>"
        )
        document = QTextDocument()
        document.setDefaultFont(QFont(self.font().family(), 11))
        document.setHtml(body)
        return document

    def print_recovery_sheet(self, printer: QPrinter) -> None:
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        self.recovery_sheet().print_(printer)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_recovery_sheet(printer)

    def _copy(self) -> None:  # pragma: no cover - only without QtPrintSupport
        if self._recovery_key:
            QGuiApplication.clipboard().setText(self._recovery_key)

    def _finish(self) -> None:
        if not self.stored_check.isChecked() or self.store is None:
            return
        clipboard = QGuiApplication.clipboard()
        if self._recovery_key and clipboard.text() == self._recovery_key:
            clipboard.clear()
        self._recovery_key = None
        self.recovery_key_label.clear()
        self.unlocked.emit(self.store)
        self.accept()


# ---- unlocking -------------------------------------------------------------------------------
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


class UnlockDialog(_Dialog):
    """Open the existing store: a user and passphrase, a remembered key, or the recovery key.

    Emits `unlocked(store)` and is accepted when the store opens; `failed(message)` after each
    failed attempt (the message is also shown in the dialog, which stays open). `notice` holds
    a remark for the main window (e.g. remembering on this device failed), or None.

    The recovery key does not lead straight in: it opens the store (`recoveryUnlocked`), then
    the person sets a new passphrase for a user, and the store reopens as that user.
    """

    unlocked = Signal(object)
    recoveryUnlocked = Signal()  # noqa: N815 - Qt signal naming
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
        self.passphrase_edit = _secret_edit()
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

        form = _form()
        form.addRow(_buddy(self.tr("U&ser:"), self.user_combo), self.user_combo)
        form.addRow(
            _buddy(self.tr("&Passphrase:"), self.passphrase_edit),
            _field(self.passphrase_edit, self.remember_check, self.remember_note),
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Upfront is locked")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "The records on this computer are encrypted. Enter your passphrase to "
                    "open them."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setFont(_monospace(self.font()))
        self.recovery_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhLatinOnly
        )
        self.recovery_edit.setMinimumWidth(
            self.recovery_edit.fontMetrics().horizontalAdvance("X" * 42)
        )
        self.recovery_edit.textChanged.connect(self._update_buttons)
        form = _form()
        form.addRow(_buddy(self.tr("Recovery &key:"), self.recovery_edit), self.recovery_edit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Unlock with the recovery key")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Type the recovery key that was printed or written down when Upfront was "
                    "set up on this computer. Dashes and spaces are optional, and lower-case "
                    "letters are fine."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _problem_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Upfront cannot open the records")))
        self.problem_banner = Banner()
        layout.addWidget(self.problem_banner)
        self.problem_hint = _paragraph(
            self.tr(
                "If you have a backup copy of the key file (keys.json), put it back in this "
                "folder and choose Try again:\n{folder}"
            ).format(folder=self.data_dir)
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
        self.new_passphrase_edit = _secret_edit()
        self.new_strength = StrengthMeter()
        self.new_passphrase_message = FieldMessage()
        self.new_repeat_edit = _secret_edit()
        self.new_repeat_message = FieldMessage()
        self.reset_fields = NewPassphraseFields(
            self.reset_user_message,
            self.new_passphrase_edit,
            self.new_strength,
            self.new_passphrase_message,
            self.new_repeat_edit,
            self.new_repeat_message,
        )

        form = _form()
        form.addRow(
            _buddy(self.tr("U&ser:"), self.reset_user_combo),
            _field(self.reset_user_combo, self.reset_user_message),
        )
        form.addRow(
            _buddy(self.tr("&New passphrase:"), self.new_passphrase_edit),
            _field(self.new_passphrase_edit, self.new_strength, self.new_passphrase_message),
        )
        form.addRow(
            _buddy(self.tr("&Repeat passphrase:"), self.new_repeat_edit),
            _field(self.new_repeat_edit, self.new_repeat_message),
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Choose a new passphrase")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "The recovery key was accepted. Choose whose passphrase to replace, or "
                    "type a new name, and set the passphrase to use from now on. The recovery "
                    "key stays valid."
                )
            )
        )
        layout.addSpacing(8)
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
            self._show_problem(describe_error(exc))
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
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
                message = self.tr(
                    "Wrong passphrase for “{user}”. Check the keyboard layout and Caps Lock, "
                    "then try again."
                ).format(user=self.user_combo.currentText())
                edit = self.passphrase_edit
            else:
                message = describe_error(exc)
                edit = self.passphrase_edit
            edit.selectAll()
            edit.setFocus()
        else:
            message = describe_error(exc)
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
            message = describe_error(exc)
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

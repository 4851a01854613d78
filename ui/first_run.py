"""The first-run dialog: create the encrypted store on this computer and show its recovery key
once, adopt a data folder that already holds a store, or look around in the sample store
(app.demo: fictitious records in a folder of its own, beside the real one).

The slow Argon2id derivation runs on the background worker (`ui.tasks`) with a busy state;
`unlocked(store)` is emitted with the new `app.store.Store` just before the dialog closes.
"""

from __future__ import annotations

import html
from datetime import datetime
from functools import partial
from pathlib import Path

from app import demo
from app.errors import BadInput
from app.settings import LANGUAGES, Settings
from app.store import Store
from ui.failures import failure_message
from ui.passphrase import MAX_NAME, NewPassphraseFields, key_in_lines
from ui.qt import (
    HAVE_PRINT_SUPPORT,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFont,
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
    QPushButton,
    QStackedWidget,
    Qt,
    QTextDocument,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import LANGUAGE_NAMES, fill
from ui.widgets import (
    Banner,
    BusyIndicator,
    Dialog,
    FieldMessage,
    buddy,
    field,
    form_layout,
    monospace,
    page_layout,
    paragraph,
)


def _adopt_data_dir(folder: Path) -> bool:
    """Runs on the worker. If `folder` holds a store, make it the data folder from now on."""
    if not Store.exists(folder):
        return False
    Settings().set("data_dir", str(folder))
    return True


class FirstRunDialog(Dialog):
    """Create the store on this computer, then show the recovery key once.

    Emits `unlocked(store)` when the person confirms the recovery key is stored safely; the
    dialog is then accepted and `store` holds the open Store.
    """

    unlocked = Signal(object)
    recoveryKeyShown = Signal()  # Qt signal naming
    existingChosen = Signal(object)  # the Path of a folder that holds a store
    languageChosen = Signal(str)  # a language code, saved in the settings
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
        self.fields = NewPassphraseFields(self.name_message)
        self.passphrase_edit = self.fields.passphrase_edit
        self.strength = self.fields.strength
        self.passphrase_message = self.fields.passphrase_message
        self.repeat_edit = self.fields.repeat_edit
        self.repeat_message = self.fields.repeat_message

        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(Settings().get("language")))
        )
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        form = form_layout()
        form.addRow(buddy(self.tr("&Language:"), self.language_combo), self.language_combo)
        form.addRow(
            buddy(self.tr("Your &name:"), self.name_edit),
            field(self.name_edit, self.name_message),
        )
        self.fields.add_rows(form, self.tr("&Passphrase:"), self.tr("&Repeat passphrase:"))
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
        self.sample_button = QPushButton(self.tr("&Look around with sample data"))
        self.sample_button.setAutoDefault(False)
        self.sample_button.setToolTip(
            self.tr(
                "Open a separate store of fictitious incidents, situations and a strategy, "
                "to see every page at work. It is kept apart from your own records and can "
                "never be sent to HQ."
            )
        )
        self.sample_button.clicked.connect(self._use_sample)

        buttons = QHBoxLayout()
        buttons.addWidget(self.existing_button)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.busy_indicator)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = page_layout(
            page,
            self.tr("Set up Upfront on this computer"),
            self.tr(
                "Your records are kept on this computer, encrypted. Choose the name that "
                "will appear in the history of your records, and a passphrase: you will "
                "enter it each time you open Upfront."
            ),
        )
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
        self.recovery_key_label.setFont(monospace(self.font(), 1.5))
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
            output_note = paragraph(
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

        layout = page_layout(
            page,
            self.tr("Your recovery key"),
            self.tr(
                "If you forget your passphrase, this key is the only way to open your "
                "records. It is shown only this once. Print it or write it down, and keep "
                "it somewhere safe away from this computer: anyone who has both can read "
                "the records."
            ),
        )
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

    def _language_changed(self) -> None:
        """Save the language and say so: the application shows this dialog again in it (a
        passphrase typed so far is not carried over)."""
        code = self.language_combo.currentData()
        if code and code != Settings().get("language"):
            Settings().set("language", code)
            self.languageChosen.emit(code)

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
            self.sample_button,
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
        self.recovery_key_label.setText(key_in_lines(self._recovery_key))
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
            message = failure_message(exc)
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
            message = fill(
                self.tr(
                    "There is no Upfront store in this folder. Choose the folder that holds "
                    "keys.json:\n{folder}"
                ),
                folder=folder,
            )
            self.existing_message.show_error(message)
            self.failed.emit(message)
            return
        self.existingChosen.emit(folder)
        self.accept()

    def _existing_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        message = failure_message(exc)
        self.existing_message.show_error(message)
        self.failed.emit(message)

    # the sample store
    def sample_dir(self) -> Path:
        return demo.default_dir(self.data_dir)

    def _use_sample(self) -> None:
        if self.busy:
            return
        self.banner.clear_message()
        self.existing_message.show_hint("")
        self._set_busy(True, self.tr("Making the sample store…"))
        run_in_background(
            partial(demo.open_or_create, self.sample_dir()),
            self._sample_ready,
            self._sample_failed,
            parent=self,
        )

    def _sample_ready(self, result: tuple[Store, bool]) -> None:
        self.store, _made = result
        self._set_busy(False)
        self.unlocked.emit(self.store)
        self.accept()

    def _sample_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        message = failure_message(exc)
        self.banner.show_error(message)
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
        key_html = "<br/>".join(map(html.escape, key_in_lines(self._recovery_key).splitlines()))
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

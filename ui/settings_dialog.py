"""Tools ▸ Settings: the settings of app.settings, edited in a form.

app.settings decides what is valid (one declaration, one set of rules); the dialog shows its
reason under the field concerned and saves nothing until every field passes. Language and data
directory take effect at the next start; idle lock and panic key at once.
"""

from __future__ import annotations

import os
from typing import Any

from app import remember
from app.errors import BadInput
from app.paths import ENV_DATA_DIR
from app.settings import LANGUAGES, TEXT_SIZES, Settings
from ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QLocale,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text import LANGUAGE_NAMES, fill
from ui.widgets import FieldMessage

MAX_IDLE_FIELD = 1440  # the field allows more than the setting does: the setting says why


class _Trial(Settings):
    """Settings that check values without writing them: every field is validated first."""

    def save(self) -> None:
        pass


def _needs_modifier(sequence: QKeySequence) -> bool:
    """A panic key without Ctrl, Alt or Meta (other than F1…F35) would lock while typing."""
    if sequence.isEmpty():
        return False
    combination = sequence[0]
    modifiers = combination.keyboardModifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    is_function_key = Qt.Key.Key_F1.value <= combination.key().value <= Qt.Key.Key_F35.value
    return modifiers == Qt.KeyboardModifier.NoModifier and not is_function_key


class SettingsDialog(QDialog):
    """Emits `saved(keys)` with the keys whose values changed, after they were written."""

    saved = Signal(list)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)

        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self.settings.get("language")))
        )

        self.text_size_combo = QComboBox()
        for percent in TEXT_SIZES:
            self.text_size_combo.addItem(
                fill(self.tr("{percent}%"), percent=QLocale().toString(percent)), percent
            )
        self.text_size_combo.setCurrentIndex(
            max(0, self.text_size_combo.findData(self.settings.get("text_size")))
        )

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, MAX_IDLE_FIELD)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(int(self.settings.get("idle_lock_minutes")))

        self.panic_edit = QKeySequenceEdit()
        self.panic_edit.setMaximumSequenceLength(1)
        self.panic_edit.setClearButtonEnabled(True)
        self.panic_edit.setKeySequence(
            QKeySequence(
                self.settings.get("panic_shortcut"), QKeySequence.SequenceFormat.PortableText
            )
        )

        self.remember_check = QCheckBox(self.tr("Remember me on this device"))
        self.remember_check.setChecked(bool(self.settings.get("remember_on_device")))
        if remember.available():
            self.remember_check.setToolTip(
                self.tr(
                    "Keep a key in this computer's secure keyring so that Upfront opens "
                    "without the passphrase. Only for a computer that you alone use."
                )
            )
        else:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(
                self.tr("This computer has no secure keyring, so Upfront cannot remember you here.")
            )

        self.data_dir_edit = QLineEdit(self.settings.get("data_dir") or "")
        self.data_dir_edit.setPlaceholderText(self.tr("The standard folder for this computer"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        data_row = QWidget()
        data_layout = QHBoxLayout(data_row)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addWidget(self.data_dir_edit, 1)
        data_layout.addWidget(self.browse_button)

        # the control of each setting of app.settings.SETTINGS: a test checks none is missing
        self.controls: dict[str, QWidget] = {
            "language": self.language_combo,
            "text_size": self.text_size_combo,
            "idle_lock_minutes": self.idle_spin,
            "panic_shortcut": self.panic_edit,
            "remember_on_device": self.remember_check,
            "data_dir": self.data_dir_edit,
        }
        self.messages = {key: FieldMessage() for key in self.controls}
        self.messages["language"].show_hint(self.tr("Applies when Upfront next starts."))
        self.messages["text_size"].show_hint(self.tr("The whole window, at once."))
        self.messages["idle_lock_minutes"].show_hint(
            self.tr("Upfront locks itself after this long without keyboard or mouse input.")
        )
        self.messages["panic_shortcut"].show_hint(
            self.tr("Locks at once, from any Upfront window.")
        )
        data_hint = self.tr(
            "Applies when Upfront next starts. Move keys.json and upfront.db "
            "there yourself, together."
        )
        if os.environ.get(ENV_DATA_DIR):
            data_hint += "\n" + fill(
                self.tr("{variable} is set and takes precedence."), variable=ENV_DATA_DIR
            )
        self.messages["data_dir"].show_hint(data_hint)
        if not remember.available():
            self.messages["remember_on_device"].show_hint(
                self.tr("Not available: this computer has no secure keyring.")
            )
        self._hints = {key: message.text() for key, message in self.messages.items()}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for text, key, widget in (
            (self.tr("&Language:"), "language", self.language_combo),
            (self.tr("&Text size:"), "text_size", self.text_size_combo),
            (self.tr("Lock when &idle for:"), "idle_lock_minutes", self.idle_spin),
            (self.tr("&Panic key:"), "panic_shortcut", self.panic_edit),
            ("", "remember_on_device", self.remember_check),
            (self.tr("&Data folder:"), "data_dir", data_row),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(4)
            box_layout.addWidget(widget)
            box_layout.addWidget(self.messages[key])
            label = QLabel(text)
            label.setBuddy(self.data_dir_edit if widget is data_row else widget)
            form.addRow(label, box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        """What the form holds, in the settings' own types."""
        return {
            "language": self.language_combo.currentData(),
            "text_size": self.text_size_combo.currentData(),
            "idle_lock_minutes": self.idle_spin.value(),
            "panic_shortcut": self.panic_edit.keySequence().toString(
                QKeySequence.SequenceFormat.PortableText
            ),
            "remember_on_device": self.remember_check.isChecked(),
            "data_dir": self.data_dir_edit.text().strip() or None,
        }

    def _browse(self) -> None:
        # Qt's own dialog, opened without a nested event loop: the panic key keeps working.
        dialog = QFileDialog(self, self.tr("Data folder"), self.data_dir_edit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOptions(QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.data_dir_edit.setText)
        dialog.open()

    def _problem(self, key: str, value: Any, trial: Settings) -> str | None:
        if key == "panic_shortcut" and _needs_modifier(self.panic_edit.keySequence()):
            return self.tr("Use Ctrl, Alt or a function key, or typing would lock Upfront.")
        try:
            trial.set(key, value)
        except BadInput as exc:
            return exc.reason
        return None

    def save(self) -> bool:
        """Check every field, then write them all; returns False (and says why) if any fails."""
        values = self.values()
        trial = _Trial(self.settings.path)
        problems = {key: self._problem(key, value, trial) for key, value in values.items()}
        for key, problem in problems.items():
            if problem:
                self.messages[key].show_error(problem)
            else:
                self.messages[key].show_hint(self._hints[key])
        if any(problems.values()):
            return False
        changed = [key for key, value in values.items() if self.settings.get(key) != value]
        for key in changed:
            self.settings.set(key, values[key])
        self.saved.emit(changed)
        self.accept()
        return True

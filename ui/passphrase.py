"""The rules for a new passphrase and the name it is kept under, and the fields that apply them.

One set of rules and messages for first run and for a reset after the recovery key, so the two
screens cannot drift apart; the hard limits themselves are app.keyfile's.
"""

from __future__ import annotations

import unicodedata

from app import keyfile as kf
from ui.palette import STRENGTH_COLOURS
from ui.qt import (
    QColor,
    QCoreApplication,
    QFont,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPalette,
    QProgressBar,
    Qt,
    QWidget,
)
from ui.text import fill
from ui.widgets import FieldMessage, buddy, field, monospace, secret_edit

MAX_NAME = 64  # app.keyfile.check_label's limit; Store.create has the final word


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


def name_problem(name: str) -> str | None:
    """Why `name` cannot label a key slot (app.keyfile.check_label's rules), or None."""
    label = name.strip()
    if not label:
        return QCoreApplication.translate("name_problem", "Enter your name.")
    if len(label) > MAX_NAME or any(unicodedata.category(c).startswith("C") for c in label):
        return fill(
            QCoreApplication.translate(
                "name_problem", "Use at most {maximum} printable characters."
            ),
            maximum=MAX_NAME,
        )
    if label.casefold() == kf.RECOVERY_LABEL:
        return QCoreApplication.translate(
            "name_problem", "“recovery” is reserved for the recovery key."
        )
    return None


def key_in_lines(recovery_key: str) -> str:
    """ABCD-…-MNOP as two lines of four groups: easier to copy by hand."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


class StrengthMeter(QWidget):
    """A bar and a word for passphrase_strength(); the word keeps it readable without colour."""

    COLORS = STRENGTH_COLOURS

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


class NewPassphraseFields:
    """The fields that set a passphrase (first run, and after the recovery key): one set of
    inputs, rules and messages, so the two screens cannot drift apart. The screen keeps the
    name's input and the labels (its own words); `user_message` is the message under the name."""

    def __init__(self, user_message: FieldMessage) -> None:
        self.user_message = user_message
        self.passphrase_edit = secret_edit()
        self.strength = StrengthMeter()
        self.passphrase_message = FieldMessage()
        self.repeat_edit = secret_edit()
        self.repeat_message = FieldMessage()

    def add_rows(self, form: QFormLayout, passphrase_label: str, repeat_label: str) -> None:
        """The passphrase (with its strength) and its repetition, as two rows of `form`."""
        form.addRow(
            buddy(passphrase_label, self.passphrase_edit),
            field(self.passphrase_edit, self.strength, self.passphrase_message),
        )
        form.addRow(
            buddy(repeat_label, self.repeat_edit), field(self.repeat_edit, self.repeat_message)
        )

    def problems(self, user: str) -> dict[str, str]:
        """What keeps the passphrase from being set, by field: "user", "passphrase", "repeat"."""
        found: dict[str, str] = {}
        problem = name_problem(user)
        if problem:
            found["user"] = problem
        passphrase = self.passphrase_edit.text()
        if len(passphrase.strip()) < kf.MIN_PASSPHRASE:
            found["passphrase"] = fill(
                QCoreApplication.translate(
                    "NewPassphraseFields", "Too short: use at least {minimum} characters."
                ),
                minimum=kf.MIN_PASSPHRASE,
            )
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
                fill(
                    QCoreApplication.translate(
                        "NewPassphraseFields",
                        "At least {minimum} characters. A few unrelated words are easy to remember "
                        "and hard to guess.",
                    ),
                    minimum=kf.MIN_PASSPHRASE,
                )
            )
        if "repeat" in found and self.repeat_edit.text():
            self.repeat_message.show_error(found["repeat"])
        else:
            self.repeat_message.show_hint("")


def recovery_key_edit(base: QFont) -> QLineEdit:
    """Where a recovery key is typed: fixed-width at the size of `base`, left to right in every
    language, wide enough for the whole key, and kept out of the input method's memory and
    predictions (it opens the records)."""
    edit = QLineEdit()
    edit.setFont(monospace(base))
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhLatinOnly
    )
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("X" * 42))
    return edit

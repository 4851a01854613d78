"""The small widgets and layout helpers the dialogs and pages share, and the dialog base class.

Below every page and dialog (this module imports none of them), so any screen can borrow a
field message, a banner, a busy indicator or the form layout without pulling in another screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.palette import ERROR_TEXT, ERROR_TEXT_ON_DARK
from ui.qt import (
    QApplication,
    QColor,
    QDialog,
    QFont,
    QFontDatabase,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPalette,
    QProgressBar,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.store import Store


def error_color(widget: QWidget) -> QColor:
    """The colour of error text, readable on a light or a dark window."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(ERROR_TEXT_ON_DARK if dark else ERROR_TEXT)


_BASE_FONT = "upfront_base_font"  # the application's font before any text size was applied


def apply_text_size(percent: int) -> None:
    """The whole window's text at `percent` of the system's size (app.settings TEXT_SIZES):
    the application font, which every widget without a font of its own follows at once."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    app.setFont(scaled_font(base, percent / 100, bold=base.bold()))


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """`base` made `factor` times larger (points or pixels, whichever it is set in)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def title(text: str) -> QLabel:
    """A dialog page's heading: larger, bold, wrapped."""
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), 1.4, bold=True))
    label.setWordWrap(True)
    return label


def paragraph(text: str) -> QLabel:
    """A wrapped plain-text paragraph (never read as rich text)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tinted(widget: QWidget, foreground: QColor, background: QColor | None = None) -> None:
    """Colour a widget through its palette (style sheets would switch it to another style)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, foreground)
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, background)
    widget.setPalette(palette)


def blend(color: QColor, over: QColor, amount: float) -> QColor:
    """`color` laid over `over` at opacity `amount` (0 … 1)."""
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
        self.setFont(scaled_font(self.font(), 0.9))
        self.is_error = False

    def show_hint(self, text: str) -> None:
        self.is_error = False
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._set(text)

    def show_error(self, text: str) -> None:
        self.is_error = True
        tinted(self, error_color(self))
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
        color = error_color(self)
        window = self.window().palette().color(QPalette.ColorRole.Window)  # not our own tint
        tinted(self, color, blend(color, window, 0.1))
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


def secret_edit(placeholder: str = "") -> QLineEdit:
    """A line edit for a passphrase: hidden, and kept from input methods' predictions."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setPlaceholderText(placeholder)
    return edit


def field(widget: QWidget, *below: QWidget) -> QWidget:
    """A field with its meter/message underneath, as one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(widget)
    for extra in below:
        layout.addWidget(extra)
    return box


def form_layout() -> QFormLayout:
    """A form whose fields grow and whose labels stay beside them."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (&) moves the focus to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def monospace(base: QFont, factor: float = 1.0) -> QFont:
    """The system's fixed-width font at `factor` times the size of `base`."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    return font


class Dialog(QDialog):
    """The base of the first-run and unlock dialogs: no closing while the worker holds a
    derivation in flight."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.busy = False
        self.store: Store | None = None

    def reject(self) -> None:
        if not self.busy and self.may_close():
            super().reject()

    def may_close(self) -> bool:
        return True

"""The small widgets and layout helpers the dialogs and pages share, and the dialog base class.

Below every page and dialog (this module imports none of them), so any screen can borrow a
field message, a banner, a busy indicator or the form layout without pulling in another screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.palette import ERROR_TEXT, ERROR_TEXT_ON_DARK
from ui.qt import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QColor,
    QDate,
    QDateEdit,
    QDialog,
    QEvent,
    QFont,
    QFontDatabase,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPalette,
    QProgressBar,
    QSizePolicy,
    Qt,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text import fill

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


def page_layout(page: QWidget, heading: str | QLabel, text: str | QLabel) -> QVBoxLayout:
    """A dialog page's layout, edge to edge: its heading, what it is for, and a little space;
    the caller adds the form and the rest. A QLabel given is placed as it is (a page that
    changes its words later keeps it)."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading if isinstance(heading, QLabel) else title(heading))
    layout.addWidget(text if isinstance(text, QLabel) else paragraph(text))
    layout.addSpacing(8)
    return layout


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


def row_table(name: str, headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A read-only table of records, one selected at a time, as the pages and dialogs list
    them: no row numbers, columns fitted to their contents up to a limit (`stretch` takes the
    width left),
    Tab moving on to the next control while the arrows move between rows."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # no column fitted to a long text takes the width the stretched one needs (its text is
    # elided; the full text is in the record's detail below the table)
    header.setMaximumSectionSize(max(160, table.fontMetrics().averageCharWidth() * 28))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


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
    """A label whose mnemonic (&) moves the focus to `widget`, and which names `widget` for a
    screen reader (Qt finds a buddy label only among the widget's siblings, and `field` puts
    the widget in a box of its own)."""
    label = QLabel(text)
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(without_mnemonic(text))
    return label


def without_mnemonic(text: str) -> str:
    """A label's text as read: "&&" is a literal ampersand, a single "&" marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def monospace(base: QFont, factor: float = 1.0) -> QFont:
    """The system's fixed-width font at `factor` times the size of `base`."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    return font


def _ltr(text: str) -> str:
    """`text` isolated left to right (LRI … PDI), so an ISO date in an Arabic sentence keeps
    its order (2026-02-30, not 30-02-2026)."""
    return f"\u2066{text}\u2069"


class DateField(QWidget):
    """A date typed as YYYY-MM-DD or picked in a calendar that opens at the date shown, else
    today; `optional` lets it be left empty (no date).

    A typed text that is no date is never dropped or replaced: it stays as typed and the line
    under the field names the field and the problem (`problem()` gives that text, for a dialog
    to refuse saving). `value()` is the date, None when empty or not a date.

    `date()`, `setDate()` and `dateChanged` carry QDateEdit's names, so a field replaces a
    QDateEdit (which silently turns 2025-02-31 into another day) without changing its callers;
    `dateChanged` is emitted once a new date is there (picked, set, or typed and done with;
    an invalid QDate when the field is emptied), never for text that is no date: `accepted()`
    stays the date last taken, for a view that must not change under a date being corrected.
    """

    changed = Signal()
    dateChanged = Signal(QDate)  # Qt signal naming

    ISO = "yyyy-MM-dd"

    def __init__(
        self,
        name: str,
        value: str | QDate | None = None,
        *,
        optional: bool = True,
        maximum: QDate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.optional, self.maximum = name, optional, maximum
        self._last: QDate | None = None  # the date dateChanged last announced
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("YYYY-MM-DD (none)") if optional else self.tr("YYYY-MM-DD")
        )
        self.edit.setAccessibleName(name)
        self.setAccessibleName(name)
        # Dates are ISO digits in every language; keep their order left to right.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setAccessibleName(fill(self.tr("{field}: pick in a calendar"), field=name))
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(fill(self.tr("{field}: calendar"), field=name))
        if maximum is not None:
            self.calendar.setMaximumDate(maximum)
        self.message = FieldMessage(self)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.edit.textChanged.connect(self._typing)
        self.edit.editingFinished.connect(self.check)
        self.set_value(value)

    def set_value(self, value: str | QDate | None) -> None:
        if isinstance(value, QDate):
            value = value.toString(self.ISO) if value.isValid() else None
        self.edit.setText(value or "")
        self.check()

    def text(self) -> str:
        return self.edit.text().strip()

    def _parse(self) -> QDate | None:
        text = self.text()
        if not text:
            return None
        date = QDate.fromString(text, self.ISO)
        if not date.isValid():
            date = self.locale().toDate(
                text, self.locale().dateFormat(self.locale().FormatType.ShortFormat)
            )
        return date if date.isValid() else None

    def value(self) -> QDate | None:
        return self._parse()

    def accepted(self) -> QDate | None:
        """The date `dateChanged` last announced (None: none, or the field emptied)."""
        return self._last

    def date(self) -> QDate:
        """The date (QDateEdit's name); an invalid QDate when empty or not a date."""
        return self._parse() or QDate()

    def setDate(self, date: QDate) -> None:  # QDateEdit's name
        self.set_value(date)

    def iso(self) -> str | None:
        date = self._parse()
        return date.toString(self.ISO) if date is not None else None

    def problem(self) -> str | None:
        """What is wrong with the text, naming the field; None when it is a date (or empty
        where that is allowed)."""
        text = self.text()
        if not text:
            return (
                None
                if self.optional
                else fill(self.tr("{field}: a date is needed."), field=self.name)
            )
        date = self._parse()
        if date is None:
            return fill(
                self.tr(
                    "{field}: “{text}” is not a date. Write it as YYYY-MM-DD, or pick it in "
                    "the calendar."
                ),
                field=self.name,
                text=_ltr(text),
            )
        if self.maximum is not None and date > self.maximum:
            return fill(
                self.tr("{field}: {date} is after {latest}."),
                field=self.name,
                date=_ltr(date.toString(self.ISO)),
                latest=_ltr(self.maximum.toString(self.ISO)),
            )
        return None

    def check(self) -> bool:
        """Show the problem under the field (or take it away); True when there is none."""
        problem = self.problem()
        if problem:
            self.message.show_error(problem)
        else:
            self.message.show_error("")
            date = self._parse()  # None: left empty, where that is allowed
            if date != self._last:
                self._last = date
                self.dateChanged.emit(date if date is not None else QDate())
        return problem is None

    def _typing(self) -> None:
        if self.message.isVisible() and self.problem() is None:
            self.message.show_error("")
        self.changed.emit()

    def open_calendar(self) -> None:
        date = self._parse() or QDate.currentDate()
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())
        self.calendar.adjustSize()
        below = self.edit.mapToGlobal(self.edit.rect().bottomLeft())
        self.calendar.move(below)
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.calendar.hide()
        self.edit.setText(date.toString(self.ISO))
        self.check()
        self.edit.setFocus()


def first_date_problem(*fields: DateField) -> str | None:
    """Show each field's problem under it; the first, for a dialog's status line (None when
    every field holds a date, or may be empty and is)."""
    problems = [field.problem() for field in fields if not field.check()]
    return problems[0] if problems else None


class _TypeOverAll(QObject):
    """See `typeable`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        edit = self.parent()
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(edit, QDateEdit)
            and event.text()
            and event.text().isprintable()
        ):
            return False
        line = edit.lineEdit()
        if line is not None and line.hasSelectedText() and line.selectedText() == line.text():
            # the first section (the year), selected: the date typed goes in section by section
            edit.setSelectedSection(edit.sectionAt(0))
        if not event.text().isdigit():  # a separator: on to the next section, selected
            text, at = line.text() if line else "", line.cursorPosition() if line else 0
            index = edit.currentSectionIndex()
            # Qt moves on by itself once a section is full ("2024"): then stay there
            moved_on = at == 0 or not text[at - 1 : at].isdigit()
            if not moved_on and index + 1 < edit.sectionCount():
                edit.setCurrentSectionIndex(index + 1)
            edit.setSelectedSection(edit.currentSection())
            return True
        return False


def typeable(edit: QDateEdit) -> QDateEdit:
    """A QDateEdit whose whole text, once selected (Ctrl+A, a triple click), is typed over:
    Qt refuses each key as the whole date ("2" is no date), so a typed date was silently
    dropped; the year section is taken instead and the date is typed section by section."""
    watcher = _TypeOverAll(edit)
    edit.installEventFilter(watcher)
    if edit.lineEdit() is not None:
        edit.lineEdit().installEventFilter(watcher)
    return edit


def fit_to_screen(window: QWidget, share: float = 0.85) -> None:
    """Size a window that shows pages or long text to `share` of the screen it opens on (its
    parent's; the free area, QScreen.availableGeometry(), without task bars), centred there,
    resizable and with a maximise button: a report page is readable without first dragging
    a small window larger."""
    anchor = window.parentWidget() or window
    area = anchor.screen().availableGeometry()
    width, height = int(area.width() * share), int(area.height() * share)
    window.setWindowFlags(
        window.windowFlags()
        | Qt.WindowType.WindowMaximizeButtonHint
        | Qt.WindowType.WindowMinimizeButtonHint
        | Qt.WindowType.WindowCloseButtonHint
    )
    if isinstance(window, QDialog):
        window.setSizeGripEnabled(True)
    window.setMinimumSize(min(480, width), min(360, height))
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)


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


def fill_ticks(box: QListWidget, rows: list[tuple[str, str]]) -> None:
    """(label, code) rows, each with a box to tick; what was ticked stays ticked."""
    kept = set(ticked(box))
    box.clear()
    for label, code in rows:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in kept else Qt.CheckState.Unchecked)
        box.addItem(item)


def ticked(box: QListWidget) -> list[str]:
    """The codes of the rows ticked, in the list's order."""
    return [
        str(item.data(Qt.ItemDataRole.UserRole))
        for item in (box.item(i) for i in range(box.count()))
        if item.checkState() == Qt.CheckState.Checked
    ]

"""Inputs for controlled vocabularies and partial dates, shaped by the incident JSON contract.

`VocabCombo` shows translated labels and hands back codes; typing filters the list (any part
of a label, case ignored), so a country among 249 is a few keystrokes away. Each entry whose
term has a description shows it as its tooltip, and the combo's tooltip follows the chosen
entry; `VocabHelpButton` opens a window listing what every term of a vocabulary means (the
verification ladder with the standard of proof of each level). `PartialDateEdit`
yields "YYYY-MM-DD", "YYYY-MM" or "YYYY" according to its precision, or None when left empty.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable

from app.gazetteer import gazetteer
from app.redaction import AUDIENCES
from app.vocab import Term, vocabularies
from ui.qt import (
    QCollator,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFocusEvent,
    QHBoxLayout,
    QKeyEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPalette,
    QPersistentModelIndex,
    Qt,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.text import fill
from ui.widgets import error_color, typeable

# Precisions as the JSON contract spells them (vocabulary "date-precision").
DAY, MONTH, YEAR, APPROXIMATE = "day", "month", "year", "approximate"
_FORMATS = {DAY: "yyyy-MM-dd", APPROXIMATE: "yyyy-MM-dd", MONTH: "yyyy-MM", YEAR: "yyyy"}


FOLDED = Qt.ItemDataRole.UserRole + 7  # an entry's label as typed text is compared with it


def fold(text: str) -> str:
    """Text as completion compares it: lower case, without accents or Arabic vowel and shadda
    marks, nor tatweel ("Cote" finds "Côte d'Ivoire", "سوري" finds "السّوريّة")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and c != "\u0640"
    ).casefold()


class _FoldingCompleter(QCompleter):
    """Completes the typed text, folded, against each entry's folded label (FOLDED), and
    puts the label itself in the field."""

    def splitPath(self, path: str) -> list[str]:  # Qt override
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # Qt override
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class TypeAhead(QObject):
    """Type-ahead that behaves on an editable combo of fixed entries (a vocabulary, a filter
    with an "All …" or "(none)" entry).

    - Typing over a chosen entry replaces it: a click then "Ukr" gives "Ukr", never
      "(none)Ukr" (Backspace or Delete on the "(none)" entry empties the field).
    - Completion is against the entries' labels (any part, case ignored); Down or Up on typed
      text opens the matching entries instead of stepping to the next entry (the first of the
      list, Afghanistan, after "(none)"), and does nothing when nothing matches.
    - `finished` is emitted when typing is done (Return, or the focus gone elsewhere, which
      `editingFinished` misses after the completion popup was shown and closed); then
      `settle()`: the exact label, or the one label that holds the text,
      becomes the chosen entry; text that matches nothing is left as typed for the owner to
      refuse visibly (`unmatched()` is then True), never turned into another entry.
    """

    finished = Signal()

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        model = combo.model()
        completer = _FoldingCompleter(model, combo)
        completer.setCompletionRole(FOLDED)
        self._fold_rows(QModelIndex(), 0, model.rowCount() - 1)
        model.rowsInserted.connect(self._fold_rows)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self.completer = completer
        edit = combo.lineEdit()
        assert edit is not None, "an editable combo"
        self.edit = edit
        edit.installEventFilter(self)
        combo.installEventFilter(self)
        edit.editingFinished.connect(self.finished)

    def _fold_rows(self, _parent: QModelIndex, first: int, last: int) -> None:
        model = self.combo.model()
        for row in range(first, last + 1):
            index = model.index(row, 0)
            model.setData(index, fold(str(index.data(Qt.ItemDataRole.DisplayRole) or "")), FOLDED)

    def showing_entry(self) -> bool:
        """The field shows the chosen entry's label as it is (not text being typed)."""
        combo = self.combo
        return combo.currentIndex() >= 0 and combo.currentText() == combo.itemText(
            combo.currentIndex()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            try:
                done = event.reason() != Qt.FocusReason.PopupFocusReason
                done = done and not self.showing_entry()
            except RuntimeError:  # the combo is being destroyed and its line edit loses focus
                return False
            if done:
                self.finished.emit()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        combo, edit, key = self.combo, self.edit, event.key()
        if watched is edit and self.showing_entry() and not edit.hasSelectedText():
            none_entry = combo.currentData() is None
            typed = event.text()
            plain = not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier
                | Qt.KeyboardModifier.KeypadModifier
                | Qt.KeyboardModifier.GroupSwitchModifier
            )
            if typed and typed.isprintable() and plain:
                edit.clear()  # the key then types into an empty field
            elif none_entry and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                edit.clear()
                return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not self.showing_entry():
            completer = self.completer
            popup = completer.popup()
            if popup is not None and popup.isVisible():
                return False  # the popup moves through the matches
            completer.setCompletionPrefix(combo.currentText())
            if completer.completionCount() > 0:
                completer.complete()
            return True
        return False

    def find(self, text: str) -> int:
        """The entry `text` names: its exact label (case ignored), else the only label that
        holds it; -1 when none or several do."""
        combo = self.combo
        text = text.strip()
        if not text:
            return -1
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return index
        exact = [i for i in range(combo.count()) if fold(combo.itemText(i)) == fold(text)]
        if exact:
            return exact[0]
        holding = self.holding(text)
        return holding[0] if len(holding) == 1 else -1

    def holding(self, text: str) -> list[int]:
        """The entries (not "(none)") whose label holds `text`, accents and case aside."""
        combo, typed = self.combo, fold(text.strip())
        return [
            i
            for i in range(combo.count())
            if typed and combo.itemData(i) is not None and typed in fold(combo.itemText(i))
        ]

    def settle(self) -> None:
        """Typing is done: choose the entry the text names, or leave unmatched text as typed."""
        combo = self.combo
        if self.showing_entry():
            return
        index = self.find(combo.currentText())
        if index >= 0:
            combo.setCurrentIndex(index)
            combo.setEditText(combo.itemText(index))

    def unmatched(self) -> bool:
        """Text is typed that names no entry."""
        combo = self.combo
        return bool(combo.currentText().strip()) and not self.showing_entry()


def mark_unmatched(combo: QComboBox, message: str | None) -> None:
    """Show `message` (what was typed matches nothing) on `combo`: its text in the error
    colour, the message as tooltip and accessible description; None takes the mark away."""
    edit = combo.lineEdit()
    if edit is None:
        return
    if message:
        palette = QPalette(edit.palette())
        palette.setColor(QPalette.ColorRole.Text, error_color(combo))
        edit.setPalette(palette)
    elif combo.toolTip():
        edit.setPalette(combo.palette())
    if message or combo.toolTip():
        combo.setToolTip(message or "")
        combo.setAccessibleDescription(message or "")


def add_term(combo: QComboBox, term: Term, lang: str) -> None:
    """Add `term` to `combo`: its label in `lang`, its code as data and its description, if
    it has one, as the entry's tooltip."""
    combo.addItem(term.label(lang), term.code)
    described = term.description(lang)
    if described:
        combo.setItemData(combo.count() - 1, described, Qt.ItemDataRole.ToolTipRole)


def tooltip_follows_item(combo: QComboBox) -> None:
    """The combo's own tooltip and accessible description are those of the chosen entry, so
    what a closed combo shows is explained on hover and to a screen reader too."""

    def follow(index: int) -> None:
        tip = combo.itemData(index, Qt.ItemDataRole.ToolTipRole) if index >= 0 else None
        combo.setToolTip(str(tip or ""))
        combo.setAccessibleDescription(str(tip or ""))

    combo.currentIndexChanged.connect(follow)
    follow(combo.currentIndex())


class VocabHelp(QDialog):
    """What each term of a vocabulary means, in `lang`, in the vocabulary's own order (the
    verification ladder from unverified to beyond reasonable doubt)."""

    def __init__(self, kind: str, field: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(fill(self.tr("{field}: what each entry means"), field=field))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.windowTitle())
        self.text.setOpenLinks(False)
        self.text.setHtml(describe_terms(vocabularies().terms(kind), lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(40 * em, 30 * self.fontMetrics().lineSpacing())


def describe_terms(terms: Iterable[Term], lang: str) -> str:
    """HTML: each term's label in bold, and below it what it means."""
    parts = []
    for term in terms:
        label = html.escape(term.label(lang))
        described = html.escape(term.description(lang))
        parts.append(
            f"<p><b>{label}</b><br>{described}</p>" if described else f"<p><b>{label}</b></p>"
        )
    return "".join(parts)


class VocabHelpButton(QToolButton):
    """ "What do these mean?" beside a vocabulary field: opens `VocabHelp` for its kind."""

    def __init__(self, kind: str, field: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.field, self.lang = kind, field, lang
        self.dialog: VocabHelp | None = None
        self.setText(self.tr("What do these mean?"))
        self.setAccessibleName(fill(self.tr("{field}: what do these mean?"), field=field))
        self.setAutoRaise(True)
        self.clicked.connect(self.show_help)

    def show_help(self) -> None:
        if self.dialog is None:
            self.dialog = VocabHelp(self.kind, self.field, self.lang, self.window())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()


class VocabCombo(QComboBox):
    """An editable combo over one vocabulary: labels in `lang`, codes as item data.

    `code()` is the chosen code; None for the "(none)" entry or an empty field. Text that
    matches no entry is returned as typed, so validation can name the field and the reason.
    """

    codeChanged = Signal()  # Qt signal naming

    def __init__(
        self,
        kind: str,
        *,
        lang: str = "en",
        country: str | None = None,
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.lang = lang
        self.none_label = none_label
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.type_ahead = TypeAhead(self)
        self.currentTextChanged.connect(lambda _text: self.codeChanged.emit())
        self.currentTextChanged.connect(lambda _text: mark_unmatched(self, None))
        self.currentTextChanged.connect(lambda _text: self._describe_current())
        self.type_ahead.finished.connect(self._typing_done)
        self.refill(self._terms(country))

    def _typing_done(self) -> None:
        self.type_ahead.settle()
        if self.type_ahead.unmatched():
            text = self.currentText().strip()
            if self.type_ahead.holding(text):
                message = self.tr("Several entries hold “{text}”: choose one in the list")
            else:
                message = self.tr("Nothing in the list matches “{text}”")
            mark_unmatched(self, fill(message, text=text))

    def _terms(self, country: str | None) -> list[Term]:
        return vocabularies().terms(self.kind, country=country)

    def refill(self, terms: list[Term]) -> None:
        """Replace the entries, keeping the chosen code when it is still offered."""
        keep = self.code()
        self.blockSignals(True)
        try:
            self.clear()
            if self.none_label is not None:
                self.addItem(self.none_label, None)
            for term in terms:
                add_term(self, term, self.lang)
            self.set_code(keep if self.findData(keep) >= 0 else None)
        finally:
            self.blockSignals(False)
        self._describe_current()
        self.codeChanged.emit()

    def _describe_current(self) -> None:
        """The tooltip (and accessible description) say what the chosen entry means; text
        being typed has none until it settles (a refusal then takes the tooltip)."""
        chosen = self.type_ahead.showing_entry()
        tip = self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) if chosen else None
        self.setToolTip(str(tip or ""))
        self.setAccessibleDescription(str(tip or ""))

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        if index < 0:
            index = self.findData(text)  # a code typed as such
        if index >= 0:
            return self.itemData(index)
        return text

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else -1
        if index < 0 and code is None and self.none_label is not None:
            index = 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code or "")


class AudienceCombo(QComboBox):
    """Who a report or an export is for (app.redaction.AUDIENCES), the UN system chosen
    first; `code()` is the chosen audience."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "internal": self.tr("Internal: the country team"),
            "un": self.tr("United Nations system"),
            "partners": self.tr("Trusted partners"),
            "public": self.tr("Public"),
        }
        for code in AUDIENCES:
            self.addItem(names[code], code)
        self.setCurrentIndex(AUDIENCES.index("un"))

    def code(self) -> str:
        return self.currentData()


class CountryCombo(VocabCombo):
    """ISO 3166-1 alpha-3 countries, by translated name."""

    def __init__(
        self, *, lang: str = "en", none_label: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("country", lang=lang, none_label=none_label, parent=parent)


def collated(labels: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """(label, code) pairs in the order people of `lang` expect (QCollator: Ḩalab by H, not
    after Z)."""
    collator = QCollator(QLocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(labels, key=lambda pair: collator.sortKey(pair[0]))


def admin1_terms(country: str | None, lang: str) -> list[Term]:
    """A country's admin 1 units from the gazetteer (app.places): P-codes (ISO 3166-2 codes
    where the country has no COD) as codes, names in `lang` where known, collated."""
    if not country or not vocabularies().has("country", country):
        return []
    places = gazetteer()
    pairs = [(places.label(u, lang), u.key) for u in places.units_of(country, 1)]
    return [Term(code, {"en": label}) for label, code in collated(pairs, lang)]


class Admin1Combo(VocabCombo):
    """First-level subdivisions of one country (the gazetteer's units, by P-code); refilled
    by `set_country`."""

    def __init__(
        self, *, lang: str = "en", none_label: str | None = None, parent: QWidget | None = None
    ) -> None:
        self.country: str | None = None
        super().__init__("admin1", lang=lang, none_label=none_label, parent=parent)

    def _terms(self, country: str | None) -> list[Term]:
        return admin1_terms(country, self.lang)

    def set_country(self, country: str | None) -> None:
        if country == self.country:
            return
        self.country = country
        self.refill(self._terms(country))


class PartialDateEdit(QWidget):
    """A date and its precision; `value()` is the JSON form, None when left empty.

    With `optional`, the first precision entry is "not given". `precisions` limits the
    choice (a full date only, for date_reported and the like).
    """

    changed = Signal()

    def __init__(
        self,
        *,
        optional: bool = False,
        precisions: tuple[str, ...] = (DAY, MONTH, YEAR, APPROXIMATE),
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = typeable(QDateEdit(self))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        # Dates are ISO digits in every language; keep their order left to right.
        self.date_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.precision_combo = QComboBox(self)
        if optional:
            self.precision_combo.addItem(self.tr("not given"), None)
        labels = {t.code: t.label(lang) for t in vocabularies().terms("date-precision")}
        if precisions == (DAY,):
            self.precision_combo.addItem(self.tr("date"), DAY)
        else:
            for code in precisions:
                self.precision_combo.addItem(labels.get(code, code), code)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.precision_combo)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.precision_combo.currentIndexChanged.connect(self._precision_changed)
        self._precision_changed()

    def setAccessibleName(self, name: str) -> None:  # Qt override
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name)
        self.precision_combo.setAccessibleName(fill(self.tr("{field}: precision"), field=name))

    def precision(self) -> str | None:
        return self.precision_combo.currentData()

    def _precision_changed(self, _index: int = 0) -> None:
        precision = self.precision()
        self.date_edit.setEnabled(precision is not None)
        self.date_edit.setDisplayFormat(_FORMATS.get(precision or DAY, "yyyy-MM-dd"))
        self.changed.emit()

    def value(self) -> str | None:
        precision = self.precision()
        if precision is None:
            return None
        d = self.date_edit.date()
        if precision == YEAR:
            return f"{d.year():04d}"
        if precision == MONTH:
            return f"{d.year():04d}-{d.month():02d}"
        return f"{d.year():04d}-{d.month():02d}-{d.day():02d}"

    def set_value(self, value: str | None, precision: str | None = None) -> None:
        """Show `value` ("YYYY[-MM[-DD]]" or None); the precision follows from its form unless
        given (e.g. "approximate")."""
        self.blockSignals(True)
        try:
            if value is None:
                if self.optional:
                    self.precision_combo.setCurrentIndex(0)
                return
            parts = [int(p) for p in value.split("-")]
            implied = {1: YEAR, 2: MONTH, 3: DAY}[len(parts)]
            parts += [1] * (3 - len(parts))
            self.date_edit.setDate(QDate(*parts))
            index = self.precision_combo.findData(precision or implied)
            if index < 0:
                index = self.precision_combo.findData(implied)
            self.precision_combo.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def state(self) -> tuple[str | None, str | None]:
        """(value, precision): what undo needs to put the widget back exactly."""
        return self.value(), self.precision()

    def set_state(self, state: tuple[str | None, str | None]) -> None:
        self.set_value(*state)


def entity_short_name(code: str, lang: str = "en") -> str:
    """A UN entity by its acronym in the reader's language ("HCDH — Haut-Commissariat…" gives
    HCDH); where the label carries none (the Arabic names), the English acronym."""
    term = vocabularies().term("un-entity", code)
    if term is None:
        return code
    label = term.label(lang)
    return label.split(" — ")[0] if " — " in label else str(term.attrs.get("acronym") or label)

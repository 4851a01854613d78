"""The incident editor: one window per incident, a form over the incident JSON contract.

The form builds the same JSON document the CLI takes (README, "Incident JSON"), validates it
with `app.incidents.Validator` as the person types (debounced; pure Python, no database) and
shows the first problem next to its field. Every store call runs on the background worker
(`ui.tasks`): loading, saving, drafts, reveals, attachments, history.

Protected names stay masked until someone presses Reveal (audited by `Incidents.reveal`). A
masked name the person did not replace is copied from the stored record at save time, on the
worker, so saving a form that never held the name cannot erase it.

Undo covers field edits and adding/removing list entries. Commands address widgets by path
(("violations", 2, "type")), not by object, because removing a row and undoing that creates a
new widget for the same place.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from app.attachments import Attachments
from app.drafts import Drafts
from app.errors import BadInput, UpfrontError
from app.incidents import Incidents, Validator
from app.keyfile import RECOVERY_SLOT
from app.redaction import Withheld
from app.store import Store
from app.vocab import vocabularies
from ui.qt import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QCloseEvent,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QDragEnterEvent,
    QDropEvent,
    QEvent,
    QFileDialog,
    QFont,
    QFontDatabase,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QImage,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QObject,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSize,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QUndoCommand,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.vocab_widgets import (
    DAY,
    Admin1Combo,
    CountryCombo,
    PartialDateEdit,
    VocabCombo,
)

log = logging.getLogger(__name__)

VALIDATE_MS = 300
AUTOSAVE_MS = 5000
MASK = "\u2022\u2022\u2022\u2022\u2022"
TABS = ("overview", "violations", "victims", "perpetrators", "sources", "attachments",
        "history")
_SEGMENT = re.compile(r"^([A-Za-z_]+)(?:\[(\d+)\])?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentEditor", text)


# ---- work for the background worker (data in, data out: never a widget) ---------------------
def _load(store: Store, incident_id: str) -> dict:
    return Incidents(store).masked(incident_id)


def _history(store: Store, incident_id: str) -> list[dict]:
    return Incidents(store).history(incident_id)


def _save(store: Store, incident_id: str | None, doc: dict, keep: set[str],
          draft_id: str | None) -> tuple[str, dict]:
    """Add or edit; names of masked persons in `keep` are taken from the stored record."""
    incidents = Incidents(store)
    if incident_id is None:
        doc.pop("revision", None)
        incident_id = incidents.add(doc)
    else:
        if keep:
            stored = incidents.get(incident_id)
            names = {p["id"]: p["name"] for role in ("victims", "sources") for p in stored[role]}
            for role in ("victims", "sources"):
                for person in doc.get(role) or []:
                    if person.get("id") in keep:
                        person["name"] = names.get(person["id"])
        incidents.edit(incident_id, doc)
    if draft_id:
        Drafts(store).discard(draft_id)
    return incident_id, incidents.masked(incident_id)


def _save_draft(store: Store, content: dict, draft_id: str | None,
                incident_id: str | None) -> str:
    return Drafts(store).save(content, draft_id=draft_id, incident_id=incident_id)


def _discard_draft(store: Store, draft_id: str) -> None:
    Drafts(store).discard(draft_id)


def _reveal(store: Store, incident_id: str, person_id: str) -> str | None:
    return Incidents(store).reveal(incident_id, person_id)


def _clear_summary(store: Store, incident_id: str) -> dict:
    """Clear the summary for partners and the public as the signed-in user."""
    Incidents(store).clear_summary(incident_id)
    return Incidents(store).masked(incident_id)


def _protected_finders(store: Store, incident_id: str) -> dict[str, Withheld]:
    """A finder per protected victim with a stored name, by id: the sensitive-location
    suggestion tests the place against names the form keeps masked, without showing them."""
    doc = Incidents(store).get(incident_id)
    return {p["id"]: Withheld([p["name"]]) for p in doc["victims"]
            if p["protected"] and p["name"]}


def _attachments(store: Store, incident_id: str) -> list[dict]:
    return Attachments(store).list(incident_id)


def _add_files(store: Store, incident_id: str, paths: list[str]) -> list[dict]:
    attachments = Attachments(store)
    return [attachments.add_file(incident_id, Path(p)) for p in paths]


def _read(store: Store, attachment_id: str) -> tuple[dict, bytes]:
    return Attachments(store).read(attachment_id, purpose="view")


def _export(store: Store, attachment_id: str, out: str, original: bool = False) -> dict:
    return Attachments(store).export(attachment_id, Path(out), original=original)


def _custody(store: Store, attachment_id: str) -> list[dict]:
    return Attachments(store).custody(attachment_id)


def _log_failure(exc: Exception) -> None:
    log.warning("background work for a closed editor failed: %s", type(exc).__name__)


# ---- field paths -------------------------------------------------------------------------------
def field_path(field: str) -> tuple:
    """A BadInput field as a widget path: "violations[0].type" -> ("violations", 0, "type");
    "location.lat" stays one key, as the form has one input for it."""
    if field == "date_precision":
        return ("occurred_from",)
    if field.split(".")[0] in ("location", "verification"):
        return (field,)
    path: list = []
    for segment in field.split("."):
        match = _SEGMENT.match(segment)
        if not match:
            break
        path.append(match.group(1))
        if match.group(2) is not None:
            path.append(int(match.group(2)))
    return tuple(path)


def _accessors(widget: QWidget) -> tuple[Callable[[], Any], Callable[[Any], None], Any]:
    """(get, set, changed signal) of an input, for undo: the value exactly as shown."""
    if isinstance(widget, PartialDateEdit):
        return widget.state, widget.set_state, widget.changed
    if isinstance(widget, VocabCombo):
        return widget.code, widget.set_code, widget.codeChanged
    if isinstance(widget, ViolationChoice):
        return widget.index, widget.set_index, widget.changed
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, widget.setPlainText, widget.textChanged
    if isinstance(widget, QLineEdit):
        return widget.text, widget.setText, widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.isChecked, widget.setChecked, widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.value, widget.setValue, widget.valueChanged
    raise TypeError(f"no undo accessors for {type(widget).__name__}")


def _json_value(widget: QWidget) -> Any:
    """The input's value as the JSON contract has it."""
    if isinstance(widget, PartialDateEdit):
        return widget.value()
    if isinstance(widget, VocabCombo):
        return widget.code()
    if isinstance(widget, ViolationChoice):
        return widget.index()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, CountBox):
        return widget.value()
    if isinstance(widget, QSpinBox):
        return None if widget.value() == widget.minimum() else widget.value()
    raise TypeError(type(widget).__name__)


def _set_json_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, PartialDateEdit):
        widget.set_value(value)
    elif isinstance(widget, VocabCombo):
        widget.set_code(value)
    elif isinstance(widget, ViolationChoice):
        widget.set_index(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))


def _number(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text  # the validator says "must be a number" next to the field


def _shown(value: Any, field: str) -> str:
    """A history value as text; names of protected persons are masked here too."""
    if value is None:
        return ""
    if field in ("victims", "sources") and isinstance(value, list):
        value = [dict(p, name=MASK) if isinstance(p, dict) and p.get("protected")
                 and p.get("name") else p for p in value]
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


# ---- undo ------------------------------------------------------------------------------------
class FieldCommand(QUndoCommand):
    """One input changed from `old` to `new`; typing into the same input merges."""

    ID = 1

    def __init__(self, editor: IncidentEditor, path: tuple, old: Any, new: Any) -> None:
        super().__init__(_tr("Edit field"))
        self.editor, self.path, self.old, self.new = editor, path, old, new
        self.first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, FieldCommand) or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.first:  # the widget already shows the new value
            self.first = False
            return
        self.editor.apply(self.path, self.new)

    def undo(self) -> None:
        self.editor.apply(self.path, self.old)


class RowCommand(QUndoCommand):
    """An entry added to (or removed from) one of the lists."""

    def __init__(self, editor: IncidentEditor, list_path: tuple, index: int, data: dict,
                 adding: bool) -> None:
        super().__init__(_tr("Add entry") if adding else _tr("Remove entry"))
        self.editor, self.list_path, self.index = editor, list_path, index
        self.data, self.adding = data, adding

    def _insert(self) -> None:
        self.editor.list_at(self.list_path).insert_row(self.index, copy.deepcopy(self.data))

    def _remove(self) -> None:
        self.editor.list_at(self.list_path).remove_row(self.index)

    def redo(self) -> None:
        self._insert() if self.adding else self._remove()

    def undo(self) -> None:
        self._remove() if self.adding else self._insert()


class _UndoKeys(QObject):
    """Inputs have their own undo for Ctrl+Z; in this form the form's undo must win (one
    history for every field and row), so the keys are taken from the input and given to the
    form's stack, whether or not the window's shortcut would have seen them."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack

    @staticmethod
    def _kind(event: QKeyEvent) -> str | None:
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or (
            QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
        ):
            return "redo"
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        kind = self._kind(event)
        if kind is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # deliver it as a key press, which lands below
        elif kind == "undo":
            self.stack.undo()
        else:
            self.stack.redo()
        return True


# ---- lists -------------------------------------------------------------------------------------
class ViolationChoice(QComboBox):
    """Which violation of this incident an involvement names, by index."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: int | None = None
        self.currentIndexChanged.connect(self._picked)

    def _picked(self, _i: int) -> None:
        self._index = self.currentData()
        self.changed.emit()

    def index(self) -> int | None:
        return self._index

    def set_index(self, index: int | None) -> None:
        self._index = index
        found = self.findData(index)
        if found < 0 and index is not None:
            self.addItem(self.tr("Violation %1 (missing)").replace("%1", str(index + 1)), index)
            found = self.count() - 1
        self.setCurrentIndex(found)

    def set_choices(self, labels: list[str]) -> None:
        keep = self._index
        self.blockSignals(True)
        try:
            self.clear()
            for i, label in enumerate(labels):
                self.addItem(self.tr("%1: %2").replace("%1", str(i + 1)).replace("%2", label), i)
            self.set_index(keep if keep is not None else (0 if labels else None))
        finally:
            self.blockSignals(False)


class CountBox(QSpinBox):
    """A required whole number: 0 is a count, not "not given"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 1_000_000)


class Row(QFrame):
    """One entry of a list: inputs by JSON key, plus keys the form carries through unseen."""

    def __init__(self, owner: RowList) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fields: dict[str, QWidget] = {}
        self.lists: dict[str, RowList] = {}
        self.carried: dict[str, Any] = {}
        self.masked = False  # a protected name withheld: kept from the store unless replaced
        self.reveal_button: QPushButton | None = None
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: owner.request_remove(self))
        header.addWidget(self.heading, 1)
        header.addWidget(self.remove_button)
        outer.addLayout(header)
        self.form = QFormLayout()
        outer.addLayout(self.form)

    def path(self) -> tuple:
        return (*self.owner.path(), self.owner.rows.index(self))

    def add_field(self, key: str, label: str, widget: QWidget,
                  extra: QWidget | None = None) -> QWidget:
        self.fields[key] = widget
        widget.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        if extra is None:
            self.form.addRow(caption, widget)
        else:
            box = QHBoxLayout()
            box.addWidget(widget, 1)
            box.addWidget(extra)
            self.form.addRow(caption, box)
        return widget

    def add_list(self, key: str, label: str, sub: RowList) -> None:
        self.lists[key] = sub
        sub.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        self.form.addRow(caption, sub)

    def values(self) -> dict:
        out = dict(self.carried)
        for key, widget in self.fields.items():
            # an input switched off (group size of an individual) gives no value
            out[key] = _json_value(widget) if widget.isEnabledTo(self) else None
        for key, sub in self.lists.items():
            out[key] = sub.values()
        if "name" in self.fields:
            if self.masked and out.get("name") is None:
                out["masked"] = True
            else:
                out.pop("masked", None)
        return out

    def load(self, data: dict) -> None:
        shown = set(self.fields) | set(self.lists) | {"masked"}
        self.carried = {k: v for k, v in data.items() if k not in shown}
        for key, widget in self.fields.items():
            if key in data:
                _set_json_value(widget, data[key])
        for key, sub in self.lists.items():
            sub.set_rows(data.get(key) or [])
        self.set_masked(bool(data.get("masked")) and not data.get("name"))

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        name = self.fields.get("name")
        if isinstance(name, QLineEdit):
            name.setPlaceholderText(self.tr("%1 (protected)").replace("%1", MASK) if masked
                                    else "")
        if self.reveal_button is not None:
            self.reveal_button.setVisible(masked and bool(self.carried.get("id")))


class RowList(QWidget):
    """Entries with Add / Remove; each change goes through the editor's undo stack."""

    def __init__(self, editor: IncidentEditor, key: str, build: Callable[[Row], None],
                 heading: Callable[[int], str], add_label: str, defaults: dict,
                 parent_row: Row | None = None, scroll: bool = True) -> None:
        super().__init__(parent_row)
        self.editor, self.key, self.build, self.heading = editor, key, build, heading
        self.defaults, self.parent_row = defaults, parent_row
        self.rows: list[Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        if scroll:
            self.body_layout.addStretch(1)
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setWidget(self.body)
            area.setFrameShape(QFrame.Shape.NoFrame)
            outer.addWidget(area, 1)
        else:
            outer.addWidget(self.body)
        self.add_button = QPushButton(add_label, self)
        self.add_button.clicked.connect(self.request_add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def path(self) -> tuple:
        return (self.key,) if self.parent_row is None else (*self.parent_row.path(), self.key)

    def request_add(self) -> None:
        self.editor.push(RowCommand(self.editor, self.path(), len(self.rows),
                                    dict(self.defaults), adding=True))
        first = next(iter(self.rows[-1].fields.values()), None)
        if first is not None:
            first.setFocus()

    def request_remove(self, row: Row) -> None:
        index = self.rows.index(row)
        if self.path() == ("violations",):
            self.editor.remove_violation(index)
            return
        self.editor.push(RowCommand(self.editor, self.path(), index, row.values(),
                                    adding=False))

    def insert_row(self, index: int, data: dict) -> Row:
        row = Row(self)
        self.rows.insert(index, row)  # first: its inputs' paths count on its place
        with self.editor.quietly():
            self.build(row)
            for widget in row.fields.values():
                self.editor.track(widget, row=row)
            row.load(data)
        self.body_layout.insertWidget(index, row)
        self._renumber()
        self.editor.list_changed(self)
        return row

    def remove_row(self, index: int) -> None:
        row = self.rows.pop(index)
        self.body_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.editor.list_changed(self)

    def set_rows(self, items: list[dict]) -> None:
        while self.rows:
            self.remove_row(len(self.rows) - 1)
        for data in items:
            self.insert_row(len(self.rows), data)

    def values(self) -> list[dict]:
        return [row.values() for row in self.rows]

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.heading.setText(self.heading(i))
            row.remove_button.setAccessibleName(
                self.tr("Remove %1").replace("%1", self.heading(i)))


# ---- attachments -----------------------------------------------------------------------------
class DropArea(QWidget):
    """The attachments page: local files dropped on it are offered to the store."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    @staticmethod
    def _paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        return [u.toLocalFile() for u in urls] if all(u.isLocalFile() for u in urls) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.isEnabled() and self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class ImageViewer(QDialog):
    """Shows an image decoded in memory: nothing is written to disk."""

    def __init__(self, filename: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(filename)
        self.image_label = QLabel(self)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self.image_label.setAccessibleName(filename)
        area = QScrollArea(self)
        area.setWidget(self.image_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        self.resize(QSize(min(image.width() + 60, 900), min(image.height() + 100, 700)))


@dataclass
class _Binding:
    get: Callable[[], Any]
    path: Callable[[], tuple]
    last: Any


# ---- the window ------------------------------------------------------------------------------
class IncidentEditor(QMainWindow):
    """Create or edit one incident. Emits `saved(incident_id)` after each successful save.

    `draft` (with `draft_id`) restores a form autosaved before a crash or a lock.
    """

    saved = Signal(str)
    loaded = Signal()
    history_loaded = Signal()
    attachments_loaded = Signal()
    attachment_exported = Signal(dict)
    custody_loaded = Signal()
    draft_saved = Signal(str)
    revealed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        incident_id: str | None = None,
        *,
        draft: dict | None = None,
        draft_id: str | None = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.incident_id = incident_id
        self.draft_id = draft_id
        self.lang = lang
        self.revision: int | None = None
        self.validator = Validator(vocabularies())
        self.error: BadInput | None = None
        self.attachment_rows: list[dict] = []
        self.viewer: ImageViewer | None = None
        self._attachments_asked = 0  # newest attachment list asked for; older answers are dropped
        self._loading = False
        self._applying = False
        self._saving = False
        self._restored = draft is not None
        self._changed_since_draft = False
        self._draft_busy = False
        self._close_ok = False
        self._close_after_save = False
        self._marked: list[QWidget] = []
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.lists: dict[str, RowList] = {}
        self._field_tab: dict[str, int] = {}

        self.undo_stack = QUndoStack(self)
        self._undo_keys = _UndoKeys(self.undo_stack, self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.setStyleSheet('*[invalid="true"] { border: 2px solid #b3261e; }')
        self.resize(QSize(900, 700))

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName(self.tr("Message"))
        self.banner.hide()
        self.tabs = QTabWidget(self)
        self.tab_errors: list[QLabel] = []
        self._tab_titles: list[str] = []
        self._build_overview()
        self._build_violations()
        self._build_victims()
        self._build_perpetrators()
        self._build_sources()
        self._build_attachments()
        self._build_history()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.save_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._build_menus()

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_MS)
        self.validate_timer.timeout.connect(self.validate_now)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

        if draft is not None:
            self.load_doc(draft)
            self.revision = draft.get("revision")
        else:
            self.load_doc({})
        if incident_id is not None:
            self.attachments_page.setEnabled(False)
            if draft is None:
                self.tabs.setEnabled(False)
                self.save_action.setEnabled(False)
                run_in_background(partial(_load, store, incident_id), self._loaded,
                                  self._failed, parent=self)
            self.refresh_history()
            self.refresh_attachments()
        else:
            self.attachments_page.setEnabled(False)
        self._update_title()

    # ---- building ----------------------------------------------------------------------------
    def _page(self, key: str, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = DropArea(self) if key == "attachments" else QWidget(self)
        layout = QVBoxLayout(page)
        error = QLabel(page)
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet("color: #b3261e;")
        error.hide()
        layout.addWidget(error)
        self.tab_errors.append(error)
        self._tab_titles.append(title)
        self.tabs.addTab(page, title)
        return page, layout

    def _input(self, form: QFormLayout, key: str, label: str, widget: QWidget,
               tab: int, extra: QWidget | None = None) -> QWidget:
        """An input in a form, with its label, accessible name and error line below it."""
        widget.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet("color: #b3261e;")
        error.hide()
        box = QVBoxLayout()
        line = QHBoxLayout()
        line.addWidget(widget, 1)
        if extra is not None:
            line.addWidget(extra)
        box.addLayout(line)
        box.addWidget(error)
        form.addRow(caption, box)
        self.fields[key] = widget
        self.error_labels[key] = error
        self._field_tab[key] = tab
        self.track(widget)
        return widget

    def _full_date(self) -> PartialDateEdit:
        return PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang)

    def _combo(self, kind: str, none: bool = False) -> VocabCombo:
        return VocabCombo(kind, lang=self.lang, none_label=self.tr("(none)") if none else None)

    def _build_overview(self) -> None:
        page, layout = self._page("overview", self.tr("Overview && location"))
        tab = 0
        area = QScrollArea(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        form = QFormLayout(inner)
        area.setWidget(inner)
        layout.addWidget(area, 1)
        self.title_edit = self._input(form, "title", self.tr("Title"), QLineEdit(), tab)
        self.from_edit = self._input(form, "occurred_from", self.tr("Occurred from"),
                                     PartialDateEdit(lang=self.lang), tab)
        self.to_edit = self._input(form, "occurred_to", self.tr("Occurred to"),
                                   PartialDateEdit(optional=True, lang=self.lang), tab)
        self.reported_edit = self._input(
            form, "date_reported", self.tr("Date reported"),
            PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang), tab)
        self.country_combo = self._input(
            form, "location.country", self.tr("Country"),
            CountryCombo(lang=self.lang, none_label=self.tr("(none)")), tab)
        self.admin1_combo = self._input(
            form, "location.admin1", self.tr("Region (admin 1)"),
            Admin1Combo(lang=self.lang, none_label=self.tr("(none)")), tab)
        self.country_combo.codeChanged.connect(self._country_changed)
        self.admin1_pcode_edit = self._input(
            form, "location.admin1_pcode", self.tr("Region P-code (admin 1)"), QLineEdit(), tab)
        self.admin2_edit = self._input(form, "location.admin2", self.tr("District (admin 2)"),
                                       QLineEdit(), tab)
        self.admin2_pcode_edit = self._input(
            form, "location.admin2_pcode", self.tr("District P-code (admin 2)"), QLineEdit(),
            tab)
        self.place_edit = self._input(form, "location.place", self.tr("Place"), QLineEdit(), tab)
        self.sensitive_hint = QLabel(self.tr(
            "The place names a protected victim of this record: if it is their home, a "
            "shelter or a safe house, mark it sensitive."))
        self.sensitive_hint.setWordWrap(True)
        self.sensitive_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.sensitive_hint.setStyleSheet("color: #8a5300;")
        self.sensitive_hint.hide()
        self.sensitive_check = self._input(
            form, "location.sensitive", self.tr("Sensitive location (a home, shelter, safe house)"),
            QCheckBox(), tab, extra=self.sensitive_hint)
        self.sensitive_check.setToolTip(self.tr(
            "Outside the team, a sensitive location is shown only as its region and district."))
        self._finders: dict[str, Withheld] = {}  # stored protected victims' names, by id
        self.lat_edit = self._input(form, "location.lat", self.tr("Latitude"), QLineEdit(), tab)
        self.lon_edit = self._input(form, "location.lon", self.tr("Longitude"), QLineEdit(),
                                    tab)
        for edit in (self.lat_edit, self.lon_edit, self.admin1_pcode_edit,
                     self.admin2_pcode_edit):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for edit in (self.admin1_pcode_edit, self.admin2_pcode_edit):
            edit.setMaxLength(32)
        self.location_precision_combo = self._input(
            form, "location.precision", self.tr("Location precision"),
            self._combo("location-precision", none=True), tab)
        self.confidentiality_combo = self._input(
            form, "confidentiality", self.tr("Confidentiality"), self._combo("confidentiality"),
            tab)
        self.status_combo = self._input(form, "status", self.tr("Status"),
                                        self._combo("status"), tab)
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setUndoRedoEnabled(False)  # the form's undo covers it
        self._input(form, "narrative", self.tr("Narrative"), self.narrative_edit, tab)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setUndoRedoEnabled(False)
        self.summary_edit.setPlaceholderText(self.tr(
            "Written for partners and the public; reports outside the UN print this, never "
            "the narrative"))
        self._input(form, "public_summary", self.tr("Summary for partners and the public"),
                    self.summary_edit, tab)
        self._summary: dict = {}  # the stored summary: text, who wrote it, who cleared it
        self.summary_state = QLabel()
        self.summary_state.setWordWrap(True)
        self.summary_state.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_state.setAccessibleName(self.tr("Clearance of the summary"))
        self.clear_button = QPushButton(self.tr("Clear for release"))
        self.clear_button.clicked.connect(self.clear_summary)
        state = QHBoxLayout()
        state.addWidget(self.summary_state, 1)
        state.addWidget(self.clear_button)
        form.addRow("", state)

    def _list(self, key: str, build: Callable[[Row], None], heading: str, add_label: str,
              defaults: dict, layout: QVBoxLayout, tab: int) -> RowList:
        rows = RowList(self, key, build, lambda i: heading.replace("%1", str(i + 1)),
                       add_label, defaults)
        layout.addWidget(rows, 1)
        self.lists[key] = rows
        self._field_tab[key] = tab
        return rows

    def _build_violations(self) -> None:
        _page, layout = self._page("violations", self.tr("&Violations"))

        def build_count(row: Row) -> None:
            row.add_field("sex", self.tr("Sex"), self._combo("sex"))
            row.add_field("age_group", self.tr("Age group"), self._combo("age-group"))
            row.add_field("count", self.tr("Number of victims"), CountBox())

        def build(row: Row) -> None:
            row.add_field("type", self.tr("Type"), self._combo("violation"))
            count = QSpinBox()
            count.setRange(-1, 1_000_000)
            count.setSpecialValueText(self.tr("not known"))
            row.add_field("victims_count", self.tr("Victims"), count)
            row.add_field("date", self.tr("Date"),
                          PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang))
            row.add_field("method", self.tr("Method"), QLineEdit())
            counts = RowList(self, "counts", build_count,
                             lambda i: self.tr("Count %1").replace("%1", str(i + 1)),
                             self.tr("Add count"),
                             {"sex": "unknown", "age_group": "unknown", "count": 0},
                             parent_row=row, scroll=False)
            row.add_list("counts", self.tr("Victims by sex and age"), counts)

        self.violations_list = self._list(
            "violations", build, self.tr("Violation %1"), self.tr("Add violation"),
            {"type": None, "victims_count": None}, layout, 1)

    def _person_name(self, row: Row) -> None:
        reveal = QPushButton(self.tr("Reveal"))
        reveal.setToolTip(self.tr("Show the protected name; the reveal is recorded in the "
                                  "audit log"))
        reveal.hide()
        row.reveal_button = reveal
        row.add_field("name", self.tr("Name"), QLineEdit(), extra=reveal)
        reveal.clicked.connect(lambda: self.reveal(row))
        reveal.setAccessibleName(self.tr("Reveal name"))

    def _build_victims(self) -> None:
        _page, layout = self._page("victims", self.tr("V&ictims"))

        def build(row: Row) -> None:
            self._person_name(row)
            row.add_field("kind", self.tr("Kind"), self._combo("victim-kind"))
            row.add_field("sex", self.tr("Sex"), self._combo("sex"))
            row.add_field("age_group", self.tr("Age group"), self._combo("age-group"))
            size = QSpinBox()
            size.setRange(0, 1_000_000)
            size.setSpecialValueText(self.tr("not given"))
            row.add_field("group_size", self.tr("Group size"), size)
            kind = row.fields["kind"]

            def kind_changed() -> None:
                size.setEnabled(kind.code() != "individual")

            kind.codeChanged.connect(kind_changed)
            kind_changed()
            row.add_field("protected", self.tr("Protected"),
                          QCheckBox(self.tr("Withhold the name on screens and exports")))
            row.add_field("consent", self.tr("Consent"), self._combo("consent"))
            row.add_field("consent_date", self.tr("Consent given on"), self._full_date())

        self.victims_list = self._list(
            "victims", build, self.tr("Victim %1"), self.tr("Add victim"),
            {"kind": "individual", "sex": "unknown", "age_group": "unknown",
             "protected": True, "consent": "none"}, layout, 2)

    def _build_perpetrators(self) -> None:
        _page, layout = self._page("perpetrators", self.tr("&Perpetrators"))

        def build_link(row: Row) -> None:
            choice = ViolationChoice()
            choice.set_choices(self._violation_labels())
            row.add_field("violation", self.tr("Violation"), choice)
            row.add_field("degree", self.tr("Degree"), self._combo("involvement"))

        def build(row: Row) -> None:
            row.add_field("category", self.tr("Category"), self._combo("perpetrator"))
            row.add_field("name", self.tr("Name"), QLineEdit())
            links = RowList(self, "involvement", build_link,
                            lambda i: self.tr("Involvement %1").replace("%1", str(i + 1)),
                            self.tr("Add involvement"), {"violation": 0, "degree": "unknown"},
                            parent_row=row, scroll=False)
            row.add_list("involvement", self.tr("Involvement"), links)

        self.perpetrators_list = self._list(
            "perpetrators", build, self.tr("Perpetrator %1"), self.tr("Add perpetrator"),
            {"category": None}, layout, 3)

    def _build_sources(self) -> None:
        page, layout = self._page("sources", self.tr("S&ources && verification"))

        def build(row: Row) -> None:
            row.add_field("type", self.tr("Type"), self._combo("source-type"))
            row.add_field("connection", self.tr("Connection"),
                          self._combo("source-connection", none=True))
            row.add_field("reliability", self.tr("Reliability"), self._combo("reliability"))
            self._person_name(row)
            row.add_field("protected", self.tr("Protected"),
                          QCheckBox(self.tr("Withhold the name on screens and exports")))
            row.add_field("consent", self.tr("Consent"), self._combo("consent"))
            row.add_field("consent_date", self.tr("Consent given on"), self._full_date())
            row.add_field("information_date", self.tr("Information given on"),
                          self._full_date())
            language = QLineEdit()
            language.setMaxLength(16)
            row.add_field("language", self.tr("Language"), language)

        self.sources_list = self._list(
            "sources", build, self.tr("Source %1"), self.tr("Add source"),
            {"type": None, "reliability": "unknown", "protected": True, "consent": "none"},
            layout, 4)
        box = QFrame(page)
        form = QFormLayout(box)
        form.addRow(QLabel(self.tr("<b>Verification</b>")))
        self._input(form, "verification.status", self.tr("Standard of proof"),
                    self._combo("verification"), 4)
        self._input(form, "verification.credibility", self.tr("Credibility"),
                    self._combo("credibility", none=True), 4)
        self._input(form, "verification.reviewer", self.tr("Reviewer"), QLineEdit(), 4)
        self._input(form, "verification.date", self.tr("Date reviewed"),
                    PartialDateEdit(optional=True, precisions=(DAY,), lang=self.lang), 4)
        layout.addWidget(box)

    def _build_attachments(self) -> None:
        page, layout = self._page("attachments", self.tr("&Attachments"))
        self.attachments_page = page
        page.files_dropped.connect(self.add_attachment_files)
        self.attachment_note = QLabel(self.tr("Save the incident to add attachments. Files "
                                              "can also be dropped here."), page)
        self.attachment_note.setWordWrap(True)
        self.attachment_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.attachment_note)
        self.attachment_table = self._table(
            page, [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("SHA-256"),
                   self.tr("Captured by"), self.tr("Captured at")])
        self.attachment_table.setAccessibleName(self.tr("Attachments"))
        self.attachment_table.itemSelectionChanged.connect(self.refresh_custody)
        self.attachment_table.itemActivated.connect(lambda _item: self.view_attachment())
        layout.addWidget(self.attachment_table, 2)
        buttons = QHBoxLayout()
        self.add_attachment_button = QPushButton(self.tr("Add…"), page)
        self.add_attachment_button.clicked.connect(self.choose_attachments)
        self.view_attachment_button = QPushButton(self.tr("View"), page)
        self.view_attachment_button.clicked.connect(self.view_attachment)
        self.export_attachment_button = QPushButton(self.tr("Export…"), page)
        self.export_attachment_button.setToolTip(self.tr(
            "Writes a copy without the file's metadata (place, time, device)"))
        self.export_attachment_button.clicked.connect(self.export_attachment)
        self.export_original_button = QPushButton(self.tr("Export original…"), page)
        self.export_original_button.clicked.connect(self.export_original_attachment)
        for button in (self.add_attachment_button, self.view_attachment_button,
                       self.export_attachment_button, self.export_original_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Chain of custody of the selected file"), page))
        self.custody_table = self._table(
            page, [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Detail")])
        self.custody_table.setAccessibleName(self.tr("Chain of custody"))
        layout.addWidget(self.custody_table, 1)

    def _build_history(self) -> None:
        page, layout = self._page("history", self.tr("&History"))
        self.history_table = self._table(
            page, [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old"),
                   self.tr("New")])
        self.history_table.setAccessibleName(self.tr("History"))
        layout.addWidget(self.history_table, 1)

    def _table(self, parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _build_menus(self) -> None:
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_action.changed.connect(
            lambda: self.save_button.setEnabled(self.save_action.isEnabled()))
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for rows in self.lists.values():
            action = QAction(rows.add_button.text(), self)
            action.triggered.connect(rows.request_add)
            edit_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i in range(self.tabs.count()):
            action = QAction(self._tab_titles[i], self)
            action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(partial(self.tabs.setCurrentIndex, i))
            view_menu.addAction(action)

        self.add_attachment_action = QAction(self.tr("&Add attachment…"), self)
        self.add_attachment_action.triggered.connect(self.choose_attachments)
        self.view_attachment_action = QAction(self.tr("&View attachment"), self)
        self.view_attachment_action.triggered.connect(self.view_attachment)
        self.export_attachment_action = QAction(self.tr("&Export attachment…"), self)
        self.export_attachment_action.triggered.connect(self.export_attachment)
        self.export_original_action = QAction(self.tr("Export &original attachment…"), self)
        self.export_original_action.triggered.connect(self.export_original_attachment)
        menu = self.menuBar().addMenu(self.tr("A&ttachments"))
        for action in (self.add_attachment_action, self.view_attachment_action,
                       self.export_attachment_action, self.export_original_action):
            menu.addAction(action)

    # ---- tracking changes and undo -------------------------------------------------------------
    @contextlib.contextmanager
    def quietly(self) -> Iterator[None]:
        """Changes made by the program (loading, undo, redo): no new undo commands."""
        before = self._applying
        self._applying = True
        try:
            yield
        finally:
            self._applying = before

    def track(self, widget: QWidget, row: Row | None = None) -> None:
        get, _set, signal = _accessors(widget)
        if row is None:
            key = next(k for k, w in self.fields.items() if w is widget)

            def path() -> tuple:
                return (key,)
        else:
            key = next(k for k, w in row.fields.items() if w is widget)

            def path() -> tuple:
                return (*row.path(), key)
        binding = _Binding(get, path, get())
        signal.connect(lambda *_args: self._field_changed(binding))
        for target in [widget, *widget.findChildren(QWidget)]:
            target.installEventFilter(self._undo_keys)

    def _field_changed(self, binding: _Binding) -> None:
        new = binding.get()
        if new == binding.last:
            return
        old, binding.last = binding.last, new
        if self._loading or self._applying:
            return  # the program's own change; apply() and list_changed() report theirs
        self.undo_stack.push(FieldCommand(self, binding.path(), old, new))
        self._changed()

    def list_changed(self, _rows: RowList) -> None:
        if not self._loading:
            self._changed()

    def _changed(self) -> None:
        self._refresh_violation_choices()
        self._update_location_hint()
        self._update_summary_state()
        self._changed_since_draft = True
        self.validate_timer.start()
        self._update_title()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def apply(self, path: tuple, value: Any) -> None:
        widget = self.widget_at(path)
        with self.quietly():
            _accessors(widget)[1](value)
        self._changed()

    def widget_at(self, path: tuple) -> QWidget:
        """The input, row or list at `path`; as deep as the path leads."""
        node: QWidget | None = self.fields.get(path[0]) or self.lists.get(path[0])
        if node is None:
            raise KeyError(path)
        i = 1
        while isinstance(node, RowList) and i < len(path):
            index = path[i]
            if not isinstance(index, int) or index >= len(node.rows):
                return node
            row = node.rows[index]
            if i + 1 >= len(path):
                return row
            key = path[i + 1]
            child = row.fields.get(key) or row.lists.get(key)
            if child is None:
                return row
            node = child
            i += 2
        return node

    def remove_violation(self, index: int) -> None:
        """Remove violation `index` in one undo step; involvements name violations by number,
        so those naming it go and those naming a later one move down with it."""
        self.undo_stack.beginMacro(self.tr("Remove violation"))
        try:
            for perp in self.perpetrators_list.rows:
                links = perp.lists["involvement"]
                for j in reversed(range(len(links.rows))):
                    link = links.rows[j]
                    at = _json_value(link.fields["violation"])
                    if at == index:
                        self.push(RowCommand(self, links.path(), j, link.values(),
                                             adding=False))
                    elif isinstance(at, int) and at > index:
                        command = FieldCommand(self, (*link.path(), "violation"), at, at - 1)
                        command.first = False  # nothing shows it yet: redo applies it
                        self.push(command)
            data = self.violations_list.rows[index].values()
            self.push(RowCommand(self, ("violations",), index, data, adding=False))
        finally:
            self.undo_stack.endMacro()

    def list_at(self, path: tuple) -> RowList:
        node = self.widget_at(path)
        assert isinstance(node, RowList)
        return node

    def _violation_labels(self) -> list[str]:
        violations = self.lists.get("violations")
        if violations is None:
            return []
        return [row.fields["type"].currentText() or self.tr("(no type)")
                for row in violations.rows]

    def _refresh_violation_choices(self) -> None:
        """Involvements name violations by number: keep their choices in step."""
        perpetrators = self.lists.get("perpetrators")
        if perpetrators is None:
            return
        labels = self._violation_labels()
        for perp in perpetrators.rows:
            for link in perp.lists["involvement"].rows:
                choice = link.fields.get("violation")
                if isinstance(choice, ViolationChoice):
                    choice.set_choices(labels)

    def _country_changed(self) -> None:
        code = self.country_combo.code()
        if code and vocabularies().has("country", code):
            self.admin1_combo.set_country(code)

    # ---- the document ------------------------------------------------------------------------
    def form_doc(self) -> dict:
        """The form as the JSON contract has it, plus `masked` markers (for drafts)."""
        f = self.fields
        location: dict[str, Any] = {}
        for key in ("country", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "place",
                    "precision", "sensitive"):
            location[key] = _json_value(f[f"location.{key}"])
        location["lat"] = _number(self.lat_edit.text())
        location["lon"] = _number(self.lon_edit.text())
        doc: dict[str, Any] = {
            "title": _json_value(f["title"]),
            "occurred_from": self.from_edit.value(),
            "occurred_to": self.to_edit.value(),
            "date_precision": self.from_edit.precision(),
            "date_reported": self.reported_edit.value(),
            "location": location,
            "narrative": self.narrative_edit.toPlainText(),
            "public_summary": self.summary_edit.toPlainText().strip() or None,
            "confidentiality": _json_value(f["confidentiality"]),
            "status": _json_value(f["status"]),
            "violations": self.violations_list.values(),
            "victims": self.victims_list.values(),
            "perpetrators": self.perpetrators_list.values(),
            "sources": self.sources_list.values(),
            "verification": {k: _json_value(f[f"verification.{k}"])
                             for k in ("status", "credibility", "reviewer", "date")},
        }
        if self.revision is not None:
            doc["revision"] = self.revision
        return doc

    @staticmethod
    def save_doc(form: dict) -> tuple[dict, set[str]]:
        """(document to store, ids of persons whose stored name must be kept)."""
        doc = copy.deepcopy(form)
        keep = set()
        for role in ("victims", "sources"):
            for person in doc.get(role) or []:
                if person.pop("masked", False) and person.get("id"):
                    keep.add(person["id"])
        return doc, keep

    def load_doc(self, doc: dict) -> None:
        """Fill the form (a masked record from the store, or a draft); clears undo."""
        self._loading = True
        try:
            with self.quietly():
                location = doc.get("location") or {}
                self.title_edit.setText(doc.get("title") or "")
                if doc.get("occurred_from"):
                    self.from_edit.set_value(doc["occurred_from"], doc.get("date_precision"))
                self.to_edit.set_value(doc.get("occurred_to"))
                self.reported_edit.set_value(doc.get("date_reported"))
                self.country_combo.set_code(location.get("country"))
                self._country_changed()
                self.admin1_combo.set_code(location.get("admin1_code")
                                           or location.get("admin1"))
                for key in ("admin1_pcode", "admin2", "admin2_pcode", "place", "precision"):
                    _set_json_value(self.fields[f"location.{key}"], location.get(key))
                for key, edit in (("lat", self.lat_edit), ("lon", self.lon_edit)):
                    value = location.get(key)
                    edit.setText("" if value is None else str(value))
                self.narrative_edit.setPlainText(doc.get("narrative") or "")
                self.sensitive_check.setChecked(bool(location.get("sensitive")))
                summary = doc.get("public_summary")
                # a draft holds the typed text only; the stored record says who cleared it
                self._summary = summary if isinstance(summary, dict) else {}
                self.summary_edit.setPlainText(
                    (summary.get("text") if isinstance(summary, dict) else summary) or "")
                self.confidentiality_combo.set_code(doc.get("confidentiality") or "internal")
                self.status_combo.set_code(doc.get("status") or "draft")
                verification = doc.get("verification") or {}
                for key in ("credibility", "reviewer", "date"):
                    _set_json_value(self.fields[f"verification.{key}"], verification.get(key))
                self.fields["verification.status"].set_code(
                    verification.get("status") or "unverified")
                for key, rows in self.lists.items():
                    rows.set_rows(doc.get(key) or [])
        finally:
            self._loading = False
        self._refresh_violation_choices()
        self._update_location_hint()
        self._update_summary_state()
        self.revision = doc.get("revision")
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.validate_now()

    # ---- validation --------------------------------------------------------------------------
    def validate_now(self) -> BadInput | None:
        self.validate_timer.stop()
        doc, _keep = self.save_doc(self.form_doc())
        try:
            self.validator.rows(doc)
        except BadInput as err:
            self.show_error(err)
        else:
            self.show_error(None)
        return self.error

    def is_valid(self) -> bool:
        return self.error is None

    def show_error(self, err: BadInput | None) -> None:
        """Show `err` next to its field (or under its tab); clear the previous one."""
        self.error = err
        for widget in self._marked:
            self._mark(widget, False)
        self._marked = []
        for label in [*self.error_labels.values(), *self.tab_errors]:
            label.hide()
        for i, title in enumerate(self._tab_titles):
            self.tabs.setTabText(i, title)
            self.tabs.setTabToolTip(i, "")
        self._update_save()
        if err is None:
            return
        path = field_path(err.field)
        tab = self._field_tab.get(path[0] if path else "", 0)
        if path and path[0] in self.error_labels:
            widget = self.fields[path[0]]
            label = self.error_labels[path[0]]
            label.setText(err.reason)
            label.show()
            self._mark(widget, True)
            message = err.reason
        else:
            widget = None
            with contextlib.suppress(KeyError):
                widget = self.widget_at(path) if path else None
            where = self._describe(path)
            message = f"{where}: {err.reason}" if where else f"{err.field}: {err.reason}"
            self.tab_errors[tab].setText(message)
            self.tab_errors[tab].show()
            if widget is not None:
                self._mark(widget, True)
                row = widget if isinstance(widget, Row) else self._row_of(widget)
                if row is not None and row is not widget:
                    self._mark(row, True)
        self.tabs.setTabText(tab, "\u26a0 " + self._tab_titles[tab])
        self.tabs.setTabToolTip(tab, message)

    def _describe(self, path: tuple) -> str:
        """"Violation 1 ▸ type" for a path into a list."""
        parts: list[str] = []
        with contextlib.suppress(KeyError):
            node: Any = self.fields.get(path[0]) or self.lists.get(path[0])
            i = 1
            while isinstance(node, RowList) and i < len(path):
                index = path[i]
                if not isinstance(index, int) or index >= len(node.rows):
                    break
                parts.append(node.heading(index))
                if i + 1 < len(path):
                    key = path[i + 1]
                    row = node.rows[index]
                    node = row.lists.get(key)
                    if node is None:
                        label = row.fields.get(key)
                        parts.append(label.accessibleName() if label is not None else key)
                    elif i + 2 >= len(path):
                        parts.append(node.accessibleName())
                i += 2
        return " \u25b8 ".join(parts)

    @staticmethod
    def _row_of(widget: QWidget) -> Row | None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, Row):
            parent = parent.parentWidget()
        return parent

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        if invalid:
            self._marked.append(widget)
            widget.setAccessibleDescription(self.error.reason if self.error else "")
        else:
            widget.setAccessibleDescription("")
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def error_text(self, key: str) -> str:
        """The message shown next to the input `key` ("" when none): for tests and a11y."""
        label = self.error_labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _update_save(self) -> None:
        ready = self.tabs.isEnabled() and not self._saving and self.error is None
        self.save_action.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def is_modified(self) -> bool:
        return self._restored or not self.undo_stack.isClean()

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()
        self._update_summary_state()

    # ---- the sensitive location and the public summary ---------------------------------------
    def place_names_protected_victim(self) -> bool:
        """Whether the place text names a protected victim of this record (as typed, or as
        stored for those the form keeps masked), in any spelling."""
        place = self.place_edit.text().strip()
        if not place:
            return False
        for person in self.victims_list.values():
            if not person.get("protected"):
                continue
            if person.get("name"):
                if Withheld([person["name"]]).found(place):
                    return True
            elif person.get("id") in self._finders and self._finders[person["id"]].found(place):
                return True
        return False

    def _update_location_hint(self) -> None:
        self.sensitive_hint.setVisible(not self.sensitive_check.isChecked()
                                       and self.place_names_protected_victim())

    def _refresh_finders(self) -> None:
        if self.incident_id is not None:
            run_in_background(partial(_protected_finders, self.store, self.incident_id),
                              self._finders_loaded, _log_failure, parent=self)

    def _finders_loaded(self, finders: dict[str, Withheld]) -> None:
        self._finders = finders
        self._update_location_hint()

    def _own_summary(self) -> bool:
        author = self._summary.get("written_by")
        return author is not None and author.casefold() == self.store.user.casefold()

    def _update_summary_state(self) -> None:
        s = self._summary
        stored = s.get("text")
        typed = self.summary_edit.toPlainText().strip() or None
        own, alone = self._own_summary(), len(self.store.keys.users()) <= 1
        when = (s.get("cleared_at") or "")[:10]
        if typed != stored:
            state = (self.tr("Changed: once saved, the new text needs clearing again")
                     if stored else self.tr("Not cleared"))
        elif not stored:
            state = self.tr("No summary: reports outside the UN print nothing for this incident")
        elif not s.get("cleared_by"):
            state = self.tr("Not cleared")
        elif s.get("single_user"):
            state = self.tr("Cleared by the author alone (single-user office) on %1").replace(
                "%1", when)
        else:
            state = self.tr("Cleared by %1 on %2").replace("%1", s["cleared_by"]).replace(
                "%2", when)
        self.summary_state.setText(state)
        why = ""
        if self.incident_id is None or typed != stored or self.is_modified():
            why = self.tr("Save the incident first.")
        elif not stored:
            why = self.tr("There is no summary to clear.")
        elif self.store.slot.kind == RECOVERY_SLOT:
            why = self.tr("Sign in as a user to clear the summary.")
        elif own and not alone:
            why = self.tr("A user other than its author clears the summary.")
        elif s.get("cleared_by") and (own or not s.get("single_user")):
            why = self.tr("The summary is cleared.")
        self.clear_button.setEnabled(not why and not self._saving)
        self.clear_button.setToolTip(why)

    def clear_summary(self) -> None:
        if not self.clear_button.isEnabled():
            return
        self._saving = True
        self.clear_button.setEnabled(False)
        self._update_save()
        self._say("")
        run_in_background(partial(_clear_summary, self.store, self.incident_id),
                          self._summary_cleared, self._clear_failed, parent=self)

    def _clear_failed(self, exc: Exception) -> None:
        self._save_failed(exc)
        self._update_summary_state()

    def _summary_cleared(self, doc: dict) -> None:
        self._saving = False
        self.load_doc(doc)
        self._update_save()
        self.refresh_history()
        self.saved.emit(self.incident_id)

    def _update_title(self) -> None:
        title = self.title_edit.text().strip() or self.tr("New incident")
        self.setWindowTitle(self.tr("%1[*] – Upfront").replace("%1", title))
        self.setWindowModified(self.is_modified())

    def _say(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(bool(message))
        if message:
            self.failed.emit(message)

    # ---- loading -----------------------------------------------------------------------------
    def _loaded(self, doc: dict) -> None:
        self.load_doc(doc)
        self._refresh_finders()
        self.tabs.setEnabled(True)
        self.attachments_page.setEnabled(True)
        self._update_save()
        self._update_title()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, UpfrontError):
            self._say(str(exc))
        else:
            log.error("incident editor: %s", type(exc).__name__)
            self._say(self.tr("Something went wrong; nothing was changed."))

    def refresh_history(self) -> None:
        if self.incident_id is None:
            return
        run_in_background(partial(_history, self.store, self.incident_id), self._show_history,
                          self._failed, parent=self)

    def _show_history(self, entries: list[dict]) -> None:
        table = self.history_table
        table.setRowCount(0)
        for entry in reversed(entries):  # newest first
            field = entry["field"]
            cells = [str(entry["at"]), entry["actor"],
                     self.tr("(created)") if field == "(created)" else field,
                     _shown(entry["old"], field), _shown(entry["new"], field)]
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        self.history_loaded.emit()

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        if self.validate_now() is not None:
            return
        doc, keep = self.save_doc(self.form_doc())
        self._saving = True
        self._update_save()
        self._say("")
        run_in_background(
            partial(_save, self.store, self.incident_id, doc, keep, self.draft_id),
            self._saved, self._save_failed, parent=self)

    def _saved(self, outcome: tuple[str, dict]) -> None:
        incident_id, doc = outcome
        self._saving = False
        self.incident_id = incident_id
        self.draft_id = None
        self._restored = False
        self._changed_since_draft = False
        self.load_doc(doc)
        self._refresh_finders()
        self.tabs.setEnabled(True)
        self.attachments_page.setEnabled(True)
        self._update_save()
        self._update_title()
        self.refresh_history()
        self.refresh_attachments()
        self.saved.emit(incident_id)
        if self._close_after_save:
            self._close_ok = True
            self.close()

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        self._close_after_save = False
        if isinstance(exc, BadInput):
            if exc.field == "revision":
                self._say(exc.reason)
            else:
                self.show_error(exc)
                self._say(str(exc))
        else:
            self._failed(exc)
        self._update_save()

    # ---- drafts ------------------------------------------------------------------------------
    def autosave(self) -> None:
        """Keep what is typed in the encrypted store (at most every AUTOSAVE_MS)."""
        if not self._changed_since_draft or self._draft_busy or self._saving:
            return
        self._draft_busy = True
        self._changed_since_draft = False
        run_in_background(
            partial(_save_draft, self.store, self.form_doc(), self.draft_id, self.incident_id),
            self._draft_done, self._draft_failed, parent=self)

    def _draft_done(self, draft_id: str) -> None:
        self._draft_busy = False
        self.draft_id = draft_id
        self.draft_saved.emit(draft_id)

    def _draft_failed(self, exc: Exception) -> None:
        self._draft_busy = False
        self._changed_since_draft = True
        self._failed(exc)

    def close_for_lock(self) -> None:
        """The store is about to lock: queue a last draft save, then close without asking."""
        self.autosave_timer.stop()
        self.validate_timer.stop()
        if self.is_modified() or self._changed_since_draft:
            run_in_background(partial(_save_draft, self.store, self.form_doc(), self.draft_id,
                                      self.incident_id), None, _log_failure)
        self._close_ok = True
        self.close()

    # ---- closing -----------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel (a method of its own so tests can answer it)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This incident has changes that are not saved."),
                          parent=self)
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if self.is_valid():
            buttons |= QMessageBox.StandardButton.Save
        box.setStandardButtons(buttons)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._close_ok or not self.is_modified():
            self._stop()
            event.accept()
            return
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save and self.is_valid():
            self._close_after_save = True
            self.save()
            event.ignore()
        elif answer == QMessageBox.StandardButton.Discard:
            if self.draft_id:
                run_in_background(partial(_discard_draft, self.store, self.draft_id), None,
                                  _log_failure)
                self.draft_id = None
            self._stop()
            event.accept()
        else:
            event.ignore()

    def _stop(self) -> None:
        self.autosave_timer.stop()
        self.validate_timer.stop()
        if self.viewer is not None:
            self.viewer.close()

    # ---- reveal ------------------------------------------------------------------------------
    def reveal(self, row: Row) -> None:
        person_id = row.carried.get("id")
        if not person_id or self.incident_id is None:
            return
        run_in_background(partial(_reveal, self.store, self.incident_id, person_id),
                          partial(self._revealed, person_id), self._failed, parent=self)

    def _revealed(self, person_id: str, name: str | None) -> None:
        for rows in (self.victims_list, self.sources_list):
            for row in rows.rows:
                if row.carried.get("id") == person_id and row.masked:
                    edit = row.fields["name"]
                    with self.quietly():
                        _set_json_value(edit, name)
                    row.set_masked(False)
                    edit.setFocus()
        self.revealed.emit(person_id)

    # ---- attachments ---------------------------------------------------------------------------
    def refresh_attachments(self) -> None:
        if self.incident_id is None:
            return
        self._attachments_asked += 1
        asked = self._attachments_asked
        run_in_background(partial(_attachments, self.store, self.incident_id),
                          partial(self._show_attachments, asked=asked), self._failed,
                          parent=self)

    def _show_attachments(self, rows: list[dict], asked: int) -> None:
        if asked != self._attachments_asked:
            return  # an older list, overtaken by files being added: a newer one is on its way
        selected = self.selected_attachment()
        self.attachment_rows = rows
        table = self.attachment_table
        table.setRowCount(0)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for meta in rows:
            row = table.rowCount()
            table.insertRow(row)
            cells = [meta["filename"], meta["media_type"], str(meta["size"]), meta["sha256"],
                     meta["captured_by"], str(meta["captured_at"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setFont(QFont(mono))
                table.setItem(row, column, item)
        self.attachment_note.setText(self.tr("Add files with Add… or drop them here. They are "
                                             "kept inside the encrypted store."))
        if rows:
            ids = [r["id"] for r in rows]
            table.selectRow(ids.index(selected["id"]) if selected and selected["id"] in ids
                            else len(rows) - 1)
        self.attachments_loaded.emit()

    def selected_attachment(self) -> dict | None:
        rows = self.attachment_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.attachment_rows):
            return None
        return self.attachment_rows[rows[0].row()]

    def choose_attachments(self) -> None:
        if self.incident_id is None:
            self._say(self.tr("Save the incident before adding attachments."))
            return
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add attachments"))
        if paths:
            self.add_attachment_files(paths)

    def add_attachment_files(self, paths: list[str]) -> None:
        if self.incident_id is None or not paths:
            return
        self._attachments_asked += 1  # a list asked for before these files is out of date
        run_in_background(partial(_add_files, self.store, self.incident_id, list(paths)),
                          lambda _metas: self.refresh_attachments(), self._failed, parent=self)

    def refresh_custody(self) -> None:
        meta = self.selected_attachment()
        if meta is None:
            self.custody_table.setRowCount(0)
            return
        run_in_background(partial(_custody, self.store, meta["id"]), self._show_custody,
                          self._failed, parent=self)

    def _show_custody(self, events: list[dict]) -> None:
        table = self.custody_table
        table.setRowCount(0)
        for event in events:
            row = table.rowCount()
            table.insertRow(row)
            for column, key in enumerate(("at", "actor", "action", "detail")):
                table.setItem(row, column, QTableWidgetItem(str(event[key] or "")))
        self.custody_loaded.emit()

    def view_attachment(self) -> None:
        """Images are decoded in memory and shown; anything else would need a file on disk,
        which would leave record content outside the encrypted store, so it is refused."""
        meta = self.selected_attachment()
        if meta is None:
            return
        if not str(meta["media_type"]).startswith("image/"):
            self.attachment_note.setText(self.tr(
                "%1 cannot be shown inside Upfront without writing it to disk; use Export."
            ).replace("%1", meta["filename"]))
            return
        run_in_background(partial(_read, self.store, meta["id"]), self._show_image,
                          self._failed, parent=self)

    def _show_image(self, outcome: tuple[dict, bytes]) -> None:
        meta, content = outcome
        image = QImage.fromData(content)
        self.refresh_custody()
        if image.isNull():
            self.attachment_note.setText(self.tr(
                "%1 cannot be shown inside Upfront without writing it to disk; use Export."
            ).replace("%1", meta["filename"]))
            return
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
        self.viewer = ImageViewer(meta["filename"], image, self)
        self.viewer.open()

    def export_attachment(self) -> None:
        """A copy without metadata (app.metadata): what leaves the device by default."""
        self._export_attachment(original=False)

    def export_original_attachment(self) -> None:
        """The original, metadata and all, for an evidence handover; asked first."""
        if self.selected_attachment() is not None and self.confirm_original():
            self._export_attachment(original=True)

    def confirm_original(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export original"), self.tr(
            "The original keeps its metadata: it may hold the place (GPS position), the time "
            "and the device it was made with. Export the original only for an evidence "
            "handover; the chain of custody records it."), parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def _export_attachment(self, *, original: bool) -> None:
        meta = self.selected_attachment()
        if meta is None:
            return
        out, _filter = QFileDialog.getSaveFileName(self, self.tr("Export attachment"),
                                                   meta["filename"])
        if not out:
            return
        run_in_background(partial(_export, self.store, meta["id"], out, original),
                          self._exported, self._failed, parent=self)

    def _exported(self, exported: dict) -> None:
        if exported["exported"] == "original":
            text = self.tr("%1 was exported as the original, with its metadata.")
        else:
            text = self.tr("%1 was exported without its metadata (place, time, device); the "
                           "original stays unchanged in the store.")
        self.attachment_note.setText(text.replace("%1", exported["filename"]))
        self.refresh_custody()
        self.attachment_exported.emit(exported)

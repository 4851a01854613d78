"""The review queue: records submitted for review, approved or returned here.

Three views of the same workflow (app.incidents: submit, assign, approve, send_back):
records waiting for my review (submitted by someone else, assigned to me or to no one), all
submitted records (to assign them), and records I submitted that a reviewer returned, with
the reviewer's comment. Reads and decisions run on the worker; a refused step (the author
approving their own record where the office has other users, a return without a comment)
shows its reason here and changes nothing. The decisions sync like any change, so the
reviewer may be on another laptop of the team.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.changes import Changes, Kind
from app.errors import UpfrontError
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.schema.incident import REVIEW_COMMENT_MAX
from app.store import Store
from app.vocab import vocabularies
from ui.changes import RefreshWhenShown
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import VocabCombo

IdRole = Qt.ItemDataRole.UserRole
MINE, ALL, RETURNED = range(3)
# the ladder's rungs a reviewer may approve at: a standard of proof, or its negative findings
APPROVABLE_EXCLUDED = {"unverified", "pending"}


@dataclass
class _Loaded:
    scope: int
    rows: list[dict[str, Any]]
    users: list[str]


def _read(store: Store, scope: int) -> _Loaded:
    me = store.user
    if scope == MINE:
        query = IncidentQuery(review_for=me, sort="updated_at", descending=False, limit=500)
    elif scope == ALL:
        query = IncidentQuery(status="submitted", sort="updated_at", descending=False, limit=500)
    else:
        query = IncidentQuery(returned_to=me, sort="updated_at", limit=500)
    incidents = Incidents(store)
    rows = incidents.list(query)
    if scope == RETURNED and rows:  # the reviewer's comment, to read without opening
        docs = incidents.documents([r["id"] for r in rows], sources=False)
        for row, doc in zip(rows, docs, strict=True):
            row["review"] = doc["review"]
    return _Loaded(scope, rows, Store.users(store.directory))


class ApproveDialog(QDialog):
    """Approve: the verification standard the reviewer finds, the credibility if known, and
    an optional comment."""

    def __init__(self, title: str, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve “{title}”").replace("{title}", title))
        self.standard = VocabCombo("verification", lang=lang, parent=self)
        for code in APPROVABLE_EXCLUDED:
            index = self.standard.findData(code)
            if index >= 0:
                self.standard.removeItem(index)
        self.standard.set_code("reasonable_grounds")
        self.credibility = VocabCombo(
            "credibility", lang=lang, none_label=self.tr("(not assessed)"), parent=self
        )
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("Optional: what the review found"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Verification standard"), self.standard)
        form.addRow(self.tr("&Credibility"), self.credibility)
        form.addRow(self.tr("C&omment"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Approve"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Approving makes the record reviewed, with you as its reviewer and today "
                    "as the date of verification."
                ),
                self,
                wordWrap=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        code = self.standard.code()
        if code is None or self.standard.findData(code) < 0:
            self.error.setText(self.tr("Verification standard: choose one in the list"))
            self.error.setVisible(True)
            self.standard.setFocus()
            return
        if len(self.comment.toPlainText()) > REVIEW_COMMENT_MAX:
            self.error.setText(
                fill(self.tr("Comment: at most {n} characters"), n=REVIEW_COMMENT_MAX)
            )
            self.error.setVisible(True)
            return
        self.accept()

    def values(self) -> tuple[str, str | None, str | None]:
        code = self.standard.code()
        assert code is not None
        return code, self.credibility.code(), self.comment.toPlainText().strip() or None


class ReturnDialog(QDialog):
    """Return to the author: the comment saying what to do is required."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return “{title}” to its author").replace("{title}", title))
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("What should the author check or change?"))
        label = QLabel(self.tr("&Comment for the author (required)"), self)
        label.setBuddy(self.comment)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Return"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        text = self.comment.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("Comment: say what the author should check or change"))
        elif len(text) > REVIEW_COMMENT_MAX:
            self.error.setText(
                fill(self.tr("Comment: at most {n} characters"), n=REVIEW_COMMENT_MAX)
            )
        else:
            self.accept()
            return
        self.error.setVisible(True)
        self.comment.setFocus()

    def text(self) -> str:
        return self.comment.toPlainText().strip()


class AssignDialog(QDialog):
    """Assign to a reviewer: a user of this laptop, or a name typed for a reviewer on
    another laptop of the team; or to no one."""

    def __init__(
        self, users: list[str], current: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign to a reviewer"))
        self.reviewer = QComboBox(self)
        self.reviewer.setEditable(True)
        self.reviewer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reviewer.addItem(self.tr("(no one: any reviewer)"), None)
        for user in users:
            self.reviewer.addItem(user, user)
        index = self.reviewer.findData(current) if current else 0
        if index >= 0:
            self.reviewer.setCurrentIndex(index)
        else:
            self.reviewer.setEditText(current or "")
        label = QLabel(self.tr("&Reviewer"), self)
        label.setBuddy(self.reviewer)
        hint = QLabel(
            self.tr("A reviewer on another laptop of the team: type their user name."),
            self,
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.reviewer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def value(self) -> str | None:
        index = self.reviewer.currentIndex()
        text = self.reviewer.currentText().strip()
        if index >= 0 and self.reviewer.itemText(index) == text:
            data = self.reviewer.itemData(index)
            return data if isinstance(data, str) else None
        return text or None


class ReviewPage(QWidget):
    """The review queue; `openIncident(id)` asks the window to open a record."""

    openIncident = Signal(str)
    decided = Signal(str)  # a step done, said in words (for the status bar and tests)

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.rows: list[dict[str, Any]] = []
        self.users: list[str] = []
        self._generation = 0
        self._shown_generation = -1
        self._busy = False

        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Waiting for my review"), MINE)
        self.scope.addItem(self.tr("All submitted records"), ALL)
        self.scope.addItem(self.tr("Returned to me"), RETURNED)
        scope_label = QLabel(self.tr("&Show"), self)
        scope_label.setBuddy(self.scope)
        self.scope.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Records in review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self._open())

        self.open_button = QPushButton(self.tr("&Open"), self)
        self.approve_button = QPushButton(self.tr("A&pprove…"), self)
        self.return_button = QPushButton(self.tr("Re&turn to author…"), self)
        self.assign_button = QPushButton(self.tr("Assi&gn…"), self)
        self.open_button.clicked.connect(self._open)
        self.approve_button.clicked.connect(self._approve)
        self.return_button.clicked.connect(self._return)
        self.assign_button.clicked.connect(self._assign)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.approve_button,
            self.return_button,
            self.assign_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.reload = RefreshWhenShown(self, self.load)
        self.reload.due = True  # read when first shown
        self._selection_changed()

    # ---- public -------------------------------------------------------------------------------
    def show_scope(self, scope: int) -> None:
        """Show one of the three lists (MINE, ALL, RETURNED); loads it."""
        if self.scope.currentIndex() == scope:
            self.load()
        else:
            self.scope.setCurrentIndex(scope)

    def load(self) -> None:
        self._generation += 1
        generation, store, scope = self._generation, self.store, self.current_scope()
        run_in_background(
            lambda: _read(store, scope),
            on_success=lambda loaded: self._show(generation, loaded),
            on_failure=self._failed,
            parent=self,
        )

    def is_loaded(self) -> bool:
        return self._shown_generation == self._generation and not self._busy

    def current_scope(self) -> int:
        data = self.scope.currentData()
        return int(data) if data is not None else MINE

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.INCIDENTS):
            self.reload.request()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        wanted = item.data(IdRole) if item is not None else None
        return next((r for r in self.rows if r["id"] == wanted), None)

    # ---- showing ------------------------------------------------------------------------------
    def _headers(self, scope: int) -> list[str]:
        if scope == RETURNED:
            return [
                self.tr("Title"),
                self.tr("Date"),
                self.tr("Country"),
                self.tr("Returned by"),
                self.tr("Reviewer's comment"),
            ]
        return [
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Country"),
            self.tr("Submitted by"),
            self.tr("Assigned to"),
        ]

    def _show(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        self.rows, self.users = loaded.rows, loaded.users
        keep = (self.selected() or {}).get("id")
        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setHorizontalHeaderLabels(self._headers(loaded.scope))
        self.table.setRowCount(len(self.rows))
        nobody = self.tr("(no one)")
        unknown = self.tr("(not recorded)")
        for i, row in enumerate(self.rows):
            review = row.get("review") or {}
            if loaded.scope == RETURNED:
                last = [review.get("by") or unknown, review.get("comment") or ""]
            else:
                last = [review.get("submitted_by") or unknown, review.get("assignee") or nobody]
            cells = [row["title"], row["occurred_from"], row["country"], *last]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if j == 0:
                    item.setData(IdRole, row["id"])
                if j == 4 and loaded.scope == RETURNED:
                    item.setToolTip(str(text))
                self.table.setItem(i, j, item)
            if row["id"] == keep:
                self.table.selectRow(i)
        self.table.resizeColumnsToContents()
        texts = {
            MINE: self.tr("{n} record(s) waiting for your review."),
            ALL: self.tr("{n} submitted record(s) in this store."),
            RETURNED: self.tr("{n} record(s) returned to you: open one to work on it."),
        }
        none = {
            MINE: self.tr("Nothing is waiting for your review."),
            ALL: self.tr("No record is waiting for review."),
            RETURNED: self.tr("No record was returned to you."),
        }
        self.summary.setText(
            fill(texts[loaded.scope], n=len(self.rows)) if self.rows else none[loaded.scope]
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.selected()
        waiting = row is not None and row.get("status") == "submitted"
        self.open_button.setEnabled(row is not None)
        for button in (self.approve_button, self.return_button, self.assign_button):
            button.setEnabled(waiting and not self._busy)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._shown_generation = self._generation
        if isinstance(exc, UpfrontError):
            self.message.setText(str(exc))
        else:
            self.message.setText(
                fill(
                    self.tr("Could not do it ({kind}); nothing was changed."),
                    kind=type(exc).__name__,
                )
            )
        self._selection_changed()

    # ---- steps --------------------------------------------------------------------------------
    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            self.openIncident.emit(row["id"])

    def _run(self, step: Any, said: str) -> None:
        """Run one review step on the worker; then say it and reload."""
        self._busy = True
        self.message.clear()
        self._selection_changed()
        store = self.store

        def done(_doc: object) -> None:
            self._busy = False
            self.message.setText(said)
            self.decided.emit(said)
            self.load()

        run_in_background(lambda: step(Incidents(store)), done, self._failed, parent=self)

    def _approve(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ApproveDialog(row["title"], self, lang=self.lang)
        if not dialog.exec():  # rejected
            return
        standard, credibility, comment = dialog.values()
        rid = row["id"]
        term = vocabularies().term("verification", standard)
        label = term.label(self.lang) if term is not None else standard
        self._run(
            lambda incidents: incidents.approve(
                rid, standard, credibility=credibility, comment=comment
            ),
            fill(self.tr("Approved “{title}” ({standard})."), title=row["title"], standard=label),
        )

    def _return(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReturnDialog(row["title"], self)
        if not dialog.exec():  # rejected
            return
        rid, text = row["id"], dialog.text()
        self._run(
            lambda incidents: incidents.send_back(rid, text),
            fill(self.tr("Returned “{title}” to its author."), title=row["title"]),
        )

    def _assign(self) -> None:
        row = self.selected()
        if row is None:
            return
        review = row.get("review") or {}
        dialog = AssignDialog(self.users, review.get("assignee"), self)
        if not dialog.exec():  # rejected
            return
        rid, who = row["id"], dialog.value()
        said = (
            fill(self.tr("Assigned “{title}” to {user}."), title=row["title"], user=who)
            if who
            else fill(self.tr("“{title}” is open to any reviewer."), title=row["title"])
        )
        self._run(lambda incidents: incidents.assign(rid, who), said)

"""Tools ▸ Users and passphrases: who may open the store on this computer.

The users are the key file's passphrase slots (app.keyfile); the recovery slot is never one of
them. Adding a user and changing one's own passphrase rewrite only the small key file; removing
a user also replaces the database key (app.rotation), so that the removed passphrase, and any
copy of the key file its owner kept, no longer opens the records. A rotation rewrites the whole
database, so every change runs on the store worker (ui.tasks) behind a busy indication, and
the dialog cannot be closed meanwhile.

A new passphrase follows the same rules, with the same fields and words, as on first run and
after the recovery key (ui.passphrase). A key rotation keeps the recovery key: its slot is
sealed the new database key like every other, so there is no new recovery key to show.

Every refusal is shown under the field concerned and changes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from app import audit
from app import keyfile as kf
from app.errors import BadInput, UpfrontError, WrongPassphrase
from app.store import Store
from app.store_lock import StoreBusy
from ui.failures import failure_message
from ui.passphrase import MAX_NAME, NewPassphraseFields, recovery_key_edit
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    Qt,
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

USER_ROLE = Qt.ItemDataRole.UserRole  # the slot's label on each row of the list


# ---- the work, on the store worker (data in, no widgets) -------------------------------------
def _add_user(store: Store, label: str, passphrase: str) -> str:
    store.add_user(label, passphrase)
    label = kf.check_label(label)
    with store.transaction() as session:
        audit.append(session, store.user, "user.add", "user", label)
    return label


HOLD_WAIT_S = 60.0  # how long a rotation waits for a sync that has just started to end


class SyncInTheWay(Exception):
    """A sync kept its worker lane busy: the key was not rotated, nothing changed."""


class LaneHold:
    """Keeps another worker lane (the Sync page's) idle while the store worker rotates the
    key: a sync writing through the old key while the database file is replaced would lose
    its writes. `hold` runs on that lane and returns once `release` is called; the rotation
    waits for `held` first."""

    def __init__(self) -> None:
        self._held = threading.Event()
        self._released = threading.Event()

    def hold(self) -> None:
        self._held.set()
        self._released.wait()

    def wait_held(self, timeout: float) -> None:
        if not self._held.wait(timeout):
            raise SyncInTheWay()

    def release(self) -> None:
        self._released.set()


def _remove_user(store: Store, label: str, recovery_key: str | None, hold: LaneHold | None) -> str:
    try:
        if hold is not None:
            hold.wait_held(HOLD_WAIT_S)
        store.remove_user(label, recovery_key=recovery_key)
    finally:
        if hold is not None:
            hold.release()
    with store.transaction() as session:
        audit.append(session, store.user, "user.remove", "user", label)
    return label


def _change_passphrase(store: Store, old: str, new: str) -> str:
    store.change_passphrase(old, new)
    return store.user


class UsersDialog(Dialog):
    """The users of `store`, and the three changes: add, remove, change my passphrase.

    `sync_running` says whether a sync is under way on its own worker lane, `sync_lane`; a key
    rotation must not replace the database under a sync, so removing a user is refused while
    one runs, and holds that lane idle while it rotates (a sync due meanwhile waits). Emits
    `changed(message)` after each change, with the sentence also shown in the dialog.
    """

    changed = Signal(str)

    LIST_PAGE, ADD_PAGE, REMOVE_PAGE, PASSPHRASE_PAGE = 0, 1, 2, 3

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        sync_running: Callable[[], bool] = lambda: False,
        sync_lane: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._sync_running = sync_running
        self._sync_lane = sync_lane
        self._removing: str | None = None
        self.setWindowTitle(self.tr("Users and passphrases"))
        self.setMinimumWidth(540)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self._add_page())
        self.pages.addWidget(self._remove_page())
        self.pages.addWidget(self._passphrase_page())

        self.banner = Banner()
        self.busy_indicator = BusyIndicator()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.close_button = QPushButton(self.tr("Close"))  # Escape; Alt+C: current passphrase
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.action_button = QPushButton()
        self.action_button.setDefault(True)
        self.action_button.clicked.connect(self._act)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_indicator)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._fill_users()
        self._show_page(self.LIST_PAGE)

    # ---- pages ---------------------------------------------------------------------------
    def _list_page(self) -> QWidget:
        page = QWidget()
        self.user_list = QListWidget()
        self.user_list.setAccessibleName(self.tr("Users"))
        self.user_list.currentRowChanged.connect(self._selection_changed)
        self.users_message = FieldMessage()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.remove_button = QPushButton(self.tr("&Remove user…"))
        self.passphrase_button = QPushButton(self.tr("Change &my passphrase…"))
        for button, page_index in (
            (self.add_button, self.ADD_PAGE),
            (self.passphrase_button, self.PASSPHRASE_PAGE),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(partial(self._show_page, page_index))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.ask_remove)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addWidget(self.passphrase_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(field(self.user_list, self.users_message), 1)
        row.addLayout(side)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title(self.tr("Users and passphrases")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Each user opens the records on this computer with a passphrase of their "
                    "own, and is named as the author of what they record. The recovery key "
                    "opens the store too; it is not a user and cannot be removed."
                )
            )
        )
        users_label = buddy(self.tr("&Users:"), self.user_list)
        layout.addWidget(users_label)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        return page

    def _add_page(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME + 1)  # one more, so that "too long" can be said
        self.name_message = FieldMessage()
        self.add_fields = NewPassphraseFields(self.name_message)
        self.add_fields.passphrase_edit.textChanged.connect(self.add_fields.strength.set_passphrase)
        self._clear_on_edit(
            (self.name_edit, self.name_message),
            (self.add_fields.passphrase_edit, self.add_fields.passphrase_message),
            (self.add_fields.repeat_edit, self.add_fields.repeat_message),
        )
        form = form_layout()
        form.addRow(
            buddy(self.tr("&Name:"), self.name_edit), field(self.name_edit, self.name_message)
        )
        self.add_fields.add_rows(form, self.tr("&Passphrase:"), self.tr("&Repeat passphrase:"))
        layout = page_layout(
            page,
            self.tr("Add a user"),
            self.tr(
                "The new user types this passphrase to open Upfront on this computer, and "
                "can change it afterwards. Give it to them in person, never by e-mail or "
                "message."
            ),
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _remove_page(self) -> QWidget:
        page = QWidget()
        self.remove_title = title("")
        self.remove_text = paragraph("")
        self.remove_recovery_edit = recovery_key_edit(self.font())
        self.remove_recovery_message = FieldMessage()
        self.remove_recovery_row = QWidget()
        form = form_layout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            buddy(self.tr("Recovery &key:"), self.remove_recovery_edit),
            field(self.remove_recovery_edit, self.remove_recovery_message),
        )
        self.remove_recovery_row.setLayout(form)
        layout = page_layout(page, self.remove_title, self.remove_text)
        layout.addWidget(self.remove_recovery_row)
        layout.addStretch(1)
        return page

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        self.old_edit = secret_edit()
        self.old_message = FieldMessage()
        self.own_name_message = FieldMessage(page)  # no name asked: always the user's own
        self.own_name_message.hide()
        self.new_fields = NewPassphraseFields(self.own_name_message)
        self.new_fields.passphrase_edit.textChanged.connect(self.new_fields.strength.set_passphrase)
        self._clear_on_edit(
            (self.old_edit, self.old_message),
            (self.new_fields.passphrase_edit, self.new_fields.passphrase_message),
            (self.new_fields.repeat_edit, self.new_fields.repeat_message),
        )
        form = form_layout()
        form.addRow(
            buddy(self.tr("&Current passphrase:"), self.old_edit),
            field(self.old_edit, self.old_message),
        )
        self.new_fields.add_rows(form, self.tr("&New passphrase:"), self.tr("&Repeat passphrase:"))
        layout = page_layout(
            page,
            fill(self.tr("Change the passphrase of “{user}”"), user=self.store_user),
            self.tr(
                "From now on only the new passphrase opens Upfront for you. If this "
                "computer remembered you, it forgets you until you choose to be remembered "
                "again."
            ),
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    @staticmethod
    def _clear_on_edit(*pairs: tuple[QLineEdit, FieldMessage]) -> None:
        """A field's error goes as soon as the person edits that field."""
        for edit, message in pairs:
            edit.textEdited.connect(
                lambda _text, m=message: m.show_hint("") if m.is_error else None
            )

    # ---- state ---------------------------------------------------------------------------
    @property
    def store_user(self) -> str:
        return self.store.user if self.store is not None else ""

    def users(self) -> list[str]:
        """The users as the dialog lists them: the key file's passphrase slots as they are now
        (another window may have changed them since unlocking), never the recovery slot."""
        if self.store is None:
            return []
        try:
            return Store.users(self.store.directory)
        except (UpfrontError, OSError):
            return self.store.keys.users()

    def _fill_users(self, select: str | None = None) -> None:
        self.user_list.clear()
        me = self.store_user.casefold()
        for label in self.users():
            text = fill(self.tr("{user} (you)"), user=label) if label.casefold() == me else label
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, label)
            self.user_list.addItem(item)
            if select is not None and label.casefold() == select.casefold():
                self.user_list.setCurrentItem(item)
        self._selection_changed()

    def selected_user(self) -> str | None:
        item = self.user_list.currentItem()
        return str(item.data(USER_ROLE)) if item is not None else None

    def _selection_changed(self, _row: int = -1) -> None:
        self.users_message.show_hint("")
        self._update_buttons()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.banner.clear_message()
        if index != self.LIST_PAGE:
            self.notice.hide()
        target: QWidget
        if index == self.LIST_PAGE:
            self.action_button.hide()
            target = self.user_list
        elif index == self.ADD_PAGE:
            self._clear(self.name_edit, self.add_fields)
            self.name_message.show_hint("")
            self.action_button.setText(self.tr("&Add user"))
            target = self.name_edit
        elif index == self.REMOVE_PAGE:
            self.action_button.setText(self.tr("&Remove and replace the key"))
            target = (
                self.remove_recovery_edit
                if self.remove_recovery_row.isVisibleTo(self)
                else self.back_button
            )
        else:
            self._clear(self.old_edit, self.new_fields)
            self.old_message.show_hint("")
            self.action_button.setText(self.tr("Change pass&phrase"))
            target = self.old_edit
        if index != self.LIST_PAGE:
            self.action_button.show()
        self.back_button.setVisible(index != self.LIST_PAGE)
        self._update_buttons()
        target.setFocus()

    @staticmethod
    def _clear(first: QLineEdit, fields: NewPassphraseFields) -> None:
        for edit in (first, fields.passphrase_edit, fields.repeat_edit):
            edit.clear()
        fields.show({}, user_shown=False)

    def _update_buttons(self) -> None:
        busy = self.busy
        selected = self.selected_user() is not None
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and selected)
        self.passphrase_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.action_button.setEnabled(not busy)

    def _back(self) -> None:
        self._removing = None
        self._show_page(self.LIST_PAGE)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.pages.setEnabled(not busy)
        if busy:
            self.busy_indicator.start(text)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.busy_indicator.stop()
            self.unsetCursor()
        self._update_buttons()

    def _done(self, message: str, select: str | None = None) -> None:
        self._set_busy(False)
        self._removing = None
        self._fill_users(select)
        self._show_page(self.LIST_PAGE)
        self.notice.setText(message)
        self.notice.show()
        self.changed.emit(message)

    # ---- checks --------------------------------------------------------------------------
    def add_problems(self) -> dict[str, str]:
        """What keeps the user from being added, by field: "user", "passphrase", "repeat"."""
        name = self.name_edit.text()
        found = self.add_fields.problems(name)
        if not name.strip():
            found["user"] = self.tr("Enter the new user's name.")
        elif "user" not in found and any(
            name.strip().casefold() == label.casefold() for label in self.users()
        ):
            found["user"] = fill(
                self.tr(
                    "A user named “{user}” already has a passphrase here. Choose another name."
                ),
                user=name.strip(),
            )
        return found

    def passphrase_problems(self) -> dict[str, str]:
        """What keeps the passphrase from being changed, by field: "old", "passphrase",
        "repeat"."""
        found = self.new_fields.problems(self.store_user)
        found.pop("user", None)
        if not self.old_edit.text():
            found["old"] = self.tr("Enter your current passphrase.")
        return found

    def remove_problem(self, label: str) -> str | None:
        """Why `label` cannot be removed from here, or None."""
        users = self.users()
        if len(users) <= 1:
            return self.tr(
                "This is the only user: the store needs at least one. Add another user "
                "first, or use the emergency wipe to destroy the store."
            )
        if label.casefold() == self.store_user.casefold():
            return self.tr(
                "You cannot remove yourself while you are using the store. Another user can "
                "remove you."
            )
        if self._sync_running():
            return self._sync_message()
        return None

    def _sync_message(self) -> str:
        return self.tr(
            "A sync is running. Removing a user replaces the database key, so wait until "
            "the sync ends, then try again."
        )

    # ---- acting --------------------------------------------------------------------------
    def ask_remove(self) -> None:
        """Show why the selected user cannot go, or the confirmation page."""
        label = self.selected_user()
        if label is None or self.busy:
            self.users_message.show_error(self.tr("Select the user to remove."))
            return
        problem = self.remove_problem(label)
        if problem:
            self.users_message.show_error(problem)
            return
        self._removing = label
        self.remove_title.setText(fill(self.tr("Remove “{user}”?"), user=label))
        self.remove_text.setText(
            fill(
                self.tr(
                    "Upfront replaces the database key (a key rotation) as it removes "
                    "“{user}”. Afterwards neither their passphrase nor any copy of the key "
                    "file they may have kept opens the records on this computer. Every other "
                    "user's passphrase and the recovery key go on working as before.\n\n"
                    "The whole database is rewritten, which can take a while for a large "
                    "store; nothing is lost if the computer stops meanwhile."
                ),
                user=label,
            )
        )
        needs_recovery = self._recovery_is_legacy()
        self.remove_recovery_row.setVisible(needs_recovery)
        self.remove_recovery_edit.clear()
        self.remove_recovery_message.show_hint(
            self.tr(
                "Needed once: the recovery key was made by an earlier version of Upfront and "
                "is converted on the way."
            )
            if needs_recovery
            else ""
        )
        self._show_page(self.REMOVE_PAGE)

    def _recovery_is_legacy(self) -> bool:
        slots = self.store.keys.slots if self.store is not None else []
        return any(s.legacy and s.kind == kf.RECOVERY_SLOT for s in slots)

    def _act(self) -> None:
        if self.busy or self.store is None:
            return
        page = self.pages.currentIndex()
        if page == self.ADD_PAGE:
            self._add()
        elif page == self.REMOVE_PAGE:
            self._remove()
        elif page == self.PASSPHRASE_PAGE:
            self._change()

    def _add(self) -> None:
        found = self.add_problems()
        self.add_fields.show(found, user_shown=True)
        for key, message in (
            ("passphrase", self.add_fields.passphrase_message),
            ("repeat", self.add_fields.repeat_message),
        ):
            if key in found:
                message.show_error(found[key])
        if found:
            self._focus_first(
                found,
                (
                    ("user", self.name_edit),
                    ("passphrase", self.add_fields.passphrase_edit),
                    ("repeat", self.add_fields.repeat_edit),
                ),
            )
            return
        assert self.store is not None
        label = self.name_edit.text().strip()
        job = partial(_add_user, self.store, label, self.add_fields.passphrase_edit.text())
        self._set_busy(True, self.tr("Adding the user…"))
        run_in_background(job, self._added, self._add_failed, parent=self)

    def _added(self, label: str) -> None:
        self._clear(self.name_edit, self.add_fields)
        self._done(fill(self.tr("“{user}” can now open Upfront on this computer."), user=label))

    def _add_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, BadInput) and exc.field == "user":
            self.name_message.show_error(exc.reason)
            self.name_edit.setFocus()
        elif isinstance(exc, BadInput) and "passphrase" in exc.field:
            self.add_fields.passphrase_message.show_error(exc.reason)
            self.add_fields.passphrase_edit.setFocus()
        else:
            self.banner.show_error(failure_message(exc))

    def _remove(self) -> None:
        label = self._removing
        if label is None:
            return
        problem = self.remove_problem(label)  # again: a sync may have started meanwhile
        if problem:
            self.banner.show_error(problem)
            return
        recovery: str | None = None
        if self.remove_recovery_row.isVisibleTo(self):
            recovery = self.remove_recovery_edit.text()
            if not kf.normalize_recovery_key(recovery):
                self.remove_recovery_message.show_error(self.tr("Enter the recovery key."))
                self.remove_recovery_edit.setFocus()
                return
        assert self.store is not None
        self._set_busy(True, fill(self.tr("Removing “{user}” and replacing the key…"), user=label))
        hold: LaneHold | None = None
        if self._sync_lane is not None:
            hold = LaneHold()
            run_in_background(hold.hold, lane=self._sync_lane)  # queued before the rotation
        run_in_background(
            partial(_remove_user, self.store, label, recovery, hold),
            self._removed,
            self._remove_failed,
            parent=self,
        )

    def _removed(self, label: str) -> None:
        self.remove_recovery_edit.clear()
        self._done(
            fill(
                self.tr(
                    "“{user}” was removed and the database key replaced. Their passphrase no "
                    "longer opens the records here."
                ),
                user=label,
            )
        )

    def _remove_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if (isinstance(exc, BadInput) and exc.field == "recovery key") or isinstance(
            exc, WrongPassphrase
        ):
            self.remove_recovery_message.show_error(
                self.tr("The recovery key is not correct. Nothing was changed.")
            )
            self.remove_recovery_edit.setFocus()
        elif isinstance(exc, StoreBusy):
            self.banner.show_error(
                self.tr(
                    "Upfront is open in another window or program on this computer. Removing "
                    "a user needs the store to itself: close Upfront there, then try again. "
                    "Nothing was changed."
                )
            )
        elif isinstance(exc, SyncInTheWay):
            self.banner.show_error(self._sync_message())
        elif isinstance(exc, BadInput) and exc.field == "key slots":
            self.banner.show_error(
                self.tr(
                    "Some users' passphrases were set by an earlier version of Upfront and "
                    "have not been used since. Each of them opens Upfront once on this "
                    "computer; then the user can be removed. Nothing was changed."
                )
            )
        else:
            self.banner.show_error(failure_message(exc))
        self._fill_users(self._removing)  # what the key file says now

    def _change(self) -> None:
        found = self.passphrase_problems()
        self.new_fields.show(found, user_shown=False)
        for key, message in (
            ("old", self.old_message),
            ("passphrase", self.new_fields.passphrase_message),
            ("repeat", self.new_fields.repeat_message),
        ):
            if key in found:
                message.show_error(found[key])
            elif key == "old":
                message.show_hint("")
        if found:
            self._focus_first(
                found,
                (
                    ("old", self.old_edit),
                    ("passphrase", self.new_fields.passphrase_edit),
                    ("repeat", self.new_fields.repeat_edit),
                ),
            )
            return
        assert self.store is not None
        job = partial(
            _change_passphrase,
            self.store,
            self.old_edit.text(),
            self.new_fields.passphrase_edit.text(),
        )
        self._set_busy(True, self.tr("Changing the passphrase…"))
        run_in_background(job, self._passphrase_changed, self._change_failed, parent=self)

    def _passphrase_changed(self, user: str) -> None:
        self._clear(self.old_edit, self.new_fields)
        self._done(fill(self.tr("The passphrase of “{user}” was changed."), user=user), select=user)

    def _change_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.old_message.show_error(
                self.tr("The current passphrase is not correct. Nothing was changed.")
            )
            self.old_edit.selectAll()
            self.old_edit.setFocus()
        elif isinstance(exc, BadInput) and "passphrase" in exc.field:
            self.new_fields.passphrase_message.show_error(exc.reason)
            self.new_fields.passphrase_edit.setFocus()
        else:
            self.banner.show_error(failure_message(exc))

    @staticmethod
    def _focus_first(found: dict[str, str], order: tuple[tuple[str, QWidget], ...]) -> None:
        for key, widget in order:
            if key in found:
                widget.setFocus()
                return

    def reject(self) -> None:
        """Closing leaves the store open: it belongs to the main window."""
        if self.busy:
            return
        self.store_released()
        super().reject()

    def store_released(self) -> None:
        """Forget the store (the window is locking or closing); the dialog does nothing more."""
        self.store = None

"""Tools ▸ Users and passphrases, on a real SQLCipher store: add a user (who can then open the
store), remove one (the key is rotated: their passphrase and their old copy of the key file no
longer open it), change my passphrase, the recovery key at the unlock dialog for a user added
here, and each refusal shown under its field with nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import NotOurDatabase, WrongPassphrase
from app.models import AuditEntry
from app.paths import db_path, keyfile_path
from app.store import Store
from tests.ui.conftest import PASSPHRASE, USER, on_worker
from ui.qt import QListWidget, Qt
from ui.unlock import UnlockDialog
from ui.users_dialog import UsersDialog

SLOW = 30_000  # Argon2id at its real cost, on a shared machine
OTHER = "Bashir"
OTHER_PASSPHRASE = "cedar lamp 17 harbour"
NEW_PASSPHRASE = "seven quiet fig trees"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_dialog(qtbot, store: Store, **kwargs) -> UsersDialog:
    dialog = UsersDialog(store, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def listed(dialog: UsersDialog) -> list[str]:
    users: QListWidget = dialog.user_list
    return [users.item(i).text() for i in range(users.count())]


def select_user(dialog: UsersDialog, label: str) -> None:
    for i in range(dialog.user_list.count()):
        if dialog.user_list.item(i).data(Qt.ItemDataRole.UserRole) == label:
            dialog.user_list.setCurrentRow(i)
            return
    raise AssertionError(f"{label} is not listed")


def add_other(qtbot, store: Store) -> None:
    """A second user, added behind the dialog's back (as another window or the CLI would)."""
    on_worker(qtbot, lambda: store.add_user(OTHER, OTHER_PASSPHRASE))


def audit_actions(qtbot, store: Store) -> list[tuple[str, str, str | None]]:
    def read() -> list[tuple[str, str, str | None]]:
        with store.session() as session:
            rows = session.execute(
                select(AuditEntry.actor, AuditEntry.action, AuditEntry.object_id).order_by(
                    AuditEntry.seq
                )
            )
            return [tuple(row) for row in rows]

    return on_worker(qtbot, read)


def test_the_list_shows_the_users_and_never_the_recovery_slot(qtbot, store):
    add_other(qtbot, store)
    dialog = make_dialog(qtbot, store)
    assert listed(dialog) == [f"{USER} (you)", OTHER]
    assert "recovery" not in " ".join(listed(dialog)).casefold()
    assert any(slot.kind == "recovery" for slot in store.keys.slots)  # it is there, unlisted


def test_an_added_user_opens_the_store_with_their_passphrase(qtbot, store, store_dir):
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.add_button)
    assert dialog.pages.currentIndex() == dialog.ADD_PAGE
    qtbot.keyClicks(dialog.name_edit, f"  {OTHER} ")
    qtbot.keyClicks(dialog.add_fields.passphrase_edit, OTHER_PASSPHRASE)
    assert dialog.add_fields.strength.score > 0
    qtbot.keyClicks(dialog.add_fields.repeat_edit, OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=SLOW) as blocker:
        click(qtbot, dialog.action_button)
        assert dialog.busy and dialog.busy_indicator.isVisible()
        assert not dialog.close_button.isEnabled()
        dialog.reject()  # Escape while the key file is written: the dialog stays
        assert dialog.isVisible()
    assert OTHER in blocker.args[0]
    assert dialog.pages.currentIndex() == dialog.LIST_PAGE and not dialog.busy
    assert listed(dialog) == [f"{USER} (you)", OTHER]
    assert dialog.add_fields.passphrase_edit.text() == ""  # not kept in the widget

    opened = opened_as(qtbot, store_dir, OTHER_PASSPHRASE, OTHER)
    assert opened.user == OTHER
    on_worker(qtbot, opened.close)
    assert (USER, "user.add", OTHER) in audit_actions(qtbot, store)


def test_removing_a_user_rotates_the_key_so_their_passphrase_and_old_copy_stop_working(
    qtbot, store, store_dir, tmp_path
):
    add_other(qtbot, store)
    kept = tmp_path / "kept-by-bashir"
    kept.mkdir()
    shutil.copy(keyfile_path(store_dir), kept / "keys.json")  # the copy a leaver may keep
    generation = store.generation

    dialog = make_dialog(qtbot, store)
    select_user(dialog, OTHER)
    click(qtbot, dialog.remove_button)
    assert dialog.pages.currentIndex() == dialog.REMOVE_PAGE
    warning = dialog.remove_text.text()
    assert "replaces the database key" in warning and "key rotation" in warning
    assert "copy of the key file" in warning and OTHER in warning
    assert not dialog.remove_recovery_row.isVisibleTo(dialog)  # a current recovery slot
    with qtbot.waitSignal(dialog.changed, timeout=SLOW) as blocker:
        click(qtbot, dialog.action_button)
        assert dialog.busy and dialog.busy_indicator.isVisible()
    assert "removed" in blocker.args[0]
    assert listed(dialog) == [f"{USER} (you)"]
    assert store.generation == generation + 1

    with pytest.raises(WrongPassphrase):
        opened_as(qtbot, store_dir, OTHER_PASSPHRASE, OTHER)
    # the old key file beside today's database: the removed passphrase opens no key in force
    for suffix in ("", "-wal"):
        source = Path(f"{db_path(store_dir)}{suffix}")
        if source.exists():
            shutil.copy(source, kept / source.name)
    with pytest.raises(NotOurDatabase):
        opened_as(qtbot, kept, OTHER_PASSPHRASE, OTHER)
    # the window's own store goes on under the new key, and so do the others' passphrases
    assert (USER, "user.remove", OTHER) in audit_actions(qtbot, store)
    can_open(qtbot, store_dir, PASSPHRASE, USER)


def opened_as(qtbot, directory: Path, passphrase: str, user: str) -> Store:
    """Store.open on the worker; its exception raised here, on the test's thread."""

    def attempt() -> tuple[bool, object]:
        try:
            return True, Store.open(directory, passphrase, user)
        except Exception as exc:  # handed back to the test
            return False, exc

    ok, outcome = on_worker(qtbot, attempt)
    if not ok:
        assert isinstance(outcome, Exception)
        raise outcome
    assert isinstance(outcome, Store)
    return outcome


def can_open(qtbot, directory: Path, passphrase: str, user: str) -> None:
    on_worker(qtbot, opened_as(qtbot, directory, passphrase, user).close)


def test_changing_my_passphrase(qtbot, store, store_dir):
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.passphrase_button)
    assert dialog.pages.currentIndex() == dialog.PASSPHRASE_PAGE
    qtbot.keyClicks(dialog.old_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.new_fields.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_fields.repeat_edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=SLOW):
        click(qtbot, dialog.action_button)
        assert dialog.busy and dialog.busy_indicator.isVisible()
    assert dialog.pages.currentIndex() == dialog.LIST_PAGE
    can_open(qtbot, store_dir, NEW_PASSPHRASE, USER)
    with pytest.raises(WrongPassphrase):
        opened_as(qtbot, store_dir, PASSPHRASE, USER)


# ---- refusals: each under its field, and nothing changed -------------------------------------
def _key_file(store_dir: Path) -> bytes:
    return keyfile_path(store_dir).read_bytes()


def test_a_wrong_current_passphrase_is_named_and_changes_nothing(qtbot, store, store_dir):
    before = _key_file(store_dir)
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.passphrase_button)
    qtbot.keyClicks(dialog.old_edit, "not my passphrase at all")
    qtbot.keyClicks(dialog.new_fields.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_fields.repeat_edit, NEW_PASSPHRASE)
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=SLOW)
    assert dialog.old_message.is_error and dialog.old_message.isVisible()
    assert "current passphrase is not correct" in dialog.old_message.text()
    assert "Nothing was changed" in dialog.old_message.text()
    assert dialog.pages.currentIndex() == dialog.PASSPHRASE_PAGE
    assert _key_file(store_dir) == before


@pytest.mark.parametrize("page", ["add", "change"])
def test_mismatched_new_passphrases_are_named_and_change_nothing(qtbot, store, store_dir, page):
    before = _key_file(store_dir)
    dialog = make_dialog(qtbot, store)
    if page == "add":
        click(qtbot, dialog.add_button)
        qtbot.keyClicks(dialog.name_edit, OTHER)
        fields = dialog.add_fields
    else:
        click(qtbot, dialog.passphrase_button)
        qtbot.keyClicks(dialog.old_edit, PASSPHRASE)
        fields = dialog.new_fields
    qtbot.keyClicks(fields.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(fields.repeat_edit, NEW_PASSPHRASE + "!")
    click(qtbot, dialog.action_button)
    assert not dialog.busy  # refused before any work was queued
    assert fields.repeat_message.is_error and "do not match" in fields.repeat_message.text()
    assert fields.repeat_edit.hasFocus() or not dialog.isActiveWindow()
    on_worker(qtbot, lambda: None)
    assert _key_file(store_dir) == before and store.keys.users() == [USER]


def test_a_too_short_passphrase_follows_the_first_run_rule(qtbot, store, store_dir):
    before = _key_file(store_dir)
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.add_button)
    qtbot.keyClicks(dialog.name_edit, OTHER)
    qtbot.keyClicks(dialog.add_fields.passphrase_edit, "short")
    qtbot.keyClicks(dialog.add_fields.repeat_edit, "short")
    click(qtbot, dialog.action_button)
    message = dialog.add_fields.passphrase_message
    assert message.is_error and "at least 10 characters" in message.text()
    assert _key_file(store_dir) == before


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (USER.upper(), "already has a passphrase"),
        ("Recovery", "reserved for the recovery key"),
        ("   ", "Enter the new user's name"),
    ],
)
def test_a_name_taken_or_reserved_is_named_and_changes_nothing(
    qtbot, store, store_dir, name, words
):
    before = _key_file(store_dir)
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.add_button)
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.add_fields.passphrase_edit, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.add_fields.repeat_edit, OTHER_PASSPHRASE)
    click(qtbot, dialog.action_button)
    assert not dialog.busy
    assert dialog.name_message.is_error and dialog.name_message.isVisible()
    assert words in dialog.name_message.text()
    assert dialog.pages.currentIndex() == dialog.ADD_PAGE
    qtbot.keyClicks(dialog.name_edit, "x")  # editing the field takes its error away
    assert not dialog.name_message.is_error
    on_worker(qtbot, lambda: None)
    assert _key_file(store_dir) == before


def test_the_last_user_cannot_be_removed(qtbot, store, store_dir):
    before = _key_file(store_dir)
    dialog = make_dialog(qtbot, store)
    select_user(dialog, USER)
    click(qtbot, dialog.remove_button)
    assert dialog.pages.currentIndex() == dialog.LIST_PAGE
    assert dialog.users_message.is_error and "only user" in dialog.users_message.text()
    assert _key_file(store_dir) == before


def test_i_cannot_remove_myself(qtbot, store, store_dir):
    add_other(qtbot, store)
    before, generation = _key_file(store_dir), store.generation
    dialog = make_dialog(qtbot, store)
    select_user(dialog, USER)
    click(qtbot, dialog.remove_button)
    assert dialog.pages.currentIndex() == dialog.LIST_PAGE
    assert "cannot remove yourself" in dialog.users_message.text()
    assert dialog.users_message.is_error
    select_user(dialog, OTHER)  # choosing another clears the message
    assert not dialog.users_message.isVisible()
    assert _key_file(store_dir) == before and store.generation == generation


def test_no_removal_while_a_sync_runs(qtbot, store, store_dir):
    add_other(qtbot, store)
    before = _key_file(store_dir)
    dialog = make_dialog(qtbot, store, sync_running=lambda: True)
    select_user(dialog, OTHER)
    click(qtbot, dialog.remove_button)
    assert "sync is running" in dialog.users_message.text()
    assert _key_file(store_dir) == before


# ---- the forgotten passphrase -----------------------------------------------------------------
def test_a_user_added_here_who_forgets_uses_the_recovery_key_at_unlock(
    qtbot, store, store_dir, recovery_key
):
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.add_button)
    qtbot.keyClicks(dialog.name_edit, OTHER)
    qtbot.keyClicks(dialog.add_fields.passphrase_edit, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.add_fields.repeat_edit, OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=SLOW):
        click(qtbot, dialog.action_button)

    unlock = UnlockDialog(store_dir)
    qtbot.addWidget(unlock)
    unlock.show()
    assert "Use recovery key" in unlock.recovery_link.text()
    unlock.recovery_link.linkActivated.emit("recovery")
    unlock.recovery_edit.setText(recovery_key)
    with qtbot.waitSignal(unlock.recoveryUnlocked, timeout=SLOW):
        click(qtbot, unlock.unlock_button)
    assert unlock.pages.currentIndex() == unlock.RESET_PAGE
    users = [unlock.reset_user_combo.itemText(i) for i in range(unlock.reset_user_combo.count())]
    assert users == [USER, OTHER]  # the recovery slot is nobody's to choose
    unlock.reset_user_combo.setCurrentText(OTHER)
    qtbot.keyClicks(unlock.new_passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(unlock.new_repeat_edit, NEW_PASSPHRASE + "x")
    assert not unlock.unlock_button.isEnabled()  # mismatched: not offered
    assert "do not match" in unlock.new_repeat_message.text()
    unlock.new_repeat_edit.clear()
    qtbot.keyClicks(unlock.new_repeat_edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(unlock.unlocked, timeout=SLOW) as blocker:
        click(qtbot, unlock.unlock_button)
    reopened: Store = blocker.args[0]
    assert reopened.user == OTHER
    on_worker(qtbot, reopened.close)
    can_open(qtbot, store_dir, NEW_PASSPHRASE, OTHER)
    with pytest.raises(WrongPassphrase):
        opened_as(qtbot, store_dir, OTHER_PASSPHRASE, OTHER)


# ---- from the window --------------------------------------------------------------------------
def test_the_window_opens_the_dialog_from_tools_and_lock_closes_it(qtbot, open_window):
    window = open_window()
    tools = [a for a in window.menuBar().actions() if a.text() == "&Tools"][0]
    assert window.users_action in tools.menu().actions()
    window.users_action.trigger()
    dialog = window.users_dialog
    assert isinstance(dialog, UsersDialog) and dialog.isVisible()
    assert listed(dialog) == [f"{USER} (you)"]
    with qtbot.waitSignal(window.locked, timeout=SLOW):
        window.lock()
    assert window.users_dialog is None


# ---- a key file from before rotation --------------------------------------------------------
def test_a_recovery_slot_from_before_rotation_asks_for_the_recovery_key_once(
    qtbot, store_dir, recovery_key
):
    from tests.app.test_rekey import to_v1

    third, third_passphrase = "Carla", "orange kite 88 valley"
    with Store.open(store_dir, PASSPHRASE, USER) as opened:
        opened.add_user(OTHER, OTHER_PASSPHRASE)
        opened.add_user(third, third_passphrase)
    to_v1(
        store_dir,
        {
            USER: PASSPHRASE,
            OTHER: OTHER_PASSPHRASE,
            third: third_passphrase,
            "recovery": recovery_key,
        },
    )
    store = opened_as(qtbot, store_dir, PASSPHRASE, USER)  # converts Amina's slot only
    try:
        dialog = make_dialog(qtbot, store)
        select_user(dialog, OTHER)
        click(qtbot, dialog.remove_button)
        assert dialog.remove_recovery_row.isVisibleTo(dialog)
        assert "earlier version" in dialog.remove_recovery_message.text()
        click(qtbot, dialog.action_button)  # no key typed: refused before any work
        assert not dialog.busy and dialog.remove_recovery_message.is_error
        before = _key_file(store_dir)

        qtbot.keyClicks(dialog.remove_recovery_edit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        click(qtbot, dialog.action_button)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=SLOW)
        assert "recovery key is not correct" in dialog.remove_recovery_message.text()
        assert _key_file(store_dir) == before

        dialog.remove_recovery_edit.setText(recovery_key)
        click(qtbot, dialog.action_button)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=SLOW)
        # Carla has not unlocked since: her slot cannot take the new key yet
        assert "earlier version of Upfront" in dialog.banner.text()
        assert "UPFRONT_" not in dialog.banner.text() and "upfront " not in dialog.banner.text()
        assert store.keys.users() == [USER, OTHER, third]

        can_open(qtbot, store_dir, third_passphrase, third)  # Carla unlocks once
        click(qtbot, dialog.remove_button)
        dialog.remove_recovery_edit.setText(recovery_key)
        with qtbot.waitSignal(dialog.changed, timeout=SLOW):
            click(qtbot, dialog.action_button)
        assert listed(dialog) == [f"{USER} (you)", third]
        with pytest.raises(WrongPassphrase):
            opened_as(qtbot, store_dir, OTHER_PASSPHRASE, OTHER)
    finally:
        on_worker(qtbot, store.close)


def test_a_user_added_elsewhere_meanwhile_is_kept_when_the_window_adds_one(qtbot, store, store_dir):
    """The window's store was unlocked long ago; another window added a user since."""
    elsewhere = opened_as(qtbot, store_dir, PASSPHRASE, USER)
    on_worker(qtbot, lambda: elsewhere.add_user("Carla", "orange kite 88 valley"))
    on_worker(qtbot, elsewhere.close)
    dialog = make_dialog(qtbot, store)
    click(qtbot, dialog.add_button)
    qtbot.keyClicks(dialog.name_edit, OTHER)
    qtbot.keyClicks(dialog.add_fields.passphrase_edit, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.add_fields.repeat_edit, OTHER_PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=SLOW):
        click(qtbot, dialog.action_button)
    assert listed(dialog) == [f"{USER} (you)", "Carla", OTHER]
    assert Store.users(store_dir) == [USER, "Carla", OTHER]


def test_a_sync_due_during_the_rotation_waits_for_it_to_end(qtbot, store, store_dir):
    """The rotation holds the sync lane: work queued there meanwhile (a sync the timer
    started) runs only once the database is under the new key."""
    from ui.tasks import run_in_background

    add_other(qtbot, store)
    generation = store.generation
    dialog = make_dialog(qtbot, store, sync_lane="users-test-sync")
    select_user(dialog, OTHER)
    click(qtbot, dialog.remove_button)
    seen: list[tuple[int, int | None]] = []

    def sync_like() -> None:
        keys = Store.load_keys(store_dir)
        seen.append((keys.generation, keys.pending))

    with qtbot.waitSignal(dialog.changed, timeout=SLOW):
        click(qtbot, dialog.action_button)
        with qtbot.waitCallback(timeout=SLOW) as ran:
            run_in_background(sync_like, ran, lane="users-test-sync")
    assert seen == [(generation + 1, None)]  # after the rotation, never in the middle


def test_no_removal_while_another_window_has_the_store_open(qtbot, store, store_dir):
    add_other(qtbot, store)
    other_window = opened_as(qtbot, store_dir, PASSPHRASE, USER)
    try:
        before, generation = _key_file(store_dir), store.generation
        dialog = make_dialog(qtbot, store)
        select_user(dialog, OTHER)
        click(qtbot, dialog.remove_button)
        click(qtbot, dialog.action_button)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=SLOW)
        assert "open in another window" in dialog.banner.text()
        assert "Nothing was changed" in dialog.banner.text()
        assert listed(dialog) == [f"{USER} (you)", OTHER]
        assert _key_file(store_dir) == before and store.generation == generation
        assert on_worker(qtbot, lambda: _count_audit(store)) > 0  # the store still works
    finally:
        on_worker(qtbot, other_window.close)


def _count_audit(store: Store) -> int:
    with store.session() as session:
        return len(session.scalars(select(AuditEntry.seq)).all())

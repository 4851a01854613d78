"""'Remember on this device' with a real, file-based keyring (keyrings.alt), and without any
keyring at all."""

from __future__ import annotations

import base64
import configparser
import gc
import os
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyrings.alt.file import PlaintextKeyring

from app import remember
from app.errors import AccessDenied, NoKeyringBackend
from app.incidents import Incidents
from app.store import Store
from app.wipe import wipe
from tests.app.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"
DOC = {
    "title": "Shelling of market",
    "occurred_from": "2026-10-03",
    "date_reported": "2026-10-05",
    "location": {"country": "SYR"},
    "violations": [{"type": "killing"}],
}


class FileKeyring(PlaintextKeyring):
    """A real keyring in a file, ranked as an OS keyring would be. Upfront refuses
    keyrings.alt's plaintext file as it comes (priority 0.5): see test below."""

    priority = 1


@pytest.fixture
def use_keyring():
    """Install a keyring backend for one test, then put the previous one back."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.fixture
def file_keyring(tmp_path: Path, use_keyring) -> PlaintextKeyring:
    backend = FileKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    use_keyring(backend)
    return backend


@pytest.fixture
def store_dir(tmp_path: Path) -> tuple[Path, str, str]:
    """A closed store with one incident: (directory, incident id, recovery key)."""
    directory = tmp_path / "data"
    store, recovery = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    with store:
        incident_id = Incidents(store).add(dict(DOC))
    return directory, incident_id, recovery


def _entry(store_id: str, slot_id: str) -> str | None:
    return keyring.get_password(remember.SERVICE, f"{store_id}:{slot_id}")


# ---- with a keyring -------------------------------------------------------------------------
def test_file_keyring_counts_as_available(file_keyring) -> None:
    assert remember.available()


def test_remembered_user_opens_without_passphrase(file_keyring, store_dir) -> None:
    directory, incident_id, _ = store_dir
    with Store.open_and_remember(directory, PASSPHRASE, "amina") as store:
        store_id, slot_id, db_key = store.store_id, store.slot.id, store._db_key
    with Store.open_remembered(directory, "amina") as store:
        assert store.user == "amina"
        assert Incidents(store).get(incident_id)["title"] == "Shelling of market"
    # What is kept is the slot's KEK: neither the passphrase nor the database key.
    stored = _entry(store_id, slot_id)
    assert stored is not None
    assert base64.b64decode(stored) != db_key
    raw = Path(file_keyring.file_path).read_bytes()
    assert PASSPHRASE.encode() not in raw
    assert base64.b64encode(db_key) not in raw and db_key.hex().encode() not in raw


def test_remembered_user_label_is_case_insensitive(file_keyring, store_dir) -> None:
    directory, _, _ = store_dir
    Store.open_and_remember(directory, PASSPHRASE).close()
    with Store.open_remembered(directory, "Amina") as store:
        assert store.user == "amina"


def test_someone_not_remembered_is_refused(file_keyring, store_dir) -> None:
    directory, _, _ = store_dir
    with Store.open(directory, PASSPHRASE) as store:
        store.add_user("bashir", "bashir's own passphrase")
    Store.open_and_remember(directory, PASSPHRASE, "amina").close()
    with pytest.raises(AccessDenied, match="not remembered"):
        Store.open_remembered(directory, "bashir")
    with pytest.raises(AccessDenied):
        Store.open_remembered(directory, "nobody")


def test_changing_the_passphrase_forgets_the_device(file_keyring, store_dir) -> None:
    directory, incident_id, _ = store_dir
    with Store.open_and_remember(directory, PASSPHRASE) as store:
        assert _entry(store.store_id, store.slot.id) is not None
        store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        assert _entry(store.store_id, store.slot.id) is None
    with pytest.raises(AccessDenied):
        Store.open_remembered(directory, "amina")
    with Store.open(directory, NEW_PASSPHRASE) as store:
        assert Incidents(store).get(incident_id)["id"] == incident_id


def test_stale_remembered_key_is_refused_and_forgotten(file_keyring, store_dir) -> None:
    """The slot was re-wrapped behind this keyring's back (recovery key): the kept KEK no
    longer opens it, so it is refused and dropped."""
    directory, _, recovery = store_dir
    with Store.open_and_remember(directory, PASSPHRASE) as store:
        store_id, slot_id = store.store_id, store.slot.id
    Store.load_keys(directory).reset_with_recovery(recovery, "amina", NEW_PASSPHRASE)
    assert _entry(store_id, slot_id) is not None
    with pytest.raises(AccessDenied, match="no longer opens"):
        Store.open_remembered(directory, "amina")
    assert _entry(store_id, slot_id) is None
    Store.open(directory, NEW_PASSPHRASE).close()


def test_wipe_forgets_the_device(file_keyring, store_dir) -> None:
    directory, _, _ = store_dir
    with Store.open(directory, PASSPHRASE) as store:
        store.add_user("bashir", "bashir's own passphrase")
    Store.open_and_remember(directory, PASSPHRASE, "amina").close()
    Store.open_and_remember(directory, "bashir's own passphrase", "bashir").close()
    keys = Store.load_keys(directory)
    names = [f"{keys.store_id}:{slot.id}" for slot in keys.slots if slot.label != "recovery"]
    assert all(keyring.get_password(remember.SERVICE, n) for n in names)

    wipe(directory)

    assert not (directory / "keys.json").exists()
    for name in names:
        assert keyring.get_password(remember.SERVICE, name) is None
    parser = configparser.RawConfigParser()
    parser.read(file_keyring.file_path, encoding="utf-8")
    assert not any(parser.items(section) for section in parser.sections())


def test_wipe_forgets_even_while_the_store_is_open(file_keyring, store_dir) -> None:
    directory, _, _ = store_dir
    store = Store.open_and_remember(directory, PASSPHRASE)
    try:
        wipe(directory)
        assert _entry(store.store_id, store.slot.id) is None
    finally:
        store.close()


# ---- without a keyring ----------------------------------------------------------------------
@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_no_keyring_backend(use_keyring, store_dir, backend) -> None:
    directory, incident_id, _ = store_dir
    use_keyring(backend())
    assert not remember.available()
    with pytest.raises(NoKeyringBackend) as err:
        Store.open_and_remember(directory, PASSPHRASE)
    message = str(err.value)
    assert "passphrase" in message
    assert "still" in message or "keep using" in message, message
    assert err.value.exit_code == 1
    with pytest.raises(AccessDenied):
        Store.open_remembered(directory, "amina")
    with Store.open(directory, PASSPHRASE) as store:
        assert Incidents(store).get(incident_id)["id"] == incident_id
    # forget and wipe need no keyring either.
    remember.forget("store", "slot")
    assert wipe(directory)
    assert not (directory / "keys.json").exists()


def _open_handles(name: str) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if name in target:
            found.append(target)
    return found


def _try_to_remember(directory: Path) -> str:
    try:
        Store.open_and_remember(directory, PASSPHRASE)
    except NoKeyringBackend as err:
        return str(err)
    return ""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_refused_remember_leaves_no_open_database(use_keyring, store_dir) -> None:
    directory, _, _ = store_dir
    use_keyring(keyring.backends.fail.Keyring())
    assert _open_handles(str(directory)) == []
    gc.collect()
    gc.disable()  # only what the code closes counts, not what a collection happens to free
    try:
        message = _try_to_remember(directory)
        assert "passphrase" in message
        assert _open_handles(str(directory)) == []
    finally:
        gc.enable()
        gc.collect()


@pytest.fixture
def unwritable_keyring(tmp_path: Path, use_keyring) -> PlaintextKeyring:
    """A real file keyring whose file cannot be written (its path is a directory)."""
    backend = FileKeyring()
    blocked = tmp_path / "keyring-is-a-directory"
    blocked.mkdir()
    backend.file_path = str(blocked)
    use_keyring(backend)
    return backend


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_keyring_that_cannot_store_leaves_no_open_database(unwritable_keyring, store_dir) -> None:
    directory, incident_id, _ = store_dir
    assert remember.available()
    gc.collect()
    gc.disable()
    try:
        with pytest.raises(Exception):  # noqa: B017 - which error is the next test's concern
            Store.open_and_remember(directory, PASSPHRASE)
        assert _open_handles(str(directory)) == []
    finally:
        gc.enable()
        gc.collect()
    with pytest.raises(AccessDenied):
        Store.open_remembered(directory, "amina")
    with Store.open(directory, PASSPHRASE) as store:
        assert Incidents(store).get(incident_id)["id"] == incident_id


def test_keyring_that_cannot_store_is_reported_as_no_keyring(unwritable_keyring, store_dir) -> None:
    directory, _, _ = store_dir
    with pytest.raises(NoKeyringBackend, match="passphrase"):
        Store.open_and_remember(directory, PASSPHRASE)


def test_a_plaintext_file_keyring_is_not_good_enough(tmp_path: Path, use_keyring) -> None:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "plain.cfg")
    use_keyring(backend)
    assert remember.available() is False

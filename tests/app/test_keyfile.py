"""Key slots: wrapping, several users, recovery, tamper evidence, atomic passphrase change."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import BadInput, KeyFileError, WrongPassphrase
from app.keyfile import KeyFile, normalize_recovery_key
from app.store import Store
from app.wipe import wipe
from tests.app.conftest import FAST_KDF, PASSPHRASE
from tests.conftest import file_bytes


def make(path: Path) -> tuple[KeyFile, bytes, str]:
    return KeyFile.create(path, "amina", PASSPHRASE, FAST_KDF)


def test_slots_wrap_one_random_key(tmp_path):
    keys, db_key, recovery = make(tmp_path / "keys.json")
    keys.save()
    assert len(db_key) == 32
    loaded = KeyFile.load(tmp_path / "keys.json")
    assert loaded.unlock("amina", PASSPHRASE).db_key == db_key
    assert loaded.unlock(None, PASSPHRASE).slot.label == "amina"
    assert loaded.unlock_recovery(recovery) == db_key
    # the key never appears in the file, in any common encoding
    raw = (tmp_path / "keys.json").read_bytes()
    assert db_key.hex().encode() not in raw and db_key not in raw


def test_recovery_key_is_forgiving_about_case_and_separators(tmp_path):
    keys, db_key, recovery = make(tmp_path / "keys.json")
    typed = recovery.lower().replace("-", " ")
    assert normalize_recovery_key(typed) == recovery
    assert keys.unlock_recovery(typed) == db_key


def test_wrong_passphrase_and_unknown_user(tmp_path):
    keys, _, _ = make(tmp_path / "keys.json")
    with pytest.raises(WrongPassphrase):
        keys.unlock("amina", "not the passphrase")
    with pytest.raises(WrongPassphrase):
        keys.unlock("nobody", PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        keys.unlock_recovery("AAAA-BBBB")


def test_each_user_has_own_slot(tmp_path):
    keys, db_key, _ = make(tmp_path / "keys.json")
    keys.save()
    keys.add_user(db_key, "jean", "another long passphrase", FAST_KDF)
    loaded = KeyFile.load(tmp_path / "keys.json")
    assert loaded.users() == ["amina", "jean"]
    assert loaded.unlock("jean", "another long passphrase").db_key == db_key
    with pytest.raises(WrongPassphrase):
        loaded.unlock("jean", PASSPHRASE)  # amina's passphrase does not open jean's slot
    with pytest.raises(BadInput) as err:
        loaded.add_user(db_key, "Jean", "yet another passphrase", FAST_KDF)
    assert err.value.field == "user"
    loaded.remove_user("jean")
    with pytest.raises(BadInput, match="last user"):
        loaded.remove_user("amina")


def test_passphrase_rules(tmp_path):
    with pytest.raises(BadInput) as err:
        KeyFile.create(tmp_path / "k.json", "amina", "short", FAST_KDF)
    assert err.value.field == "passphrase"
    with pytest.raises(BadInput) as err:
        KeyFile.create(tmp_path / "k.json", "recovery", PASSPHRASE, FAST_KDF)
    assert err.value.field == "user"


def test_a_slot_moved_or_edited_does_not_open(tmp_path):
    keys, _, _ = make(tmp_path / "keys.json")
    keys.save()
    raw = json.loads((tmp_path / "keys.json").read_text())
    raw["slots"][0]["label"] = "mallory"  # the header is authenticated data
    (tmp_path / "keys.json").write_text(json.dumps(raw))
    with pytest.raises(WrongPassphrase):
        KeyFile.load(tmp_path / "keys.json").unlock("mallory", PASSPHRASE)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b"{}",
        b'{"format": "upfront-keyfile", "version": 1}',
        b'{"format": "upfront-keyfile", "version": 1, "store_id": "x", "slots": []}',
    ],
)
def test_corrupted_key_file_is_a_clear_error(tmp_path, content):
    path = tmp_path / "keys.json"
    path.write_bytes(content)
    with pytest.raises(KeyFileError, match="keys.json"):
        KeyFile.load(path)


def test_newer_key_file_version_is_refused(tmp_path):
    keys, _, _ = make(tmp_path / "keys.json")
    raw = keys.to_json() | {"version": 99}
    (tmp_path / "keys.json").write_text(json.dumps(raw))
    with pytest.raises(KeyFileError, match="version 99"):
        KeyFile.load(tmp_path / "keys.json")


def test_missing_key_file(tmp_path):
    with pytest.raises(KeyFileError, match="no key file"):
        KeyFile.load(tmp_path / "keys.json")


def test_change_passphrase_rewrites_only_the_key_file(store, data_dir):
    db = data_dir / "upfront.db"
    store.close()  # checkpoint the WAL first, so only the change itself could touch the file
    before = db.read_bytes()
    with Store.open(data_dir, PASSPHRASE) as reopened:
        reopened.change_passphrase(PASSPHRASE, "a brand new passphrase")
        assert file_bytes(db) == before
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, PASSPHRASE)
    Store.open(data_dir, "a brand new passphrase").close()
    assert not list(data_dir.glob(".keys-*"))


def test_change_with_wrong_old_passphrase_changes_nothing(store, data_dir):
    before = (data_dir / "keys.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the passphrase", "a brand new passphrase")
    with pytest.raises(BadInput):
        store.change_passphrase(PASSPHRASE, "short")
    assert (data_dir / "keys.json").read_bytes() == before


CHURN = """
import sys
from pathlib import Path
from app.keyfile import KeyFile
path = Path(sys.argv[1])
a, b = sys.argv[2], sys.argv[3]
current, other = a, b
print("ready", flush=True)
while True:
    keys = KeyFile.load(path)
    keys.change_secret("amina", current, other)
    current, other = other, current
"""


@pytest.mark.slow
def test_killed_mid_change_old_or_new_passphrase_opens(tmp_path):
    """Kill a process that changes the passphrase over and over, at random instants; every
    time, the old or the new passphrase still opens the key file, never neither."""
    path = tmp_path / "keys.json"
    keys, db_key, _ = make(path)
    keys.save()
    other = "the other long passphrase"
    rng = random.Random(1234)
    root = Path(__file__).resolve().parents[2]
    for _ in range(25):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHURN, str(path), PASSPHRASE, other],
            stdout=subprocess.PIPE,
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        try:
            assert proc.stdout.readline().strip() == b"ready"
            time.sleep(rng.uniform(0.0, 0.08))
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.kill()
            proc.wait()
            proc.stdout.close()
        loaded = KeyFile.load(path)  # never a half-written file
        opened = []
        for secret in (PASSPHRASE, other):
            try:
                opened.append(loaded.unlock("amina", secret).db_key)
            except WrongPassphrase:
                pass
        assert opened == [db_key], "exactly one of old/new must open the store's key"
    # leftover temp files from killed writers do not get in the way, and are cleaned up
    keys = KeyFile.load(path)
    keys.save()
    assert not list(tmp_path.glob(".keys-*"))


# ---- leftovers of an interrupted write (the issue: wipe left a complete key file behind) ------
def leave_interrupted_write(data_dir: Path) -> Path:
    """What a writer killed between writing its temporary file and renaming it leaves: a
    complete key file under the temporary name."""
    leftover = data_dir / ".keys-0123456789abcdef.tmp"
    leftover.write_bytes((data_dir / "keys.json").read_bytes())
    return leftover


def test_wipe_destroys_leftover_key_files(store, data_dir, tmp_path):
    store.close()
    leftover = leave_interrupted_write(data_dir)
    outside = tmp_path / "not-ours.txt"
    outside.write_text("someone else's file")
    (data_dir / ".keys-link.tmp").symlink_to(outside)  # hostile: never written through
    (data_dir / ".keys-dir.tmp").mkdir()  # hostile: not a file, wipe goes on
    from app.wipe import wipe

    removed = wipe(data_dir)
    assert leftover in removed
    assert not leftover.exists() and not (data_dir / ".keys-link.tmp").is_symlink()
    assert outside.read_text() == "someone else's file"
    assert not any(p.is_file() for p in data_dir.glob(".keys-*"))
    with pytest.raises(KeyFileError):
        KeyFile.load(data_dir / "keys.json")


def test_opening_the_store_destroys_leftover_key_files(store, data_dir):
    store.close()
    leftover = leave_interrupted_write(data_dir)
    Store.open(data_dir, PASSPHRASE).close()
    assert not leftover.exists()


@pytest.mark.slow
def test_wipe_after_killed_passphrase_changes_leaves_no_key_file(tmp_path):
    """Real leftovers: writers killed at random instants, then wipe."""
    path = tmp_path / "keys.json"
    keys, _, _ = make(path)
    keys.save()
    rng = random.Random(99)
    root = Path(__file__).resolve().parents[2]
    for _ in range(10):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHURN, str(path), PASSPHRASE, "the other long passphrase"],
            stdout=subprocess.PIPE,
            cwd=root,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        try:
            assert proc.stdout.readline().strip() == b"ready"
            time.sleep(rng.uniform(0.0, 0.05))
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.kill()
            proc.wait()
            proc.stdout.close()
    from app.wipe import wipe

    wipe(tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".keys-", "keys"))]


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_wipe_goes_on_past_a_key_file_that_is_not_a_file(store, data_dir, kind):
    """A folder or a pipe named keys.json holds no key: wipe never opens it (a pipe would
    hang it), destroys everything else, and says what it left, naming the file (exit 2)."""
    store.close()
    key_file = data_dir / "keys.json"
    key_file.unlink()
    key_file.mkdir() if kind == "folder" else os.mkfifo(key_file)
    with pytest.raises(BadInput) as err:
        wipe(data_dir)
    assert err.value.field == str(key_file) and "left as it is" in err.value.reason
    assert not (data_dir / "upfront.db").exists()


def test_wipe_never_overwrites_what_a_planted_link_points_to(store, data_dir, tmp_path):
    store.close()
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"not a key")
    key_file = data_dir / "keys.json"
    key_file.unlink()
    key_file.symlink_to(precious)
    wipe(data_dir)
    assert precious.read_bytes() == b"not a key" and not os.path.lexists(key_file)

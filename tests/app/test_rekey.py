"""Key rotation: `upfront rekey`, rotation on `user remove`, and a kill -9 at any instant.

Regression tests for the issue use only what the command line offered before (so they could
run, and fail, against the code before rotation existed)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.errors import BadInput, WrongPassphrase
from app.incidents import Incidents
from app.keyfile import KeyFile
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE, incident_doc

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
JEAN = "jean's own long passphrase"


def db_opens(directory: Path, key: bytes) -> bool:
    """Whether `key` opens the database in `directory` (read only, a raw connection)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(directory / "upfront.db"))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is expected here
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.execute("PRAGMA cipher_log_level = WARN")
        conn.close()


def all_keys(keyfile: Path, label: str, secret: str) -> dict:
    """Every database key the slot holds, by generation (a v1 file: its one key)."""
    keys = KeyFile.load(keyfile)
    slot = keys.slot(label)
    kek = keys.derive_kek(slot, secret)
    if hasattr(keys, "open_slot"):
        return keys.open_slot(slot, kek)
    return {0: keys.unwrap(slot, kek)}


def cli(data_dir: Path, *argv: str, **env: str) -> int:
    old = dict(os.environ)
    os.environ.update({"UPFRONT_PASSPHRASE": PASSPHRASE, **env})
    try:
        return main(["--data-dir", str(data_dir), *argv])
    finally:
        os.environ.clear()
        os.environ.update(old)


def snapshot(directory: Path, name: str) -> Path:
    copy = directory.parent / name
    shutil.copytree(directory, copy)
    return copy


# ---- regression tests (the issue) --------------------------------------------------------------
def test_user_remove_leaves_an_old_key_file_copy_unable_to_open_the_database(store, data_dir):
    store.add_user("jean", JEAN)
    Incidents(store).add(incident_doc())
    store.close()
    old_keys = data_dir.parent / "keys-before.json"
    shutil.copy(data_dir / "keys.json", old_keys)
    assert cli(data_dir, "user", "remove", "jean") == 0
    for label, secret in (("jean", JEAN), ("amina", PASSPHRASE)):
        for key in all_keys(old_keys, label, secret).values():
            assert not db_opens(data_dir, key), f"{label}'s slot in the old copy still opens"
    with pytest.raises(WrongPassphrase):
        Store.open(data_dir, JEAN, "jean")
    with Store.open(data_dir, PASSPHRASE) as reopened:
        assert Incidents(reopened).count() == 1


def test_rekey_command_replaces_the_key_and_keeps_every_record(store, data_dir):
    ids = [Incidents(store).add(incident_doc(title=f"Incident {i}")) for i in range(30)]
    store.close()
    before = snapshot(data_dir, "backup")
    old = all_keys(data_dir / "keys.json", "amina", PASSPHRASE)
    assert cli(data_dir, "rekey") == 0
    new = all_keys(data_dir / "keys.json", "amina", PASSPHRASE)
    assert len(new) == 1 and set(new.values()).isdisjoint(old.values())
    assert not any(db_opens(data_dir, key) for key in old.values())
    with Store.open(data_dir, PASSPHRASE) as reopened:
        assert Incidents(reopened).count() == 30
        for incident_id in ids:
            assert Incidents(reopened).get(incident_id)["id"] == incident_id
    # copies taken before the rotation stay readable with the keys of then
    with Store.open(before, PASSPHRASE) as copy:
        assert Incidents(copy).count() == 30
    assert sorted(p.name for p in data_dir.iterdir()) == [
        ".upfront.lock",
        "keys.json",
        "upfront.db",
        "upfront.log",
    ]


# ---- the rotation ------------------------------------------------------------------------------
def test_every_slot_opens_the_new_key_without_anyone_elses_passphrase(data_dir):
    from app.store import Store as S

    store, recovery = S.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    store.add_user("jean", JEAN)
    Incidents(store).add(incident_doc())
    store.rekey()
    store.rekey()
    store.close()
    keys = KeyFile.load(data_dir / "keys.json")
    assert keys.generation == 2 and keys.pending is None
    assert all(slot.generations() == {2} for slot in keys.slots)  # old keys dropped
    for opener in (
        lambda: S.open(data_dir, JEAN, "jean"),
        lambda: S.open(data_dir, PASSPHRASE),
        lambda: S.open_with_recovery(data_dir, recovery),
    ):
        with opener() as reopened:
            assert Incidents(reopened).count() == 1
    raw = (data_dir / "keys.json").read_bytes()
    for key in all_keys(data_dir / "keys.json", "amina", PASSPHRASE).values():
        assert key not in raw and key.hex().encode() not in raw
        assert base64.b64encode(key) not in raw


def test_a_changed_passphrase_and_an_old_copy_open_nothing_after_rekey(store, data_dir):
    old_copy = data_dir.parent / "old-keys.json"
    shutil.copy(data_dir / "keys.json", old_copy)
    store.change_passphrase(PASSPHRASE, "a brand new passphrase")
    store.rekey()
    store.close()
    for key in all_keys(old_copy, "amina", PASSPHRASE).values():
        assert not db_opens(data_dir, key)
    Store.open(data_dir, "a brand new passphrase").close()


def test_rekey_refuses_while_another_process_has_the_store_open(store, data_dir):
    from app.store_lock import StoreBusy

    Incidents(store).add(incident_doc())
    store.add_user("jean", JEAN)
    before = (data_dir / "keys.json").read_bytes()
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from app.store import Store\n"
            f"s = Store.open(Path(sys.argv[1]), {PASSPHRASE!r})\nprint('open', flush=True)\n"
            "time.sleep(60)",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert other.stdout.readline().strip() == b"open"
        with pytest.raises(StoreBusy, match="another Upfront"):
            store.rekey()
        with pytest.raises(StoreBusy):
            store.remove_user("jean")
        assert (data_dir / "keys.json").read_bytes() == before
        assert Incidents(store).count() == 1  # still open and working
    finally:
        other.kill()
        other.wait()
        other.stdout.close()
    store.rekey()  # once the other process is gone
    assert Incidents(store).count() == 1


def test_remove_user_errors_name_the_field_and_change_nothing(store, data_dir):
    before = (data_dir / "keys.json").read_bytes()
    for name in ("nobody", "recovery", "amina"):  # unknown, not a user, the last user
        with pytest.raises(BadInput) as err:
            store.remove_user(name)
        assert err.value.field == "user" and name not in str(err.value)
    assert (data_dir / "keys.json").read_bytes() == before
    assert cli(data_dir, "user", "remove", "nobody") == 2


def test_wrong_passphrase_for_rekey_is_exit_3(store, data_dir):
    store.close()
    assert cli(data_dir, "rekey", UPFRONT_PASSPHRASE="not the passphrase") == 3


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(["add", "remove", "rekey", "passwd", "write"]), min_size=1, max_size=8)
)
def test_any_sequence_of_slot_changes_keeps_records_users_and_only_the_last_key(
    tmp_path_factory, ops
):
    directory = tmp_path_factory.mktemp("seq") / "data"
    store, recovery = Store.create(directory, "amina", PASSPHRASE, kdf=FAST_KDF)
    users = {"amina": PASSPHRASE}
    removed: dict[str, str] = {}
    keys_in_force = [store._db_key]
    written = 0
    try:
        for i, op in enumerate(ops):
            if op == "add":
                users[f"user{i}"] = f"passphrase number {i}"
                store.add_user(f"user{i}", users[f"user{i}"])
            elif op == "remove" and len(users) > 1:
                name = sorted(n for n in users if n != "amina")[0]
                store.remove_user(name)
                removed[name] = users.pop(name)
            elif op == "rekey":
                store.rekey()
            elif op == "passwd":
                store.change_passphrase(users["amina"], f"amina's passphrase {i}")
                users["amina"] = f"amina's passphrase {i}"
            elif op == "write":
                Incidents(store).add(incident_doc())
                written += 1
            keys_in_force.append(store._db_key)
    finally:
        store.close()
    for name, secret in users.items():
        with Store.open(directory, secret, name) as reopened:
            assert Incidents(reopened).count() == written
    with Store.open_with_recovery(directory, recovery) as reopened:
        assert reopened._db_key == keys_in_force[-1]
    for name, secret in removed.items():
        with pytest.raises(WrongPassphrase):
            Store.open(directory, secret, name)
    for key in set(keys_in_force):
        assert db_opens(directory, key) == (key == keys_in_force[-1])


# ---- kill -9 at random instants -----------------------------------------------------------------
KILLS = 50  # every run: half at any instant, half aimed inside a rotation
IN_ROTATION = 10  # kills that must land while the key file holds a pending rotation
MAX_KILLS = 150  # aimed kills go on past KILLS until IN_ROTATION landed, up to this many


@pytest.mark.slow
def test_killed_at_any_instant_exactly_one_key_opens_a_complete_store(store, data_dir):
    """A worker process writes an incident, then rotates the key, over and over; it is killed
    with SIGKILL at a random instant, at least 50 times. Each time: exactly one of the keys the
    key file holds opens the database, no key from before opens it, every incident the worker
    reported committed is there, and the next open finishes or rolls back the rotation.

    Half the kills come at any instant up to 0.5 s after the worker is ready; the other half at
    a random instant inside a rotation the worker reported under way (drawn within the duration
    it measured for its previous one), so how many land inside a rotation does not depend on the
    speed of the machine. At least IN_ROTATION must (more aimed kills are made until they have,
    up to MAX_KILLS)."""
    Incidents(store).add_many([incident_doc(title=f"Seed {i}") for i in range(300)])
    store.close()
    rng = random.Random(20261203)
    committed: set[str] = set()
    seen_keys: set[bytes] = set(all_keys(data_dir / "keys.json", "amina", PASSPHRASE).values())
    states = {
        "pending": 0,
        "copy left": 0,
        "settled": 0,
        "rolled forward": 0,
        "rolled back": 0,
        "aimed": 0,
        "aimed in rotation": 0,
    }
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "app" / "rekey_child.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    worker = None
    kills = 0
    try:
        assert server.stdout.readline().strip() == b"ready"
        while kills < KILLS or (states["pending"] < IN_ROTATION and kills < MAX_KILLS):
            out = data_dir.parent / f"worker-{kills}.txt"
            server.stdin.write(f"go {data_dir} {out}\n".encode())
            server.stdin.flush()
            pid = worker = int(server.stdout.readline())
            deadline = time.monotonic() + 30
            wait_for(out, lambda lines: ["ready"] in lines, deadline, "the worker did not start")
            aimed = kills % 2 == 1 or kills >= KILLS
            if aimed:
                sleep_into_a_rotation(out, rng, deadline)
            else:
                time.sleep(rng.uniform(0.0, 0.5))
            os.kill(pid, signal.SIGKILL)
            while True:  # gone (reaped) once kill(pid, 0) fails
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.002)
            worker = None
            kills += 1
            committed.update(
                line[0] for line in worker_lines(out) if len(line) == 1 and line != ["ready"]
            )
            pending_before = states["pending"]
            check_after_kill(data_dir, seen_keys, committed, states, rng)
            states["aimed"] += aimed
            states["aimed in rotation"] += aimed and states["pending"] > pending_before
    finally:
        if worker is not None:  # a failure between its start and its kill
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker, signal.SIGKILL)
        server.kill()
        server.wait()
        server.stdin.close()
        server.stdout.close()
    print(
        f"{kills} kills, states: {states}; {len(committed)} incidents written; "
        f"{time.monotonic() - started:.1f} s"
    )
    assert states["pending"] >= IN_ROTATION, (
        f"only {states['pending']} of {kills} kills landed inside a rotation: {states}"
    )
    with Store.open(data_dir, PASSPHRASE) as reopened:  # at most one unreported per kill
        assert 300 + len(committed) <= Incidents(reopened).count() <= 300 + kills + len(committed)


def worker_lines(out: Path) -> list[list[str]]:
    """The worker's complete lines so far (see rekey_child.py), each split into words."""
    try:
        text = out.read_text()
    except FileNotFoundError:
        return []
    return [line.split() for line in text.splitlines(keepends=True) if line.endswith("\n")]


def wait_for(out: Path, done, deadline: float, message: str) -> list[list[str]]:
    while not done(lines := worker_lines(out)):
        assert time.monotonic() < deadline, message
        time.sleep(0.002)
    return lines


def sleep_into_a_rotation(out: Path, rng: random.Random, deadline: float) -> None:
    """Return at a random instant while the worker's key file holds a pending rotation: once
    the worker has reported a whole rotation (`begin`, `end`: its duration under the machine's
    present load), wait for the next `begin` and sleep to a point drawn uniformly within that
    duration after it. A point already past when the `begin` is seen (this process was slow to
    look) is given up for the next rotation's, so a busy machine does not bunch the kills at the
    start; after 20 such, return at once."""
    used = 0  # `begin` lines already aimed at (or passed over)

    def rotations(lines: list[list[str]]) -> list[tuple[float, float | None]]:
        marks = [line for line in lines if line[0] in ("begin", "end")]
        spans = []
        for i, mark in enumerate(marks):
            if mark[0] == "begin":
                after = marks[i + 1] if i + 1 < len(marks) else None
                end = float(after[1]) if after is not None and after[0] == "end" else None
                spans.append((float(mark[1]), end))
        return spans

    for _ in range(20):
        lines = wait_for(
            out,
            lambda lines, used=used: (
                len(rotations(lines)) > max(used, 1) and rotations(lines)[0][1] is not None
            ),
            deadline,
            "the worker rotated no key",
        )
        spans = rotations(lines)
        used = len(spans)
        begin = spans[-1][0]
        duration = next(end - start for start, end in reversed(spans[:-1]) if end is not None)
        target = begin + rng.uniform(0.0, duration)
        if time.monotonic() < target:
            time.sleep(target - time.monotonic())
            return


def check_after_kill(data_dir, seen_keys, committed, states, rng) -> None:
    # the key file is whole; the database is opened by exactly one of its keys
    keys = KeyFile.load(data_dir / "keys.json")
    held = all_keys(data_dir / "keys.json", "amina", PASSPHRASE)
    states["pending" if keys.pending is not None else "settled"] += 1
    states["copy left"] += (data_dir / "upfront.db.rekey").exists()
    opening = [g for g, key in held.items() if db_opens(data_dir, key)]
    assert len(opening) == 1, f"keys opening the database: {opening} of {sorted(held)}"
    if keys.pending is not None:  # killed before (back) or after (forward) the copy's rename
        states["rolled forward" if opening == [keys.pending] else "rolled back"] += 1
    for key in seen_keys - set(held.values()):
        assert not db_opens(data_dir, key), "a key dropped from the key file still opens"
    seen_keys.update(held.values())
    # the next open settles the rotation; nothing committed is lost
    with Store.open(data_dir, PASSPHRASE) as reopened:
        assert Incidents(reopened).count() >= 300 + len(committed)
        for incident_id in rng.sample(sorted(committed), min(5, len(committed))):
            Incidents(reopened).get(incident_id)
        seen_keys.add(reopened._db_key)
    keys = KeyFile.load(data_dir / "keys.json")
    assert keys.pending is None
    assert not (data_dir / "upfront.db.rekey").exists()
    assert not list(data_dir.glob(".keys-*"))


# ---- key files from before rotation ------------------------------------------------------------
def to_v1(directory: Path, secrets_by_label: dict[str, str]) -> None:
    """Rewrite a new store's key file as Upfront wrote it before rotation existed (format
    version 1: each slot wraps the database key itself under its KEK)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.keyfile import Slot

    keys = KeyFile.load(directory / "keys.json")
    slots = []
    for slot in keys.slots:
        kek = keys.derive_kek(slot, secrets_by_label[slot.label])
        db_key = keys.open_slot(slot, kek)[keys.generation]
        legacy = Slot(
            id=slot.id,
            label=slot.label,
            kind=slot.kind,
            kdf=slot.kdf,
            salt=slot.salt,
            nonce=os.urandom(12),
            wrapped=b"",
            created_at=slot.created_at,
        )
        legacy = Slot(
            **{
                **legacy.__dict__,
                "wrapped": AESGCM(kek).encrypt(legacy.nonce, db_key, legacy.aad(keys.store_id)),
            }
        )
        slots.append(legacy.to_json())
    (directory / "keys.json").write_text(
        json.dumps(
            {"format": "upfront-keyfile", "version": 1, "store_id": keys.store_id, "slots": slots}
        )
    )


def test_a_key_file_from_before_rotation_opens_and_converts_slot_by_slot(data_dir):
    store, recovery = Store.create(data_dir, "amina", PASSPHRASE, kdf=FAST_KDF)
    store.add_user("jean", JEAN)
    Incidents(store).add(incident_doc())
    store.close()
    to_v1(data_dir, {"amina": PASSPHRASE, "jean": JEAN, "recovery": recovery})
    with Store.open(data_dir, PASSPHRASE, "amina") as reopened:
        assert Incidents(reopened).count() == 1
        assert sorted(s.label for s in reopened.keys.legacy_slots()) == ["jean", "recovery"]
        with pytest.raises(BadInput) as err:
            reopened.rekey()
        assert err.value.field == "key slots" and "jean" not in str(err.value)
        assert "1 user slot" in str(err.value) and "recovery" in str(err.value)
    Store.open(data_dir, JEAN, "jean").close()  # jean's slot converts as jean unlocks
    with Store.open(data_dir, PASSPHRASE, "amina") as reopened:
        with pytest.raises(BadInput, match="recovery key"):
            reopened.rekey()
        with pytest.raises(WrongPassphrase):
            reopened.rekey(recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        reopened.rekey(recovery_key=recovery)
        assert not reopened.keys.legacy_slots()
    for opener in (
        lambda: Store.open(data_dir, JEAN, "jean"),
        lambda: Store.open_with_recovery(data_dir, recovery),
    ):
        with opener() as reopened:
            assert Incidents(reopened).count() == 1


def test_a_store_from_the_first_release_opens_and_its_user_removal_asks_for_recovery(tmp_path):
    directory = tmp_path / "store-0001"
    shutil.copytree(FIXTURES / "store-0001", directory)
    with Store.open(directory, "fixture passphrase 0001", "fixture-officer") as opened:
        assert opened.keys.slot("fixture-officer").legacy is False  # converted on opening
        opened.add_user("second", JEAN)
    assert (
        cli(
            directory,
            "user",
            "remove",
            "second",
            UPFRONT_PASSPHRASE="fixture passphrase 0001",
            UPFRONT_RECOVERY_KEY="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
        )
        == 3
    )
    assert KeyFile.load(directory / "keys.json").users() == ["fixture-officer", "second"]

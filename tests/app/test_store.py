"""The encrypted store: opening, refusing what is not ours, no plaintext on disk, wipe."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from app.attachments import Attachments
from app.errors import KeyFileError, NotOurDatabase, StoreExists, StoreMissing, WrongPassphrase
from app.incidents import Incidents
from app.schema.revision import head_revision
from app.store import Store
from app.wipe import wipe
from tests.app.conftest import FAST_KDF, PASSPHRASE, PROC_IO, bytes_written, incident_doc
from tests.conftest import file_bytes


def all_bytes(directory: Path) -> dict[Path, bytes]:
    return {p: file_bytes(p) for p in directory.rglob("*") if p.is_file()}


def test_create_then_open(store, data_dir):
    assert store.user == "amina"
    assert store.schema_revision() == head_revision()
    assert store.cipher_version().startswith("4.")
    store.close()
    with Store.open(data_dir, PASSPHRASE) as again:
        assert again.store_id == store.store_id


def test_create_refuses_an_existing_store(store, data_dir):
    with pytest.raises(StoreExists):
        Store.create(data_dir, "jean", PASSPHRASE, kdf=FAST_KDF)


def test_open_without_a_store(data_dir):
    with pytest.raises(StoreMissing, match="no Upfront store") as err:
        Store.open(data_dir, PASSPHRASE)
    assert "upfront" not in str(err.value).replace("Upfront store", "")
    assert "upfront init" in (err.value.hint or "")


def test_wrong_passphrase_changes_nothing(store, data_dir):
    store.close()
    before = all_bytes(data_dir)
    with pytest.raises(WrongPassphrase) as err:
        Store.open(data_dir, "not the passphrase")
    assert err.value.exit_code == 3
    assert all_bytes(data_dir) == before


def test_database_is_not_readable_as_plain_sqlite(store, data_dir):
    store.close()
    assert not file_bytes(data_dir / "upfront.db").startswith(b"SQLite format 3")
    conn = sqlite3.connect(data_dir / "upfront.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_a_database_that_is_not_ours(store, data_dir, tmp_path):
    store.close()
    (data_dir / "upfront.db").write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(NotOurDatabase, match="cannot be opened"):
        Store.open(data_dir, PASSPHRASE)


def test_a_database_from_another_store(store, data_dir, tmp_path):
    store.close()
    other_dir = tmp_path / "other"
    Store.create(other_dir, "jean", PASSPHRASE, kdf=FAST_KDF)[0].close()
    shutil.copy(other_dir / "upfront.db", data_dir / "upfront.db")
    with pytest.raises(NotOurDatabase):
        Store.open(data_dir, PASSPHRASE)


def test_missing_key_file(store, data_dir):
    store.close()
    (data_dir / "keys.json").unlink()
    with pytest.raises(KeyFileError, match="no key file"):
        Store.open(data_dir, PASSPHRASE)


def test_no_plaintext_of_a_record_reaches_disk(store, data_dir):
    """A unique narrative, victim name and attachment text are in no file under the data
    directory: not in the database, its WAL or shared memory, nor anywhere else."""
    marker = uuid.uuid4().hex
    narrative = f"NARRATIVE-{marker} the checkpoint guards beat the detainees"
    victim = f"Victim-{marker}-Name"
    incidents = Incidents(store)
    incident_id = incidents.add(
        incident_doc(
            narrative=narrative,
            victims=[{"name": victim, "sex": "male", "age_group": "adult", "protected": True}],
        )
    )
    incidents.edit(incident_id, {"title": f"Title-{marker}"})
    Attachments(store).add(incident_id, f"ATTACHMENT-{marker}".encode() * 100, "statement.txt")
    assert incidents.get(incident_id)["narrative"] == narrative  # it really is stored

    def leaks() -> list[str]:
        found = []
        for path, content in all_bytes(data_dir).items():
            for needle in (marker, narrative, victim):
                for encoded in (needle.encode(), needle.encode("utf-16-le")):
                    if encoded in content:
                        found.append(f"{path.name}: {needle[:12]}")
        return found

    assert (data_dir / "upfront.db-wal").exists()  # the WAL is checked while it holds data
    assert leaks() == []
    store.close()
    assert leaks() == []


def test_temp_storage_stays_in_memory(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY


def test_failed_migration_or_command_leaves_nothing_half_written(store):
    incidents = Incidents(store)
    incidents.add(incident_doc())
    with pytest.raises(Exception, match="boom"):
        with store.transaction() as session:
            session.execute(text("DELETE FROM victims"))
            session.execute(text("CREATE TABLE half_written (x)"))  # DDL is transactional too
            raise RuntimeError("boom")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM victims")).scalar() == 1
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert "half_written" not in tables


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux /proc/self/io")
def test_wipe_is_a_fast_crypto_erase(store, data_dir, tmp_path):
    """Fast because it overwrites the key file, never the database: what it writes does not
    grow with the store (a timed assertion would fail on a busy machine; bench/store.py
    times it)."""
    incidents = Incidents(store)
    for _ in range(300):
        incidents.add(incident_doc())
    store.close()
    size = (data_dir / "upfront.db").stat().st_size
    assert size > 256 * 1024  # large enough that overwriting it would show
    copy = tmp_path / "copy-of-db"
    shutil.copy(data_dir / "upfront.db", copy)  # e.g. a backup the adversary already has
    before = bytes_written()
    removed = wipe(data_dir)
    written = bytes_written() - before
    assert written < size / 4, f"wipe wrote {written} bytes for a {size}-byte database"
    assert {p.name for p in removed} >= {"keys.json", "upfront.db"}
    assert not (data_dir / "keys.json").exists() and not (data_dir / "upfront.db").exists()
    # the copy cannot be opened any more: its only key was wrapped in the destroyed key file
    shutil.copy(copy, data_dir / "upfront.db")
    with pytest.raises(KeyFileError):
        Store.open(data_dir, PASSPHRASE)


def test_wipe_of_nothing(tmp_path):
    assert wipe(tmp_path / "nothing-here") == []

"""Attachments on a real SQLCipher store: the intake hash, the chain of custody, export, and
that no plaintext of an attachment ever reaches a file in the data directory."""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit
from app.attachments import Attachments
from app.errors import BadInput, NotFound, UpfrontError
from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE

DOC = {
    "title": "Shelling of market", "occurred_from": "2026-10-03", "date_reported": "2026-10-05",
    "location": {"country": "SYR", "admin1": "rif dimashq", "place": "Central market"},
    "confidentiality": "un", "violations": [{"type": "killing", "victims_count": 4}],
}


@pytest.fixture
def store(tmp_path: Path):
    opened, _recovery = Store.create(tmp_path / "data", "amina", PASSPHRASE, kdf=FAST_KDF)
    yield opened
    opened.close()


@pytest.fixture
def incident_id(store: Store) -> str:
    return Incidents(store).add(dict(DOC))


def _audit_actions(store: Store) -> list[tuple[str, str | None]]:
    with store.session() as session:
        return [(e.action, e.object_id) for e in
                session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def _audit_intact(store: Store) -> bool:
    with store.session() as session:
        return not audit.verify(session)[1]


# ---- intake, view, export -------------------------------------------------------------------
def test_add_takes_the_sha256_of_the_original(store: Store, incident_id: str) -> None:
    content = os.urandom(200_000)
    meta = Attachments(store).add(incident_id, content, "photo.jpg")
    assert meta["sha256"] == hashlib.sha256(content).hexdigest()
    assert meta["size"] == len(content)
    assert meta["incident_id"] == incident_id
    assert meta["filename"] == "photo.jpg"
    assert meta["media_type"] == "image/jpeg"
    assert meta["captured_by"] == "amina"
    assert Attachments(store).list(incident_id) == [meta]
    assert ("attachment.add", meta["id"]) in _audit_actions(store)
    assert _audit_intact(store)


def test_intake_is_the_first_custody_event(store: Store, incident_id: str) -> None:
    content = b"statement of witness 1"
    meta = Attachments(store).add(incident_id, content, "statement.txt",
                                  captured_by="field team 2")
    assert meta["captured_by"] == "field team 2"
    events = Attachments(store).custody(meta["id"])
    assert [e["action"] for e in events] == ["intake"]
    assert events[0]["actor"] == "amina"
    assert hashlib.sha256(content).hexdigest() in events[0]["detail"]


def test_filename_keeps_only_the_base_name(store: Store, incident_id: str) -> None:
    meta = Attachments(store).add(incident_id, b"x", "../../etc/evil.txt")
    assert meta["filename"] == "evil.txt"


def test_read_returns_the_bytes_and_logs_a_view(store: Store, incident_id: str) -> None:
    content = os.urandom(5000)
    attachments = Attachments(store)
    meta = attachments.add(incident_id, content, "scan.pdf")
    read_meta, read_content = attachments.read(meta["id"])
    assert read_content == content
    assert read_meta == meta
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake", "view"]
    attachments.read(meta["id"])
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake", "view", "view"]


def test_export_writes_identical_bytes_and_logs_it(
        store: Store, incident_id: str, tmp_path: Path) -> None:
    content = os.urandom(100_000)
    attachments = Attachments(store)
    meta = attachments.add(incident_id, content, "video.mp4")
    out = tmp_path / "exported" / "video.mp4"
    out.parent.mkdir()
    assert attachments.export(meta["id"], out) == meta
    assert out.read_bytes() == content
    assert hashlib.sha256(out.read_bytes()).hexdigest() == meta["sha256"]
    assert out.stat().st_mode & 0o077 == 0, "an export is readable by its owner only"
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake", "export"]
    assert ("attachment.export", meta["id"]) in _audit_actions(store)
    assert _audit_intact(store)


def test_export_refuses_an_existing_file(
        store: Store, incident_id: str, tmp_path: Path) -> None:
    attachments = Attachments(store)
    meta = attachments.add(incident_id, b"evidence", "e.txt")
    out = tmp_path / "already-there.txt"
    out.write_bytes(b"do not overwrite me")
    with pytest.raises(BadInput) as err:
        attachments.export(meta["id"], out)
    assert err.value.field == "out"
    assert err.value.exit_code == 2
    assert out.read_bytes() == b"do not overwrite me"
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake"]
    assert ("attachment.export", meta["id"]) not in _audit_actions(store)


def test_failed_export_is_not_in_the_custody_log(
        store: Store, incident_id: str, tmp_path: Path) -> None:
    attachments = Attachments(store)
    meta = attachments.add(incident_id, b"evidence", "e.txt")
    out = tmp_path / "no-such-directory" / "e.txt"
    with pytest.raises(BadInput) as err:
        attachments.export(meta["id"], out)
    assert err.value.field == "out"
    assert not out.exists()
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake"]


def test_add_file_reads_the_file(store: Store, incident_id: str, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"a note from the field")
    meta = Attachments(store).add_file(incident_id, path)
    assert meta["filename"] == "note.txt"
    assert meta["sha256"] == hashlib.sha256(b"a note from the field").hexdigest()


# ---- refusals -------------------------------------------------------------------------------
def test_unknown_incident_is_not_found(store: Store, incident_id: str) -> None:
    before = _audit_actions(store)
    with pytest.raises(NotFound):
        Attachments(store).add(str(uuid.uuid4()), b"orphan", "orphan.txt")
    assert _audit_actions(store) == before


def test_unknown_attachment_is_not_found(store: Store, incident_id: str) -> None:
    attachments = Attachments(store)
    with pytest.raises(NotFound):
        attachments.read(str(uuid.uuid4()))
    with pytest.raises(NotFound):
        attachments.custody(str(uuid.uuid4()))


def test_empty_filename_is_bad_input(store: Store, incident_id: str) -> None:
    with pytest.raises(BadInput) as err:
        Attachments(store).add(incident_id, b"x", "  ")
    assert err.value.field == "filename"
    assert Attachments(store).list(incident_id) == []


def test_unreadable_file_is_bad_input(store: Store, incident_id: str, tmp_path: Path) -> None:
    with pytest.raises(BadInput) as err:
        Attachments(store).add_file(incident_id, tmp_path / "missing.jpg")
    assert err.value.field == "file"


def test_altered_content_is_refused(store: Store, incident_id: str, tmp_path: Path) -> None:
    attachments = Attachments(store)
    meta = attachments.add(incident_id, b"the original photograph", "p.jpg")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE attachments SET content = ? WHERE id = ?",
                             (b"a doctored photograph", meta["id"]))
    with pytest.raises(UpfrontError, match="SHA-256") as err:
        attachments.read(meta["id"])
    assert "altered" in str(err.value)
    out = tmp_path / "p.jpg"
    with pytest.raises(UpfrontError, match="SHA-256"):
        attachments.export(meta["id"], out)
    assert not out.exists()
    # The refused reads were not logged as views or exports.
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake"]


# ---- no plaintext on disk -------------------------------------------------------------------
def _files_containing(directory: Path, needle: bytes) -> list[Path]:
    files = [p for p in directory.rglob("*") if p.is_file()]
    assert files, f"nothing to scan in {directory}"
    return [p for p in files if needle in p.read_bytes()]


def test_attachment_plaintext_never_reaches_the_data_directory(
        store: Store, incident_id: str, tmp_path: Path) -> None:
    marker = b"ATTACHMENT-PLAINTEXT-" + uuid.uuid4().hex.encode()
    # Several pages' worth, so the content spans overflow pages, and one small attachment.
    big = (marker + b"\n") * 20_000 + os.urandom(1000)
    small = b"header " + marker + b" footer"
    attachments = Attachments(store)
    name = marker.decode() + ".txt"
    big_meta = attachments.add(incident_id, big, name)
    attachments.add(incident_id, small, "small.txt")
    attachments.read(big_meta["id"])
    directory = store.directory

    # While the store is open (the WAL and shared-memory files exist now).
    on_disk = {p.name for p in directory.iterdir()}
    assert {"upfront.db", "upfront.db-wal"} <= on_disk
    assert _files_containing(directory, marker) == []

    # The scan can find the marker where it is in plaintext: an export outside the store.
    exported = tmp_path / "exported"
    exported.mkdir()
    out = exported / "export.txt"
    attachments.export(big_meta["id"], out)
    assert _files_containing(exported, marker) == [out]
    assert _files_containing(directory, marker) == []

    store.close()
    assert _files_containing(directory, marker) == []

    # Reopened, the content comes back whole.
    with Store.open(directory, PASSPHRASE) as reopened:
        _meta, content = Attachments(reopened).read(big_meta["id"])
        assert content == big
        assert _files_containing(directory, marker) == []
    assert _files_containing(directory, marker) == []

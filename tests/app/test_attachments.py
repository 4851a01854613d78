"""Attachments on a real SQLCipher store: the intake hash, the chain of custody, export, and
that no plaintext of an attachment ever reaches a file in the data directory."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from sqlalchemy import select

from app import audit
from app.attachments import Attachments
from app.errors import BadInput, NotFound, UpfrontError
from app.incidents import Incidents
from app.models import AuditEntry
from app.store import Store
from tests.app.conftest import FAST_KDF, PASSPHRASE
from tests.conftest import file_bytes

DOC = {
    "title": "Shelling of market",
    "occurred_from": "2026-10-03",
    "date_reported": "2026-10-05",
    "location": {"country": "SYR", "admin1": "rif dimashq", "place": "Central market"},
    "confidentiality": "un",
    "violations": [{"type": "killing", "victims_count": 4}],
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
        return [
            (e.action, e.object_id)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


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
    meta = Attachments(store).add(incident_id, content, "statement.txt", captured_by="field team 2")
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


def test_export_original_writes_identical_bytes_and_logs_it(
    store: Store, incident_id: str, tmp_path: Path
) -> None:
    content = os.urandom(100_000)
    attachments = Attachments(store)
    meta = attachments.add(incident_id, content, "video.mp4")
    out = tmp_path / "exported" / "video.mp4"
    out.parent.mkdir()
    exported = attachments.export(meta["id"], out, original=True)
    assert {k: exported[k] for k in meta} == meta
    assert exported["exported"] == "original"
    assert exported["exported_sha256"] == meta["sha256"]
    assert out.read_bytes() == content
    assert hashlib.sha256(out.read_bytes()).hexdigest() == meta["sha256"]
    assert out.stat().st_mode & 0o077 == 0, "an export is readable by its owner only"
    events = attachments.custody(meta["id"])
    assert [e["action"] for e in events] == ["intake", "export original"]
    assert meta["sha256"] in events[1]["detail"]
    assert "with its metadata" in events[1]["detail"]
    assert ("attachment.export", meta["id"]) in _audit_actions(store)
    assert _audit_intact(store)


# ---- metadata leaves behind ---------------------------------------------------------------
MARKER = "GPS-MARKER-" + uuid.uuid4().hex


def _photo() -> bytes:
    """A JPEG from a telephone: GPS position, description, XMP and a comment."""
    exif = Image.Exif()
    exif[ExifTags.Base.ImageDescription] = MARKER
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (33.0, 34.0, 12.5)
    out = io.BytesIO()
    picture = Image.blend(
        Image.effect_noise((120, 80), 50).convert("RGB"),
        Image.linear_gradient("L").resize((120, 80)).convert("RGB"),
        0.5,
    )
    picture.save(
        out, format="JPEG", exif=exif, xmp=f"<x>{MARKER}</x>".encode(), comment=MARKER.encode()
    )
    return out.getvalue()


def _pixels(content: bytes) -> bytes:
    with Image.open(io.BytesIO(content)) as image:
        return image.tobytes()


def test_export_writes_a_copy_without_metadata_and_keeps_the_original(
    store: Store, incident_id: str, tmp_path: Path
) -> None:
    photo = _photo()
    attachments = Attachments(store)
    meta = attachments.add(incident_id, photo, "photo.jpg")
    out = tmp_path / "photo.jpg"
    exported = attachments.export(meta["id"], out)
    written = out.read_bytes()
    assert MARKER.encode() not in written
    assert b"Exif\x00\x00" not in written
    with Image.open(out) as image:
        assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert "xmp" not in image.info and "comment" not in image.info
    assert _pixels(written) == _pixels(photo)
    assert exported["exported"] == "copy without metadata"
    assert exported["exported_sha256"] == hashlib.sha256(written).hexdigest()
    assert exported["sha256"] == meta["sha256"]
    # The custody log has both hashes: the copy that left and the original it came from.
    events = attachments.custody(meta["id"])
    assert [e["action"] for e in events] == ["intake", "export"]
    assert hashlib.sha256(written).hexdigest() in events[1]["detail"]
    assert meta["sha256"] in events[1]["detail"]
    assert MARKER not in events[1]["detail"]
    # The stored original is untouched: its bytes still hash to the intake hash.
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT content FROM attachments WHERE id = ?", (meta["id"],)
        ).scalar_one()
    assert hashlib.sha256(stored).hexdigest() == meta["sha256"] == hashlib.sha256(photo).hexdigest()
    _meta, content = attachments.read(meta["id"])
    assert content == photo
    assert _audit_intact(store)


def test_read_stripped_returns_the_copy_and_logs_both_hashes(
    store: Store, incident_id: str
) -> None:
    photo = _photo()
    attachments = Attachments(store)
    meta = attachments.add(incident_id, photo, "photo.jpg")
    read_meta, copy = attachments.read_stripped(meta["id"], purpose="sync")
    assert read_meta == meta
    assert MARKER.encode() not in copy
    assert _pixels(copy) == _pixels(photo)
    events = attachments.custody(meta["id"])
    assert [e["action"] for e in events] == ["intake", "sync"]
    assert hashlib.sha256(copy).hexdigest() in events[1]["detail"]
    assert meta["sha256"] in events[1]["detail"]


def test_export_original_keeps_the_metadata_on_purpose(
    store: Store, incident_id: str, tmp_path: Path
) -> None:
    photo = _photo()
    attachments = Attachments(store)
    meta = attachments.add(incident_id, photo, "photo.jpg")
    out = tmp_path / "handover.jpg"
    attachments.export(meta["id"], out, original=True)
    assert out.read_bytes() == photo
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake", "export original"]


@pytest.mark.parametrize(
    "content, filename, field_reason",
    [
        (os.urandom(5000), "video.mp4", "cannot be cleared of metadata"),  # cannot be cleaned
        (b"\xff\xd8\xff\xe0" + os.urandom(3000), "photo.jpg", "damaged"),  # corrupt JPEG
        (b"%PDF-1.7 but not really", "photo.jpg", "declared as JPEG"),  # lying media type
    ],
)
def test_what_cannot_be_cleaned_does_not_leave(
    store: Store, incident_id: str, tmp_path: Path, content: bytes, filename: str, field_reason: str
) -> None:
    attachments = Attachments(store)
    meta = attachments.add(incident_id, content, filename)
    out = tmp_path / "out.bin"
    with pytest.raises(BadInput) as err:
        attachments.export(meta["id"], out)
    assert err.value.field == f"attachment {meta['id']}"
    assert field_reason in err.value.reason
    assert filename not in str(err.value)
    assert not out.exists()
    with pytest.raises(BadInput):
        attachments.read_stripped(meta["id"])
    assert [e["action"] for e in attachments.custody(meta["id"])] == ["intake"]
    assert ("attachment.export", meta["id"]) not in _audit_actions(store)


def test_export_refuses_an_existing_file(store: Store, incident_id: str, tmp_path: Path) -> None:
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
    store: Store, incident_id: str, tmp_path: Path
) -> None:
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
        conn.exec_driver_sql(
            "UPDATE attachments SET content = ? WHERE id = ?",
            (b"a doctored photograph", meta["id"]),
        )
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
    return [p for p in files if needle in file_bytes(p)]


def test_attachment_plaintext_never_reaches_the_data_directory(
    store: Store, incident_id: str, tmp_path: Path
) -> None:
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
    attachments.export(big_meta["id"], out, original=True)
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


# ---- the command line -----------------------------------------------------------------------
def _upfront(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UPFRONT_")}
    env.update(
        UPFRONT_DATA_DIR=str(data_dir),
        UPFRONT_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_cli_export_writes_the_clean_copy_and_original_on_request(
    store: Store, incident_id: str, tmp_path: Path
) -> None:
    photo = _photo()
    attachments = Attachments(store)
    meta = attachments.add(incident_id, photo, "photo.jpg")
    video = attachments.add(incident_id, os.urandom(2000), "clip.mp4")
    directory = store.directory
    store.close()

    out = tmp_path / "copy.jpg"
    result = _upfront("attachment", "export", meta["id"], "--out", str(out), data_dir=directory)
    assert result.returncode == 0, result.stderr
    assert MARKER.encode() not in out.read_bytes()
    assert _pixels(out.read_bytes()) == _pixels(photo)
    shown = json.loads(result.stdout)
    assert shown["exported"] == "copy without metadata"
    assert shown["exported_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "warning" not in result.stderr

    handover = tmp_path / "handover.jpg"
    result = _upfront(
        "attachment", "export", meta["id"], "--out", str(handover), "--original", data_dir=directory
    )
    assert result.returncode == 0, result.stderr
    assert handover.read_bytes() == photo
    assert "warning" in result.stderr and "metadata" in result.stderr

    refused = tmp_path / "clip.mp4"
    result = _upfront(
        "attachment", "export", video["id"], "--out", str(refused), data_dir=directory
    )
    assert result.returncode == 2
    assert f"attachment {video['id']}" in result.stderr
    assert "--original" in result.stderr
    assert "clip.mp4" not in result.stderr
    assert not refused.exists()

    result = _upfront("attachment", "custody", meta["id"], data_dir=directory)
    actions = [e["action"] for e in json.loads(result.stdout)]
    assert actions == ["intake", "export", "export original"]

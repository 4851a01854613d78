"""The incident editor's attachment export on a real encrypted store: a copy without metadata by
default, the original only when asked for and confirmed, and a file that cannot be cleaned
refused with the reason."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from app.attachments import Attachments
from app.incidents import Incidents
from app.store import Store
from tests.app.conftest import incident_doc
from tests.ui.conftest import FAST_KDF, PASSPHRASE, on_worker
from ui.incident_editor import IncidentEditor
from ui.qt import QFileDialog, QMessageBox

SLOW = 15_000
MARKER = "GPS-MARKER-" + uuid.uuid4().hex


@pytest.fixture
def store(qtbot, tmp_path: Path):
    opened, _key = on_worker(
        qtbot, lambda: Store.create(tmp_path / "data", "amina", PASSPHRASE, kdf=FAST_KDF)
    )
    yield opened
    on_worker(qtbot, opened.close)


def _photo() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.ImageDescription] = MARKER
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (33.0, 34.0, 12.5)
    out = io.BytesIO()
    Image.effect_noise((64, 48), 40).convert("RGB").save(
        out, format="JPEG", exif=exif, comment=MARKER.encode()
    )
    return out.getvalue()


def _editor(qtbot, store: Store, files: dict[str, bytes]) -> tuple[IncidentEditor, list[dict]]:
    def setup() -> tuple[str, list[dict]]:
        incident_id = Incidents(store).add(incident_doc())
        attachments = Attachments(store)
        return incident_id, [
            attachments.add(incident_id, content, name) for name, content in files.items()
        ]

    incident_id, metas = on_worker(qtbot, setup)
    editor = IncidentEditor(store, incident_id)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(editor.attachments_loaded, timeout=SLOW):
        editor.show()
    return editor, metas


def _custody_actions(editor: IncidentEditor) -> list[str]:
    table = editor.custody_table
    return [table.item(r, 2).text() for r in range(table.rowCount())]


def _save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args, **_kw: (str(path), ""))
    )


def test_export_writes_a_copy_without_metadata(qtbot, store, tmp_path, monkeypatch):
    photo = _photo()
    editor, _metas = _editor(qtbot, store, {"photo.jpg": photo})
    editor.attachment_table.selectRow(0)
    out = tmp_path / "photo.jpg"
    _save_as(monkeypatch, out)
    with qtbot.waitSignal(editor.attachment_exported, timeout=SLOW) as blocker:
        editor.export_attachment_action.trigger()
    assert blocker.args[0]["exported"] == "copy without metadata"
    written = out.read_bytes()
    assert MARKER.encode() not in written and b"Exif\x00\x00" not in written
    with Image.open(out) as image, Image.open(io.BytesIO(photo)) as original:
        assert image.tobytes() == original.tobytes()
        assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert "without its metadata" in editor.attachment_note.text()
    qtbot.waitUntil(lambda: _custody_actions(editor) == ["intake", "export"], timeout=SLOW)


def test_the_original_leaves_only_when_confirmed(qtbot, store, tmp_path, monkeypatch):
    photo = _photo()
    editor, _metas = _editor(qtbot, store, {"photo.jpg": photo})
    editor.attachment_table.selectRow(0)
    out = tmp_path / "handover.jpg"
    _save_as(monkeypatch, out)

    monkeypatch.setattr(editor, "confirm_original", lambda: False)
    editor.export_original_action.trigger()
    on_worker(qtbot, lambda: None)  # an export queued by mistake would have run by now
    assert not out.exists()

    monkeypatch.setattr(editor, "confirm_original", lambda: True)
    with qtbot.waitSignal(editor.attachment_exported, timeout=SLOW) as blocker:
        editor.export_original_button.click()
    assert blocker.args[0]["exported"] == "original"
    assert out.read_bytes() == photo
    assert "with its metadata" in editor.attachment_note.text()
    qtbot.waitUntil(lambda: _custody_actions(editor) == ["intake", "export original"], timeout=SLOW)


def test_a_file_that_cannot_be_cleaned_is_refused_with_the_reason(
    qtbot, store, tmp_path, monkeypatch
):
    editor, metas = _editor(qtbot, store, {"clip.mp4": os.urandom(3000)})
    editor.attachment_table.selectRow(0)
    out = tmp_path / "clip.mp4"
    _save_as(monkeypatch, out)
    with qtbot.waitSignal(editor.failed, timeout=SLOW) as blocker:
        editor.export_attachment_action.trigger()
    assert f"attachment {metas[0]['id']}" in blocker.args[0]
    assert "cannot be cleared of metadata" in blocker.args[0]
    assert not out.exists()
